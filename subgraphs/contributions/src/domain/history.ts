import type { InsuranceType } from '#shared/insurance.ts';
import type { YearMonth } from '#shared/year-month.ts';
import type { ContributionRow } from '../db/entities/contribution.ts';

export interface ContributionFilter {
  from?: YearMonth | null;
  to?: YearMonth | null;
  regionCode?: string | null;
  insuranceType?: InsuranceType | null;
}

/** The paid months of a history (rows in month order), within the filter. */
export function paidContributions(
  rows: readonly ContributionRow[],
  filter: ContributionFilter = {},
): ContributionRow[] {
  return rows.filter(
    (row) =>
      row.paidOn !== null &&
      (filter.from == null || row.month >= filter.from) &&
      (filter.to == null || row.month <= filter.to) &&
      (filter.regionCode == null || row.regionCode === filter.regionCode) &&
      (filter.insuranceType == null || row.insuranceType === filter.insuranceType),
  );
}

/** Months recorded as owed in a region and insurance type, and not paid there since: the arrears (欠费). */
export function arrears(rows: readonly ContributionRow[]): YearMonth[] {
  const key = (row: ContributionRow) => `${row.regionCode}|${row.insuranceType}|${row.month}`;
  const paid = new Set(rows.filter((row) => row.paidOn !== null).map(key));
  const owed = rows.filter((row) => row.paidOn === null && !paid.has(key(row))).map((row) => row.month);
  return [...new Set(owed)].sort((a, b) => a - b);
}
