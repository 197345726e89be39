import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { loadForKeys, manyByKey } from '#shared/database/batch.ts';
import { rowsWhereIn } from '#shared/database/rows.ts';
import { ContributionEntity, type ContributionRow } from './db/entities/contribution.ts';
import { DeemedPeriodEntity, type DeemedPeriodRow } from './db/entities/deemed-period.ts';

/**
 * Per-request loaders: each batch is one SQL statement (`= ANY($1)`). Records are filed under the key of the
 * document they were recorded with; a person's are those under all their keys (`historyOf`).
 */
export function createLoaders(dataSource: DataSource) {
  return {
    /**
     * Every record filed under each key, paid and owed, in month order. The database does not sort across people
     * (500 people's 75,000 rows would spill to disk); each person's rows are sorted here.
     */
    contributionsByPerson: new DataLoader<string, ContributionRow[]>(async (personIds) =>
      manyByKey(
        personIds,
        await rowsWhereIn(dataSource, ContributionEntity)('personId', personIds),
        (row) => row.personId,
      ).map((rows) => rows.sort(inMonthOrder)),
    ),
    deemedPeriodsByPerson: new DataLoader<string, DeemedPeriodRow[]>(async (personIds) =>
      manyByKey(
        personIds,
        await rowsWhereIn(dataSource, DeemedPeriodEntity)('personId', personIds, ['recordedAt']),
        (row) => row.personId,
      ),
    ),
  };
}

/** Month order: by month, then payment date (owed first), then region. */
const inMonthOrder = (a: ContributionRow, b: ContributionRow) =>
  a.month - b.month || (a.paidOn ?? '').localeCompare(b.paidOn ?? '') || a.regionCode.localeCompare(b.regionCode);

export type ContributionLoaders = ReturnType<typeof createLoaders>;

/** A person's records under all their keys, in month order (then payment date, owed first, then region). */
export async function historyOf(loaders: ContributionLoaders, keys: readonly string[]): Promise<ContributionRow[]> {
  const rows = await loadForKeys(loaders.contributionsByPerson, keys);
  return keys.length === 1 ? rows : rows.sort(inMonthOrder);
}
