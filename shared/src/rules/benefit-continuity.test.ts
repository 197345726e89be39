import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../calendar-date.ts';
import type { InsuranceType } from '../insurance.ts';
import { addMonths, formatYearMonth, parseYearMonth } from '../year-month.ts';
import { benefitContinuity, type MonthRecord, type TransferKind } from './benefit-continuity.ts';

/** Months `from`..`to` paid in time in a region, each on the 15th of its month. */
function paid(regionCode: string, from: string, to: string, insuranceType: InsuranceType = 'EMPLOYEE'): MonthRecord[] {
  const start = parseYearMonth(from)!;
  const count = parseYearMonth(to)! - start + 1;
  return Array.from({ length: count }, (_, i) => {
    const month = addMonths(start, i);
    return { month, regionCode, insuranceType, paidOn: `${formatYearMonth(month)}-15`, kind: 'REGULAR' as const };
  });
}

const backPaid = (records: MonthRecord[]) => records.map((record) => ({ ...record, paidOn: '2025-06-30', kind: 'BACK_PAY' as const }));

function continuity(history: MonthRecord[], fromRegion: string, toRegion: string, kind: TransferKind = 'EMPLOYEE_TO_EMPLOYEE') {
  return benefitContinuity({ history, fromRegion, toRegion, kind, appliedOn: '2025-06-10' as CalendarDate });
}

const NO_WAITING = { backPayAllowed: true, waitingPeriodMonths: 0, waitingPeriodDays: 0, waitingBenefitRatio: 1, retroactive: true };

describe('benefit continuity (待遇衔接), national rules: 003 art 11', () => {
  it.each([
    // Last paid 2025-01 in Hangzhou; first paid in Shanghai 2025-04 (gap 2), 2025-05 (gap 3), 2025-06 (gap 4).
    ['2025-04', 2, NO_WAITING, '003 art 11: gap of 2 month(s) ≤ 3, back-pay allowed, no waiting period, benefits retroactive'],
    ['2025-05', 3, NO_WAITING, '003 art 11: gap of 3 month(s) ≤ 3, back-pay allowed, no waiting period, benefits retroactive'],
    [
      '2025-06',
      4,
      { backPayAllowed: false, waitingPeriodMonths: 6, waitingPeriodDays: 0, waitingBenefitRatio: 0, retroactive: false },
      '003 art 11 (left to the region, at most 6 months; the national bound applies): gap of 4 month(s), waiting period 6 month(s) without benefits',
    ],
  ])('first paid in the in-region %s: gap %i', (firstAfter, gapMonths, outcome, rule) => {
    const history = [...paid('330100', '2023-01', '2025-01'), ...paid('310000', firstAfter, '2025-06')];
    expect(continuity(history, '330100', '310000')).toEqual({ gapMonths, ...outcome, rule });
  });

  it('measures the gap to the application month while nothing is paid in the in-region yet (003 art 11)', () => {
    expect(continuity(paid('330100', '2023-01', '2025-02'), '330100', '310000')).toMatchObject({ gapMonths: 3, backPayAllowed: true });
  });
});

