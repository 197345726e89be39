import type { InsuranceType } from '#shared/insurance.ts';
import type { YearMonth } from '#shared/year-month.ts';
import type { ContributionRow } from '../db/entities/contribution.ts';

export interface ContributionPeriod {
  fromMonth: YearMonth;
  toMonth: YearMonth;
  regionCode: string;
  insuranceType: InsuranceType;
  months: number;
}

/**
 * Maximal unbroken runs of paid months per region and insurance type, in chronological order: an
 * interruption, or a change of region or type, starts a new row (003 annex 3, note 1: 如有中断，要分开记录).
 * These are the rows of the Info Sheet.
 */
export function contributionPeriods(rows: readonly ContributionRow[]): ContributionPeriod[] {
  const months = new Map<string, Set<YearMonth>>();
  for (const row of rows) {
    if (row.paidOn === null) continue;
    const key = `${row.regionCode}|${row.insuranceType}`;
    months.set(key, (months.get(key) ?? new Set()).add(row.month));
  }
  const periods: ContributionPeriod[] = [];
  for (const [key, paid] of months) {
    const [regionCode, insuranceType] = key.split('|') as [string, InsuranceType];
    const sorted = [...paid].sort((a, b) => a - b);
    let start = sorted[0]!;
    sorted.forEach((month, index) => {
      const next = sorted[index + 1];
      if (next === month + 1) return;
      periods.push({ fromMonth: start, toMonth: month, regionCode, insuranceType, months: month - start + 1 });
      if (next !== undefined) start = next;
    });
  }
  return periods.sort((a, b) => a.fromMonth - b.fromMonth || a.regionCode.localeCompare(b.regionCode));
}
