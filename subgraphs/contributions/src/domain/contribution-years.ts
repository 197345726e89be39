import { findRegion, sameProvince } from '#shared/regions/regions.ts';
import { policyFor } from '#shared/rules/region-policy.ts';
import type { YearMonth } from '#shared/year-month.ts';
import type { ContributionRow } from '../db/entities/contribution.ts';
import type { DeemedPeriodRow } from '../db/entities/deemed-period.ts';
import { creditedRegions } from './duplicates.ts';

export interface RegionMonths {
  regionCode: string;
  /** Distinct months of employee insurance paid in the region. */
  paidMonths: number;
  /** The region's share after de-duplication: each month paid in several regions is credited to one. */
  creditedMonths: number;
  /** Deemed months (工龄, 军龄) recorded by the region. */
  deemedMonths: number;
}

export interface ContributionYears {
  actualMonths: number;
  deemedMonths: number;
  totalMonths: number;
  duplicateMonths: number;
  years: number;
  remainderMonths: number;
  display: string;
  byRegion: RegionMonths[];
  continuousMonths: number;
  asOfRegion: string | null;
  /** The articles applied. */
  rule: string;
}

/** "14年8个月"; "15年" for whole years; "8个月" under a year. */
export function displayYears(years: number, months: number): string {
  if (years === 0) return `${months}个月`;
  return months === 0 ? `${years}年` : `${years}年${months}个月`;
}

/**
 * The unbroken run of basic insurance of any kind (employee, resident or other) that ends at the latest paid
 * month, in months: the "continuously insured for 2 years" test (003 art 11, 001 art 12).
 */
export function continuousMonths(rows: readonly ContributionRow[], bridged: ReadonlySet<number> = new Set()): number {
  const paid = new Set<number>(rows.filter((row) => row.paidOn !== null).map((row) => row.month));
  if (paid.size === 0) return 0;
  let run = 0;
  for (let month = Math.max(...paid); paid.has(month) || bridged.has(month); month--) if (paid.has(month)) run++;
  return run;
}

/** Months under another public scheme, as a set, where the viewpoint's rules let them bridge a run (002 art 14). */
function bridgedMonths(asOfRegion: string | undefined, cover: readonly SchemeCover[]): Set<number> {
  const months = new Set<number>();
  if (!asOfRegion || !policyFor(asOfRegion).otherSchemeCoverBridgesGap.value) return months;
  for (const period of cover) for (let month = period.fromMonth; month <= period.toMonth; month++) months.add(month);
  return months;
}

/** A period under another public medical scheme. */
export interface SchemeCover {
  fromMonth: YearMonth;
  toMonth: YearMonth;
}

/**
 * Employee-insurance contribution years (缴费年限): months accumulate across regions (003 art 12), a month paid
 * in several regions counts once (001 art 14, 004 art 13), deemed months add on top (000 art 13). Seen from a
 * region that treats transferred-in months as deemed (Tianjin, 001 art 13), months credited to other regions
 * move from actual to deemed; the total does not change.
 */
export function contributionYears(
  rows: readonly ContributionRow[],
  deemed: readonly DeemedPeriodRow[],
  asOfRegion?: string | null,
  otherSchemeCover: readonly SchemeCover[] = [],
): ContributionYears {
  const credited = creditedRegions(rows);
  const paidByRegion = new Map<string, Set<YearMonth>>();
  const firstMonth = new Map<string, YearMonth>();
  for (const row of rows) {
    if (row.paidOn === null || row.insuranceType !== 'EMPLOYEE') continue;
    paidByRegion.set(row.regionCode, (paidByRegion.get(row.regionCode) ?? new Set()).add(row.month));
    firstMonth.set(row.regionCode, Math.min(firstMonth.get(row.regionCode) ?? Infinity, row.month) as YearMonth);
  }
  const creditedCount = new Map<string, number>();
  for (const region of credited.values()) creditedCount.set(region, (creditedCount.get(region) ?? 0) + 1);
  const deemedByRegion = new Map<string, number>();
  for (const period of deemed)
    deemedByRegion.set(period.regionCode, (deemedByRegion.get(period.regionCode) ?? 0) + period.months);

  const regionCodes = [...new Set([...paidByRegion.keys(), ...deemedByRegion.keys()])].sort(
    (a, b) => (firstMonth.get(a) ?? Infinity) - (firstMonth.get(b) ?? Infinity) || a.localeCompare(b),
  );
  const byRegion = regionCodes.map((regionCode) => ({
    regionCode,
    paidMonths: paidByRegion.get(regionCode)?.size ?? 0,
    creditedMonths: creditedCount.get(regionCode) ?? 0,
    deemedMonths: deemedByRegion.get(regionCode) ?? 0,
  }));

  let actualMonths = credited.size;
  let deemedMonths = deemed.reduce((sum, period) => sum + period.months, 0);
  const rules = ['003 art 12', '001 art 14', '000 art 13'];
  const viewpoint = asOfRegion ? findRegion(asOfRegion) : undefined;
  const view = viewpoint ? policyFor(viewpoint.code).transferredInMonthsAreDeemed : undefined;
  if (viewpoint && policyFor(viewpoint.code).otherSchemeCoverBridgesGap.value && otherSchemeCover.length > 0) {
    rules.push(policyFor(viewpoint.code).otherSchemeCoverBridgesGap.rule);
  }
  if (viewpoint && view?.value) {
    const own = (code: string) => sameProvince(code, viewpoint.code);
    const fromElsewhere = [...credited.values()].filter((code) => !own(code)).length;
    actualMonths -= fromElsewhere;
    deemedMonths += fromElsewhere;
    rules.push(view.rule);
  }
  const regionsPerMonth = new Map<YearMonth, number>();
  for (const months of paidByRegion.values())
    for (const month of months) regionsPerMonth.set(month, (regionsPerMonth.get(month) ?? 0) + 1);
  const totalMonths = actualMonths + deemedMonths;
  const years = Math.floor(totalMonths / 12);
  const remainderMonths = totalMonths % 12;
  return {
    actualMonths,
    deemedMonths,
    totalMonths,
    duplicateMonths: [...regionsPerMonth.values()].filter((regions) => regions > 1).length,
    years,
    remainderMonths,
    display: displayYears(years, remainderMonths),
    byRegion,
    continuousMonths: continuousMonths(rows, bridgedMonths(viewpoint?.code, otherSchemeCover)),
    asOfRegion: viewpoint?.code ?? null,
    rule: rules.join(', '),
  };
}
