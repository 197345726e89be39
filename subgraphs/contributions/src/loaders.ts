import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { manyByKey } from '#shared/database/batch.ts';
import { ContributionEntity, type ContributionRow } from './db/entities/contribution.ts';
import { DeemedPeriodEntity, type DeemedPeriodRow } from './db/entities/deemed-period.ts';

/** Per-request loaders: each batch is one SQL statement (`= ANY($1)`). */
export function createLoaders(dataSource: DataSource) {
  return {
    /** Every record of each person, paid and owed, in month order. */
    contributionsByPerson: new DataLoader<string, ContributionRow[]>(async (personIds) => {
      const rows = await dataSource
        .getRepository(ContributionEntity)
        .createQueryBuilder('contribution')
        .where('contribution.personId = ANY(:personIds)', { personIds })
        .orderBy('contribution.month')
        .addOrderBy('contribution.paidOn', 'ASC', 'NULLS FIRST')
        .addOrderBy('contribution.regionCode')
        .getMany();
      return manyByKey(personIds, rows, (row) => row.personId);
    }),
    deemedPeriodsByPerson: new DataLoader<string, DeemedPeriodRow[]>(async (personIds) => {
      const rows = await dataSource
        .getRepository(DeemedPeriodEntity)
        .createQueryBuilder('deemed')
        .where('deemed.personId = ANY(:personIds)', { personIds })
        .orderBy('deemed.recordedAt')
        .getMany();
      return manyByKey(personIds, rows, (row) => row.personId);
    }),
  };
}

export type ContributionLoaders = ReturnType<typeof createLoaders>;
