import DataLoader from 'dataloader';
import type { DataSource, EntitySchema, ObjectLiteral } from 'typeorm';
import { manyByKey, oneByKey } from '#shared/database/batch.ts';
import { rowsWhereIn, type RowOrder } from '#shared/database/rows.ts';
import { TransferEntity, type TransferRow } from './db/entities/transfer.ts';
import {
  TransferDeadlineEntity,
  TransferDocumentEntity,
  TransferEffectEntity,
  TransferEventEntity,
  type TransferDeadlineRow,
  type TransferDocumentRow,
  type TransferEffectRow,
  type TransferEventRow,
} from './db/entities/workflow-records.ts';

/** Per-request loaders: each batch is one SQL statement (`= ANY($1)`). */
export function createLoaders(dataSource: DataSource) {
  const byTransfer = <T extends ObjectLiteral & { transferId: string }>(entity: EntitySchema<T>, order: RowOrder<T>) =>
    new DataLoader<string, T[]>(async (transferIds) =>
      manyByKey(
        transferIds,
        await rowsWhereIn(dataSource, entity)('transferId', transferIds, [order]),
        (row) => row.transferId,
      ),
    );
  const transfers = rowsWhereIn(dataSource, TransferEntity);
  return {
    transferById: new DataLoader<string, TransferRow | null>(async (ids) =>
      oneByKey(ids, await transfers('id', ids), (row) => row.id),
    ),
    /** Newest first. */
    transfersByPerson: new DataLoader<string, TransferRow[]>(async (personIds) =>
      manyByKey(personIds, await transfers('personId', personIds, ['seq DESC']), (row) => row.personId),
    ),
    eventsByTransfer: byTransfer<TransferEventRow>(TransferEventEntity, 'id'),
    deadlinesByTransfer: byTransfer<TransferDeadlineRow>(TransferDeadlineEntity, 'dueOn'),
    documentsByTransfer: byTransfer<TransferDocumentRow>(TransferDocumentEntity, 'kind'),
    effectsByTransfer: byTransfer<TransferEffectRow>(TransferEffectEntity, 'createdAt'),
  };
}

export type TransferLoaders = ReturnType<typeof createLoaders>;
