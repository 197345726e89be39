import type { DataSource } from 'typeorm';
import { todayInChina } from '#shared/calendar-date.ts';
import { BadUserInput } from '#shared/errors.ts';
import { TransferEntity, type TransferRow } from '../db/entities/transfer.ts';
import type { TransferFilter } from '../generated/resolvers.ts';

export const MAX_PAGE = 100;

/** What the caller may list at all: their own, their employer's, their region's, or everything. */
export interface TransferScope {
  personId?: string;
  employerId?: string;
  regionCode?: string;
}

/** An opaque cursor: the position of a transfer in the newest-first order. */
const cursorOf = (row: TransferRow) => Buffer.from(`transfer:${row.seq}`).toString('base64url');

function parseCursor(cursor: string): string {
  const match = /^transfer:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match)
    throw new BadUserInput('after: not a cursor from this list; pass pageInfo.endCursor of the previous page.');
  return match[1]!;
}

/**
 * Transfers for agency dashboards, newest first, filtered by region, status and lateness, one page at a time.
 * Overdue: a deadline done late, or not done and past due while the transfer is open (the same rule as
 * `Deadline.overdue`, evaluated in SQL on the stored deadlines).
 */
export async function listTransfers(
  dataSource: DataSource,
  scope: TransferScope,
  filter: TransferFilter = {},
  first = 20,
  after?: string | null,
) {
  if (first < 1 || first > MAX_PAGE) throw new BadUserInput(`first: ask for 1 to ${MAX_PAGE} transfers a page.`);
  const query = dataSource.getRepository(TransferEntity).createQueryBuilder('transfer');
  if (scope.personId) query.andWhere('transfer.personId = :scopePerson', { scopePerson: scope.personId });
  if (scope.employerId) query.andWhere('transfer.employerId = :scopeEmployer', { scopeEmployer: scope.employerId });
  if (scope.regionCode) {
    query.andWhere('(transfer.fromRegion = :scopeRegion OR transfer.toRegion = :scopeRegion)', {
      scopeRegion: scope.regionCode,
    });
  }
  if (filter.fromRegion) query.andWhere('transfer.fromRegion = :fromRegion', { fromRegion: filter.fromRegion });
  if (filter.toRegion) query.andWhere('transfer.toRegion = :toRegion', { toRegion: filter.toRegion });
  if (filter.status) query.andWhere('transfer.status = :status', { status: filter.status });
  if (filter.overdue != null) {
    const late = `EXISTS (SELECT 1 FROM transfer_deadline deadline WHERE deadline.transfer_id = transfer.id AND (
        deadline.completed_on > deadline.due_on OR (deadline.completed_on IS NULL AND deadline.due_on < :today
        AND transfer.status NOT IN ('REJECTED', 'CANCELLED'))))`;
    query.andWhere(filter.overdue ? late : `NOT ${late}`, { today: todayInChina() });
  }
  if (filter.needsAttention != null) {
    const parked = `EXISTS (SELECT 1 FROM transfer_effect effect WHERE effect.transfer_id = transfer.id AND effect.status = 'PARKED')`;
    query.andWhere(filter.needsAttention ? parked : `NOT ${parked}`);
  }
  const totalCount = await query.clone().getCount();
  if (after) query.andWhere('transfer.seq < :seq', { seq: parseCursor(after) });
  const rows = await query
    .orderBy('transfer.seq', 'DESC')
    .take(first + 1)
    .getMany();
  const page = rows.slice(0, first);
  return {
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: page.length > 0 ? cursorOf(page[page.length - 1]!) : null,
    },
    totalCount,
  };
}
