import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '#shared/calendar-date.ts';
import type { InsuranceType } from '#shared/insurance.ts';
import { addMonths, formatYearMonth, parseYearMonth, type YearMonth } from '#shared/year-month.ts';
import {
  benefitContinuity,
  type ContinuityQuestion,
  type MonthRecord,
  type PersonFacts,
  type TransferKind,
} from './benefit-continuity.ts';

/** Months `from`..`to` paid in time in a region, each on the 15th of its month (or on `paidOn`). */
function paid(
  regionCode: string,
  from: string,
  to: string,
  insuranceType: InsuranceType = 'EMPLOYEE',
  paidOn?: string,
): MonthRecord[] {
  const start = parseYearMonth(from)!;
  const count = parseYearMonth(to)! - start + 1;
  return Array.from({ length: count }, (_, i) => {
    const month = addMonths(start, i);
    return {
      month,
      regionCode,
      insuranceType,
      paidOn: paidOn ?? `${formatYearMonth(month)}-15`,
      kind: 'REGULAR' as const,
    };
  });
}

const backPaid = (records: MonthRecord[], on = '2025-06-30') =>
  records.map((record) => ({ ...record, paidOn: on, kind: 'BACK_PAY' as const }));
const month = (text: string) => parseYearMonth(text)! as YearMonth;
const NO_FACTS: PersonFacts = { exemptions: [], otherSchemeCover: [] };

function continuity(
  history: MonthRecord[],
  fromRegion: string,
  toRegion: string,
  kind: TransferKind = 'EMPLOYEE_TO_EMPLOYEE',
  extra: Partial<ContinuityQuestion> = {},
) {
  return benefitContinuity({ history, fromRegion, toRegion, kind, appliedOn: '2025-06-10' as CalendarDate, ...extra });
}

const NO_WAITING = {
  backPayAllowed: true,
  waitingPeriodMonths: 0,
  waitingPeriodDays: 0,
  waitingBenefitRatio: 1,
  retroactive: true,
  residentRate: null,
};

describe('benefit continuity (待遇衔接), national rules: 003 art 11', () => {
  it.each([
    // Last paid 2025-01 in Hangzhou; first paid in Shanghai 2025-04 (gap 2), 2025-05 (gap 3), 2025-06 (gap 4).
    [
      '2025-04',
      2,
      { ...NO_WAITING, effectiveFrom: '2025-02-01' },
      '003 art 11: gap of 2 month(s) ≤ 3, back-pay allowed, no waiting period, benefits retroactive',
    ],
    [
      '2025-05',
      3,
      { ...NO_WAITING, effectiveFrom: '2025-02-01' },
      '003 art 11: gap of 3 month(s) ≤ 3, back-pay allowed, no waiting period, benefits retroactive',
    ],
    [
      '2025-06',
      4,
      {
        backPayAllowed: false,
        waitingPeriodMonths: 6,
        waitingPeriodDays: 0,
        waitingBenefitRatio: 0,
        retroactive: false,
        effectiveFrom: '2025-06-01',
        residentRate: null,
      },
      '003 art 11 (left to the region, at most 6 months; the national bound applies): gap of 4 month(s), waiting period 6 month(s) without benefits',
    ],
  ])('first paid in the in-region %s: gap %i', (firstAfter, gapMonths, outcome, rule) => {
    const history = [...paid('330100', '2023-01', '2025-01'), ...paid('310000', firstAfter, '2025-06')];
    expect(continuity(history, '330100', '310000')).toEqual({ gapMonths, ...outcome, rule });
  });

  it('measures the gap to the application month while nothing is paid in the in-region yet (003 art 11)', () => {
    expect(continuity(paid('330100', '2023-01', '2025-02'), '330100', '310000')).toMatchObject({
      gapMonths: 3,
      backPayAllowed: true,
    });
  });
});

