import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '#shared/database/batch.ts';
import { TransferEntity, type TransferRow } from './db/entities/transfer.ts';

/** Per-request loaders: each batch is one SQL statement (`= ANY($1)`). */
export function createLoaders(dataSource: DataSource) {
  const transfers = () => dataSource.getRepository(TransferEntity).createQueryBuilder('transfer');
  return {
    transferById: new DataLoader<string, TransferRow | null>(async (ids) =>
      oneByKey(ids, await transfers().where('transfer.id = ANY(:ids)', { ids }).getMany(), (row) => row.id),
    ),
    transfersByPerson: new DataLoader<string, TransferRow[]>(async (personIds) => {
      const rows = await transfers()
        .where('transfer.personId = ANY(:personIds)', { personIds })
        .orderBy('transfer.createdAt', 'DESC')
        .getMany();
      return manyByKey(personIds, rows, (row) => row.personId);
    }),
  };
}

export type TransferLoaders = ReturnType<typeof createLoaders>;
