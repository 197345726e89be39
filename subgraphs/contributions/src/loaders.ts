import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { loadForKeys, manyByKey } from '#shared/database/batch.ts';
import { ContributionEntity, type ContributionRow } from './db/entities/contribution.ts';
import { DeemedPeriodEntity, type DeemedPeriodRow } from './db/entities/deemed-period.ts';

/**
 * Per-request loaders: each batch is one SQL statement (`= ANY($1)`). Records are filed under the key of the
 * document they were recorded with; a person's are those under all their keys (`historyOf`).
 */
export function createLoaders(dataSource: DataSource) {
  return {
    /** Every record filed under each key, paid and owed, in month order. */
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

/** A person's records under all their keys, in month order (then payment date, owed first, then region). */
export async function historyOf(loaders: ContributionLoaders, keys: readonly string[]): Promise<ContributionRow[]> {
  const rows = await loadForKeys(loaders.contributionsByPerson, keys);
  if (keys.length === 1) return rows;
  return rows.sort(
    (a, b) => a.month - b.month || (a.paidOn ?? '').localeCompare(b.paidOn ?? '') || a.regionCode.localeCompare(b.regionCode),
  );
}