describe('benefit continuity by in-region rule set', () => {
  const gapOf = (months: number, fromRegion: string, toRegion: string) => [
    ...paid(fromRegion, '2022-01', '2024-12'),
    ...paid(toRegion, addMonthText('2025-01', months), '2025-06'),
  ];

  it.each([
    [
      'GUANGDONG, gap 3 (000 art 12(1))',
      gapOf(3, '410100', '440100'),
      '410100',
      '440100',
      {
        gapMonths: 3,
        ...NO_WAITING,
        effectiveFrom: '2025-01-01',
        rule: '003 art 11: gap of 3 month(s) ≤ 3, back-pay allowed, no waiting period, benefits retroactive; 000 art 12(1): back-pay of up to 3 months when the delay was caused by the in-region',
      },
    ],
    [
      'GUANGDONG, gap 4: no provincial bound, the national 6 months (003 art 11)',
      gapOf(4, '410100', '440300'),
      '410100',
      '440300',
      {
        gapMonths: 4,
        backPayAllowed: false,
        waitingPeriodMonths: 6,
        waitingPeriodDays: 0,
        waitingBenefitRatio: 0,
        retroactive: false,
        effectiveFrom: '2025-05-01',
        residentRate: null,
        rule: '003 art 11 (left to the region, at most 6 months; the province sets no other bound, so the national bound applies): gap of 4 month(s), waiting period 6 month(s) without benefits',
      },
    ],
    [
      'HENAN, gap 2: back-pay on a de-facto employment relationship (004 art 12)',
      gapOf(2, '440100', '410100'),
      '440100',
      '410100',
      {
        gapMonths: 2,
        ...NO_WAITING,
        effectiveFrom: '2025-01-01',
        rule: '003 art 11: gap of 2 month(s) ≤ 3, back-pay allowed, no waiting period, benefits retroactive; 004 art 12: back-pay requires a de-facto employment relationship (事实劳动关系)',
      },
    ],
    [
      'HENAN, gap 5 (004 art 12 leaves it to the region; national bound)',
      gapOf(5, '440100', '410300'),
      '440100',
      '410300',
      {
        gapMonths: 5,
        backPayAllowed: false,
        waitingPeriodMonths: 6,
        waitingPeriodDays: 0,
        waitingBenefitRatio: 0,
        retroactive: false,
        effectiveFrom: '2025-06-01',
        residentRate: null,
        rule: '004 art 12 (left to the region; the national bound of 003 art 11, at most 6 months, applies): gap of 5 month(s), waiting period 6 month(s) without benefits',
      },
    ],
    [
      'TIANJIN, gap 4 (national bound)',
      gapOf(4, '110000', '120000'),
      '110000',
      '120000',
      {
        gapMonths: 4,
        backPayAllowed: false,
        waitingPeriodMonths: 6,
        waitingPeriodDays: 0,
        waitingBenefitRatio: 0,
        retroactive: false,
        effectiveFrom: '2025-05-01',
        residentRate: null,
        rule: '003 art 11 (left to the region, at most 6 months; the province sets no other bound, so the national bound applies): gap of 4 month(s), waiting period 6 month(s) without benefits',
      },
    ],
  ])('%s', (_, history, fromRegion, toRegion, expected) => {
    expect(continuity(history, fromRegion, toRegion)).toEqual(expected);
  });
});

