import { policyFor } from '#shared/rules/region-policy.ts';
import type { YearMonth } from '#shared/year-month.ts';
import type { ContributionRow } from '../db/entities/contribution.ts';

/**
 * Months of employee insurance paid in two or more regions (重复缴费), and which region keeps each.
 *
 * - A month counts once (001 art 14, 004 art 13) and is credited to exactly one region: the one whose
 *   payment arrived first (先缴先得, 000 art 12(3)); ties go to the payment recorded first.
 * - Duplicates from before the Guangdong procedure (all payments before 2021-12-01) where a Guangdong region
 *   is involved are historical (000 art 12(4)): kept by the region where the person has the most paid
 *   months, and never refunded. Elsewhere historical duplicates follow first arrival like any other.
 * - The later payment is refundable only where the region that received it follows the Guangdong procedure
 *   (000 art 12(3); the national text provides no refund), for at most 3 months per region, and not for a
 *   month in which benefits were used in that region, unless they were used in both regions: then that region
 *   recovers the benefits and refunds.
 */
export interface DuplicateMonth {
  month: YearMonth;
  /** Every region that was paid for the month, in order of arrival. */
  regionCodes: string[];
  keptBy: string;
  refundable: boolean;
  /** The articles applied. */
  rule: string;
}

export interface BenefitUse {
  regionCode: string;
  month: YearMonth;
}

type Paid = ContributionRow & { paidOn: string };

const useKey = (regionCode: string, month: YearMonth) => `${regionCode}|${month}`;

/** The first payment of each region for the month, earliest first. */
function arrivals(payments: Paid[]): Paid[] {
  const first = new Map<string, Paid>();
  const ordered = [...payments].sort(
    (a, b) => a.paidOn.localeCompare(b.paidOn) || a.recordedAt.getTime() - b.recordedAt.getTime(),
  );
  for (const payment of ordered) if (!first.has(payment.regionCode)) first.set(payment.regionCode, payment);
  return [...first.values()];
}

export function duplicateMonths(
  rows: readonly ContributionRow[],
  benefitUse: readonly BenefitUse[] = [],
): DuplicateMonth[] {
  const employee = rows.filter((row): row is Paid => row.paidOn !== null && row.insuranceType === 'EMPLOYEE');
  const byMonth = new Map<YearMonth, Paid[]>();
  const monthsPaid = new Map<string, Set<YearMonth>>();
  for (const row of employee) {
    const payments = byMonth.get(row.month);
    if (payments) payments.push(row);
    else byMonth.set(row.month, [row]);
    monthsPaid.set(row.regionCode, (monthsPaid.get(row.regionCode) ?? new Set()).add(row.month));
  }
  const used = new Set(benefitUse.map((use) => useKey(use.regionCode, use.month)));
  const refundsGranted = new Map<string, number>();

  const result: DuplicateMonth[] = [];
  const paidTwice = [...byMonth].filter(([, payments]) =>
    payments.some((p) => p.regionCode !== payments[0]!.regionCode),
  );
  for (const [month, payments] of paidTwice.sort(([a], [b]) => a - b)) {
    const ordered = arrivals(payments);
    const regionCodes = ordered.map((payment) => payment.regionCode);
    const guangdongHistory = ordered
      .map((payment) => policyFor(payment.regionCode).historicalDuplicates)
      .find((rule) => rule !== null);
    const historical = guangdongHistory && ordered.every((payment) => payment.paidOn < guangdongHistory.value.before);
    if (historical) {
      const most = (code: string) => monthsPaid.get(code)!.size;
      const keptBy = [...regionCodes].sort((a, b) => most(b) - most(a))[0]!; // stable: ties keep arrival order
      result.push({
        month,
        regionCodes,
        keptBy,
        refundable: false,
        rule: `${guangdongHistory.rule}: kept where most years are, no refund`,
      });
      continue;
    }
    const [kept, ...later] = regionCodes as [string, ...string[]];
    const refundable = later.every((code) => {
      const refund = policyFor(code).duplicateRefund;
      if (!refund) return false;
      const usedHere = used.has(useKey(code, month));
      const usedInKept = used.has(useKey(kept, month));
      if (usedHere && !usedInKept) return false;
      return (refundsGranted.get(code) ?? 0) < refund.value.maxMonths;
    });
    if (refundable) for (const code of later) refundsGranted.set(code, (refundsGranted.get(code) ?? 0) + 1);
    const refundRule = later.map((code) => policyFor(code).duplicateRefund?.rule).find(Boolean);
    result.push({
      month,
      regionCodes,
      keptBy: kept,
      refundable,
      rule: refundRule
        ? `${refundRule}: first paid keeps it, the later payment is refundable (at most 3 months, not where benefits were used)`
        : '003 art 12: counted once, credited to the payment that arrived first; no refund rule applies',
    });
  }
  return result;
}

/** Which region each month of employee insurance is credited to, after de-duplication. */
export function creditedRegions(rows: readonly ContributionRow[]): Map<YearMonth, string> {
  const credited = new Map<YearMonth, string>();
  for (const row of rows) {
    if (row.paidOn !== null && row.insuranceType === 'EMPLOYEE' && !credited.has(row.month))
      credited.set(row.month, row.regionCode);
  }
  for (const duplicate of duplicateMonths(rows)) credited.set(duplicate.month, duplicate.keptBy);
  return credited;
}