describe('benefit continuity by in-region rule set', () => {
  const gapOf = (months: number, fromRegion: string, toRegion: string) =>
    [...paid(fromRegion, '2022-01', '2024-12'), ...paid(toRegion, addMonthText('2025-01', months), '2025-06')];

  it.each([
    [
      'GUANGDONG, gap 3 (000 art 12(1))',
      gapOf(3, '410100', '440100'), '410100', '440100',
      { gapMonths: 3, ...NO_WAITING, rule: '003 art 11: gap of 3 month(s) ≤ 3, back-pay allowed, no waiting period, benefits retroactive; 000 art 12(1): back-pay of up to 3 months when the delay was caused by the in-region' },
    ],
    [
      'GUANGDONG, gap 4: no provincial bound, the national 6 months (003 art 11)',
      gapOf(4, '410100', '440300'), '410100', '440300',
      { gapMonths: 4, backPayAllowed: false, waitingPeriodMonths: 6, waitingPeriodDays: 0, waitingBenefitRatio: 0, retroactive: false, rule: '003 art 11 (left to the region, at most 6 months; the province sets no other bound, so the national bound applies): gap of 4 month(s), waiting period 6 month(s) without benefits' },
    ],
    [
      'HENAN, gap 2: back-pay on a de-facto employment relationship (004 art 12)',
      gapOf(2, '440100', '410100'), '440100', '410100',
      { gapMonths: 2, ...NO_WAITING, rule: '003 art 11: gap of 2 month(s) ≤ 3, back-pay allowed, no waiting period, benefits retroactive; 004 art 12: back-pay requires a de-facto employment relationship (事实劳动关系)' },
    ],
    [
      'HENAN, gap 5 (004 art 12 leaves it to the region; national bound)',
      gapOf(5, '440100', '410300'), '440100', '410300',
      { gapMonths: 5, backPayAllowed: false, waitingPeriodMonths: 6, waitingPeriodDays: 0, waitingBenefitRatio: 0, retroactive: false, rule: '004 art 12 (left to the region; the national bound of 003 art 11, at most 6 months, applies): gap of 5 month(s), waiting period 6 month(s) without benefits' },
    ],
    [
      'TIANJIN, gap 4 (national bound)',
      gapOf(4, '110000', '120000'), '110000', '120000',
      { gapMonths: 4, backPayAllowed: false, waitingPeriodMonths: 6, waitingPeriodDays: 0, waitingBenefitRatio: 0, retroactive: false, rule: '003 art 11 (left to the region, at most 6 months; the province sets no other bound, so the national bound applies): gap of 4 month(s), waiting period 6 month(s) without benefits' },
    ],
    [
      'FUJIAN, gap 3: effective back to the previous start (002 art 11)',
      gapOf(3, '120000', '350100'), '120000', '350100',
      { gapMonths: 3, ...NO_WAITING, rule: "003 art 11: gap of 3 month(s) ≤ 3, back-pay allowed, no waiting period, benefits retroactive; 002 art 11: effective back to the previous relationship's start" },
    ],
    [
      'FUJIAN, gap 4 not back-paid: 6 months at 50% (002 art 11)',
      gapOf(4, '120000', '350100'), '120000', '350100',
      { gapMonths: 4, backPayAllowed: true, waitingPeriodMonths: 6, waitingPeriodDays: 0, waitingBenefitRatio: 0.5, retroactive: false, rule: '002 art 11: gap of 4 month(s), waiting period 6 month(s) at 50% of benefits' },
    ],
    [
      'FUJIAN, gap 4 back-paid: 3 months at 50% (002 art 11)',
      [...gapOf(4, '120000', '350200'), ...backPaid(paid('350200', '2025-01', '2025-04'))], '120000', '350200',
      { gapMonths: 4, backPayAllowed: true, waitingPeriodMonths: 3, waitingPeriodDays: 0, waitingBenefitRatio: 0.5, retroactive: false, rule: '002 art 11: gap of 4 month(s), back-paid, waiting period 3 month(s) at 50% of benefits' },
    ],
  ])('%s', (_, history, fromRegion, toRegion, expected) => {
    expect(continuity(history, fromRegion, toRegion)).toEqual(expected);
  });
});

describe('switching between employee and resident insurance: 2 years of continuous insurance (003 art 11 para 2)', () => {
  it.each([
    [24, true],
    [23, false],
  ])('%i months insured before the move → back-pay allowed: %s', (months, allowed) => {
    const history = [
      ...paid('330100', addMonthText('2024-12', -(months - 1)), '2024-12'),
      ...paid('310000', '2025-03', '2025-06', 'RESIDENT'),
    ];
    const result = continuity(history, '330100', '310000', 'EMPLOYEE_TO_RESIDENT');
    expect([result.gapMonths, result.backPayAllowed, result.waitingPeriodMonths]).toEqual(allowed ? [2, true, 0] : [2, false, 6]);
    expect(result.rule).toContain(`003 art 11 para 2: switching schemes needs 2 years of continuous insurance (${months} months)`);
  });

  it('counts resident months toward the two years (001 art 12)', () => {
    const history = [
      ...paid('120000', '2022-01', '2023-06', 'RESIDENT'),
      ...paid('120000', '2023-07', '2024-12'),
      ...paid('330100', '2025-02', '2025-06', 'RESIDENT'),
    ];
    expect(continuity(history, '120000', '330100', 'EMPLOYEE_TO_RESIDENT')).toMatchObject({ gapMonths: 1, backPayAllowed: true, waitingPeriodMonths: 0 });
  });
});

describe("Fujian's 60-day waiting period for residents who pay late (002 art 12)", () => {
  const move = (paidOn: string) =>
    continuity(
      [...paid('410100', '2023-01', '2024-12', 'RESIDENT'), { month: parseYearMonth('2025-01')!, regionCode: '350200', insuranceType: 'RESIDENT', paidOn, kind: 'REGULAR' }],
      '410100',
      '350200',
      'RESIDENT_TO_RESIDENT',
    );

  it('applies when the year was paid after it began', () => {
    expect(move('2025-03-10')).toEqual({
      gapMonths: 0, backPayAllowed: false, waitingPeriodMonths: 0, waitingPeriodDays: 60, waitingBenefitRatio: 0, retroactive: false,
      rule: "003 art 5(2): resident insurance moves with the next year's enrollment; 002 art 12: paid late, 60-day waiting period from payment",
    });
  });

  it('does not apply when the year was paid ahead', () => {
    expect(move('2024-12-20')).toMatchObject({ waitingPeriodDays: 0, waitingBenefitRatio: 1 });
  });
});

function addMonthText(month: string, offset: number): string {
  return formatYearMonth(addMonths(parseYearMonth(month)!, offset));
}