describe('Fujian as the in-region, clause by clause: 002 art 11', () => {
  // Employee in Tianjin 2022-01..2024-12 (the previous relationship began 2022-01); moving to Fuzhou; applied 2025-06-10.
  const before = paid('120000', '2022-01', '2024-12');
  const out = { startMonth: month('2022-01'), endedOn: '2024-12-31' as CalendarDate };
  const fuzhou = (history: MonthRecord[]) =>
    continuity(history, '120000', '350100', 'EMPLOYEE_TO_EMPLOYEE', { outEnrollment: out });

  it.each([
    [
      '002 art 11 s.1: paid in the application month, effective that month (a new enrollee waits 3 months at 50%)',
      paid('350100', '2025-06', '2025-06', 'EMPLOYEE', '2025-06-12'),
      undefined,
      {
        gapMonths: 0,
        waitingPeriodMonths: 3,
        waitingBenefitRatio: 0.5,
        retroactive: false,
        effectiveFrom: '2025-06-01',
      },
    ],
    [
      '002 art 11 s.1: paid the month after the application, effective that next month',
      paid('350100', '2025-06', '2025-06', 'EMPLOYEE', '2025-07-03'),
      undefined,
      { gapMonths: 0, waitingPeriodMonths: 3, effectiveFrom: '2025-07-01' },
    ],
    [
      '002 art 11 s.2: months before the application back-paid: effective only from the month of payment',
      backPaid(paid('350100', '2025-01', '2025-05'), '2025-06-20'),
      undefined,
      { effectiveFrom: '2025-06-01', retroactive: false },
    ],
    [
      '002 art 11 s.3: a gap of up to 3 months back-paid: effective back to the previous relationship’s start, no waiting',
      [...before, ...backPaid(paid('350100', '2025-01', '2025-03')), ...paid('350100', '2025-04', '2025-06')],
      before,
      {
        gapMonths: 3,
        waitingPeriodMonths: 0,
        waitingBenefitRatio: 1,
        retroactive: true,
        backPayAllowed: false,
        effectiveFrom: '2022-01-01',
      },
    ],
    [
      '002 art 11 s.5: a gap of up to 3 months not back-paid: 6 months at 50%, back-pay still allowed',
      [...before, ...paid('350100', '2025-04', '2025-06')],
      before,
      { gapMonths: 3, waitingPeriodMonths: 6, waitingBenefitRatio: 0.5, retroactive: false, backPayAllowed: true },
    ],
    [
      '002 art 11 s.4: a gap of more than 3 months back-paid: 3 months at 50%',
      [...before, ...backPaid(paid('350100', '2025-01', '2025-04')), ...paid('350100', '2025-05', '2025-06')],
      before,
      { gapMonths: 4, waitingPeriodMonths: 3, waitingBenefitRatio: 0.5, retroactive: false, backPayAllowed: false },
    ],
    [
      '002 art 11 s.5: a gap of more than 3 months not back-paid: 6 months at 50%, back-pay allowed (it shortens the wait)',
      [...before, ...paid('350100', '2025-05', '2025-06')],
      before,
      { gapMonths: 4, waitingPeriodMonths: 6, waitingBenefitRatio: 0.5, retroactive: false, backPayAllowed: true },
    ],
    [
      '002 art 11 s.4: a new enrollee (nothing paid before): 3 months at 50%',
      paid('350100', '2025-06', '2025-06', 'EMPLOYEE', '2025-06-12'),
      undefined,
      { gapMonths: 0, waitingPeriodMonths: 3, waitingBenefitRatio: 0.5, backPayAllowed: false },
    ],
  ])('%s', (_, history, _before, expected) => {
    const result = fuzhou(history);
    expect(result).toMatchObject(expected);
    expect(result.rule).toContain('002 art 11');
  });
});

