import DataLoader from 'dataloader';
import type { DataSource, EntitySchema, ObjectLiteral } from 'typeorm';
import { manyByKey, oneByKey } from '#shared/database/batch.ts';
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
  const byTransfer = <T extends ObjectLiteral & { transferId: string }>(entity: EntitySchema<T>, order: string) =>
    new DataLoader<string, T[]>(async (transferIds) => {
      const rows = await dataSource
        .getRepository(entity)
        .createQueryBuilder('row')
        .where('row.transferId = ANY(:transferIds)', { transferIds })
        .orderBy(`row.${order}`)
        .getMany();
      return manyByKey(transferIds, rows, (row) => row.transferId);
    });
  const transfers = () => dataSource.getRepository(TransferEntity).createQueryBuilder('transfer');
  return {
    transferById: new DataLoader<string, TransferRow | null>(async (ids) =>
      oneByKey(ids, await transfers().where('transfer.id = ANY(:ids)', { ids }).getMany(), (row) => row.id),
    ),
    transfersByPerson: new DataLoader<string, TransferRow[]>(async (personIds) => {
      const rows = await transfers()
        .where('transfer.personId = ANY(:personIds)', { personIds })
        .orderBy('transfer.seq', 'DESC')
        .getMany();
      return manyByKey(personIds, rows, (row) => row.personId);
    }),
    eventsByTransfer: byTransfer<TransferEventRow>(TransferEventEntity, 'id'),
    deadlinesByTransfer: byTransfer<TransferDeadlineRow>(TransferDeadlineEntity, 'dueOn'),
    documentsByTransfer: byTransfer<TransferDocumentRow>(TransferDocumentEntity, 'kind'),
    effectsByTransfer: byTransfer<TransferEffectRow>(TransferEffectEntity, 'createdAt'),
  };
}

export type TransferLoaders = ReturnType<typeof createLoaders>;
