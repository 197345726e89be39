import type { InsuranceType } from '#shared/insurance.ts';
import { addMonths, formatYearMonth, parseYearMonth } from '#shared/year-month.ts';
import type { ContributionRow } from '../db/entities/contribution.ts';

let recorded = 0;

/**
 * Contribution rows for domain tests: months `from`..`to` paid in a region, each on `paidDay` of its month
 * (or on a fixed date), recorded in call order.
 */
export function paidRows(
  regionCode: string,
  from: string,
  to: string,
  options: { insuranceType?: InsuranceType; paidOn?: string; paidDay?: number; kind?: ContributionRow['kind'] } = {},
): ContributionRow[] {
  const start = parseYearMonth(from)!;
  return Array.from({ length: parseYearMonth(to)! - start + 1 }, (_, i) => {
    const month = addMonths(start, i);
    return {
      id: `row-${recorded}`,
      personId: 'p',
      regionCode,
      insuranceType: options.insuranceType ?? 'EMPLOYEE',
      month,
      amount: 50000n,
      paidOn: (options.paidOn ??
        `${formatYearMonth(month)}-${String(options.paidDay ?? 15).padStart(2, '0')}`) as ContributionRow['paidOn'],
      kind: options.kind ?? 'REGULAR',
      recordedAt: new Date(Date.UTC(2020, 0, 1) + recorded++ * 1000),
    };
  });
}

export const month = (text: string) => parseYearMonth(text)!;