describe('Fujian: late resident payers wait 60 days, except the exempt groups (002 art 12)', () => {
  const move = (paidOn: string, facts: PersonFacts = NO_FACTS) =>
    continuity(
      [
        ...paid('410100', '2023-01', '2024-12', 'RESIDENT'),
        { month: month('2025-01'), regionCode: '350200', insuranceType: 'RESIDENT', paidOn, kind: 'REGULAR' },
      ],
      '410100',
      '350200',
      'RESIDENT_TO_RESIDENT',
      { facts },
    );

  it('applies when the year was paid after it began', () => {
    expect(move('2025-03-10')).toEqual({
      gapMonths: 0,
      backPayAllowed: false,
      waitingPeriodMonths: 0,
      waitingPeriodDays: 60,
      waitingBenefitRatio: 0,
      retroactive: false,
      effectiveFrom: '2025-01-01',
      residentRate: null,
      rule: "003 art 5(2): resident insurance moves with the next year's enrollment; 002 art 12: paid late, 60-day waiting period from payment",
    });
  });

  it('does not apply when the year was paid ahead', () => {
    expect(move('2024-12-20')).toMatchObject({ waitingPeriodDays: 0, waitingBenefitRatio: 1 });
  });

  it.each(['NEWBORN', 'NEW_STUDENT', 'HARDSHIP'] as const)(
    'exempts %s recorded for that year (002 art 12)',
    (group) => {
      const exempt = move('2025-03-10', { exemptions: [{ group, year: 2025 }], otherSchemeCover: [] });
      expect([exempt.waitingPeriodDays, exempt.rule]).toEqual([
        0,
        `003 art 5(2): resident insurance moves with the next year's enrollment; 002 art 12: paid late, but exempt from the waiting period (${group})`,
      ]);
    },
  );

  it('does not exempt for an exemption recorded for another year', () => {
    expect(
      move('2025-03-10', { exemptions: [{ group: 'NEWBORN', year: 2024 }], otherSchemeCover: [] }).waitingPeriodDays,
    ).toBe(60);
  });
});

describe('Fujian: switching from employee to resident insurance (002 art 13)', () => {
  // Employee in Xiamen since 2020 (so by February of the year), suspended; resident insurance in Fuzhou after.
  const employee = paid('350200', '2020-01', '2025-03');
  const switchTo = (endedOn: string, resident: MonthRecord[], startMonth = '2020-01') =>
    benefitContinuity({
      history: [...employee, ...resident],
      fromRegion: '350200',
      toRegion: '350100',
      kind: 'EMPLOYEE_TO_RESIDENT',
      appliedOn: '2025-12-20' as CalendarDate,
      outEnrollment: { startMonth: month(startMonth), endedOn: endedOn as CalendarDate },
    });

  it.each([
    [
      'para 2: gap of up to 3 months — back to the 1st of the month after employee insurance ended, at the individual rate',
      '2025-03-20',
      paid('350100', '2025-06', '2025-12', 'RESIDENT', '2025-06-05'),
      {
        gapMonths: 2,
        retroactive: true,
        effectiveFrom: '2025-04-01',
        residentRate: 'INDIVIDUAL',
        waitingPeriodDays: 0,
        rule: expect.stringContaining('002 art 13 para 2'),
      },
    ],
    [
      'para 3: more than 3 months, joined by the end of June — individual rate, not retroactive, art 12 applies (paid late)',
      '2025-01-20',
      paid('350100', '2025-05', '2025-12', 'RESIDENT', '2025-06-25'),
      {
        gapMonths: 4,
        retroactive: false,
        effectiveFrom: '2025-06-01',
        residentRate: 'INDIVIDUAL',
        waitingPeriodDays: 60,
        rule: expect.stringContaining('002 art 13 para 3'),
      },
    ],
    [
      'para 3: more than 3 months, joined after June — individual rate plus the fiscal subsidy',
      '2025-01-20',
      paid('350100', '2025-08', '2025-12', 'RESIDENT', '2025-07-28'),
      { gapMonths: 5, retroactive: false, effectiveFrom: '2025-07-01', residentRate: 'INDIVIDUAL_PLUS_SUBSIDY' },
    ],
    [
      'para 4: ended on or after October 1, next year paid within the year — seamless from the next day',
      '2025-10-15',
      paid('350100', '2026-01', '2026-12', 'RESIDENT', '2025-12-10'),
      {
        gapMonths: 0,
        retroactive: true,
        effectiveFrom: '2025-10-16',
        residentRate: 'INDIVIDUAL',
        waitingPeriodDays: 0,
        rule: expect.stringContaining('002 art 13 para 4'),
      },
    ],
  ])('%s', (_, endedOn, resident, expected) => {
    expect(switchTo(endedOn, resident)).toMatchObject(expected);
  });

  it('para 1: not for a person who joined employee insurance only after February of that year', () => {
    const result = switchTo('2025-03-20', paid('350100', '2025-06', '2025-12', 'RESIDENT', '2025-06-05'), '2025-03');
    expect(result.rule).not.toContain('002 art 13');
    expect(result.residentRate).toBeNull();
  });
});

