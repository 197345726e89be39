import type { DataSource, EntityManager } from 'typeorm';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { BadUserInput, NotFound } from '#shared/errors.ts';
import { isUuid } from '#shared/input-checks.ts';
import { TransferEntity, type TransferRow } from '../db/entities/transfer.ts';
import { TransferDeadlineEntity, TransferEventEntity, type Actor } from '../db/entities/workflow-records.ts';
import { deadlinesFor } from '../domain/deadlines.ts';

export const notFound = (id: string) =>
  new NotFound(`No transfer has the id "${id}": take it from applyForTransfer or Person.transfers.`);

/** A transfer by id, or NOT_FOUND (a malformed id included). */
export async function findTransfer(dataSource: DataSource, id: string): Promise<TransferRow> {
  const transfer = isUuid(id) ? await dataSource.getRepository(TransferEntity).findOneBy({ id }) : null;
  if (!transfer) throw notFound(id);
  return transfer;
}

export async function lockTransfer(manager: EntityManager, id: string): Promise<TransferRow> {
  if (!isUuid(id)) throw notFound(id);
  const transfer = await manager.findOne(TransferEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!transfer) throw notFound(id);
  return transfer;
}

/** A business date for a step: not in the future, not before the step it follows. */
export function checkStepDate(
  on: CalendarDate,
  today: CalendarDate,
  notBefore: CalendarDate | null,
  what: string,
): void {
  if (on > today) throw new BadUserInput(`on: ${on} is in the future; give the date the step happened.`);
  if (notBefore && on < notBefore) throw new BadUserInput(`on: ${on} is before ${what} (${notBefore}).`);
}

export interface StepRecord {
  event: { step: string; actor: Actor; on: CalendarDate; note?: string | undefined };
}

/** Saves the transfer's new state with its deadlines recomputed from the steps so far, in the caller's transaction. */
export async function saveTransfer(manager: EntityManager, transfer: TransferRow): Promise<TransferRow> {
  const saved = await manager.save(TransferEntity, transfer);
  await manager.delete(TransferDeadlineEntity, { transferId: transfer.id });
  const deadlines = transfer.status === 'REJECTED' ? [] : deadlinesFor(transfer);
  if (deadlines.length > 0) {
    await manager.insert(
      TransferDeadlineEntity,
      deadlines.map((deadline) => ({ ...deadline, transferId: transfer.id })),
    );
  }
  return saved;
}

/** Records a step in the caller's transaction: the transfer's new state and deadlines, and the timeline event. */
export async function recordStep(
  manager: EntityManager,
  transfer: TransferRow,
  record: StepRecord,
): Promise<TransferRow> {
  const saved = await saveTransfer(manager, transfer);
  await manager.insert(TransferEventEntity, {
    transferId: transfer.id,
    ...record.event,
    note: record.event.note ?? null,
  });
  return saved;
}