describe('Fujian: cover by another public scheme during a gap is no interruption (002 art 14)', () => {
  const history = [...paid('120000', '2022-01', '2024-12'), ...paid('350100', '2025-06', '2025-06')];
  const cover = { exemptions: [], otherSchemeCover: [{ fromMonth: month('2025-01'), toMonth: month('2025-05') }] };

  it('closes the gap: no back-pay needed, no waiting period', () => {
    const result = continuity(history, '120000', '350100', 'EMPLOYEE_TO_EMPLOYEE', { facts: cover });
    expect(result).toMatchObject({ gapMonths: 0, waitingPeriodMonths: 0, retroactive: true });
    expect(result.rule).toContain('002 art 14: months under another public scheme are no interruption');
  });

  it('the same months without the cover are a gap of 5 months', () => {
    expect(continuity(history, '120000', '350100')).toMatchObject({ gapMonths: 5, waitingPeriodMonths: 6 });
  });

  it('is Fujian’s rule: a national in-region still counts the gap', () => {
    const national = [...paid('120000', '2022-01', '2024-12'), ...paid('310000', '2025-06', '2025-06')];
    expect(continuity(national, '120000', '310000', 'EMPLOYEE_TO_EMPLOYEE', { facts: cover })).toMatchObject({
      gapMonths: 5,
    });
  });
});

describe('Henan: a fully paid resident year is kept to its end (004 art 16)', () => {
  const suspendedMidYear = { outEnrollment: { startMonth: month('2020-01'), endedOn: '2024-06-30' as CalendarDate } };

  it('keeps a resident who paid the year and suspended in June covered to December: a move in January has no gap', () => {
    const history = [
      ...paid('410100', '2024-01', '2024-12', 'RESIDENT', '2023-12-20'),
      ...paid('310000', '2025-01', '2025-06'),
    ];
    const result = continuity(history, '410100', '310000', 'RESIDENT_TO_EMPLOYEE', suspendedMidYear);
    expect(result.gapMonths).toBe(0);
    expect(result.rule).toContain('004 art 16: the fully paid resident year is kept to its end');
  });

  it('does not for a year paid only to the suspension', () => {
    const history = [...paid('410100', '2024-01', '2024-06', 'RESIDENT'), ...paid('310000', '2025-01', '2025-06')];
    const result = continuity(history, '410100', '310000', 'RESIDENT_TO_EMPLOYEE', suspendedMidYear);
    expect([result.gapMonths, result.rule.includes('004 art 16')]).toEqual([6, false]);
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
    expect([result.gapMonths, result.backPayAllowed, result.waitingPeriodMonths]).toEqual(
      allowed ? [2, true, 0] : [2, false, 6],
    );
    expect(result.rule).toContain(
      `003 art 11 para 2: switching schemes needs 2 years of continuous insurance (${months} months)`,
    );
  });

  it('counts resident months toward the two years (001 art 12)', () => {
    const history = [
      ...paid('120000', '2022-01', '2023-06', 'RESIDENT'),
      ...paid('120000', '2023-07', '2024-12'),
      ...paid('330100', '2025-02', '2025-06', 'RESIDENT'),
    ];
    expect(continuity(history, '120000', '330100', 'EMPLOYEE_TO_RESIDENT')).toMatchObject({
      gapMonths: 1,
      backPayAllowed: true,
      waitingPeriodMonths: 0,
    });
  });
});

function addMonthText(text: string, offset: number): string {
  return formatYearMonth(addMonths(parseYearMonth(text)!, offset));
}
