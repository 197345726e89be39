import { describe, expect, it } from 'vitest';
import type { DeemedPeriodRow } from '../db/entities/deemed-period.ts';
import { contributionYears, continuousMonths, displayYears } from './contribution-years.ts';
import { paidRows } from './history.fixtures.ts';

const deemed = (
  regionCode: string,
  months: number,
  reason: DeemedPeriodRow['reason'] = 'MILITARY_SERVICE',
): DeemedPeriodRow => ({
  id: 'd',
  personId: 'p',
  regionCode,
  months,
  reason,
  recordedAt: new Date(0),
});

describe('contribution years (缴费年限)', () => {
  // 2010-01..2015-12 in Zhengzhou (72), 2015-11..2020-06 in Tianjin (56, of which 2 paid in both), 2020-09..2024-12
  // in Fuzhou (52); a resident year in Tianjin that does not count toward employee years.
  const rows = [
    ...paidRows('410100', '2010-01', '2015-12', { paidDay: 5 }),
    ...paidRows('120000', '2015-11', '2020-06', { paidDay: 20 }),
    ...paidRows('350100', '2020-09', '2024-12'),
    ...paidRows('120000', '2025-01', '2025-12', { insuranceType: 'RESIDENT' }),
  ];

  it('accumulates across regions, counts a month paid twice once, adds deemed years (003 art 12, 001 art 14, 000 art 13)', () => {
    expect(contributionYears(rows, [deemed('410100', 36)])).toEqual({
      actualMonths: 178,
      deemedMonths: 36,
      totalMonths: 214,
      duplicateMonths: 2,
      years: 17,
      remainderMonths: 10,
      display: '17年10个月',
      byRegion: [
        { regionCode: '410100', paidMonths: 72, creditedMonths: 72, deemedMonths: 36 },
        { regionCode: '120000', paidMonths: 56, creditedMonths: 54, deemedMonths: 0 },
        { regionCode: '350100', paidMonths: 52, creditedMonths: 52, deemedMonths: 0 },
      ],
      continuousMonths: 64, // Fuzhou 2020-09..2024-12 and the resident year 2025 run on unbroken
      asOfRegion: null,
      rule: '003 art 12, 001 art 14, 000 art 13',
    });
  });

  it("seen from Tianjin: other regions' months are deemed, Tianjin's own actual, the total unchanged (001 art 13)", () => {
    expect(contributionYears(rows, [deemed('410100', 36)], '120000')).toMatchObject({
      actualMonths: 54,
      deemedMonths: 160,
      totalMonths: 214,
      display: '17年10个月',
      asOfRegion: '120000',
      rule: '003 art 12, 001 art 14, 000 art 13, 001 art 13',
    });
  });

  it('seen from a region under the national rules, nothing moves (003 art 12)', () => {
    expect(contributionYears(rows, [], '440100')).toMatchObject({
      actualMonths: 178,
      deemedMonths: 0,
      asOfRegion: '440100',
    });
  });

  it.each([
    [14, 8, '14年8个月'],
    [15, 0, '15年'],
    [0, 8, '8个月'],
    [0, 0, '0个月'],
  ])('writes %i years %i months as %s', (years, months, text) => {
    expect(displayYears(years, months)).toBe(text);
  });

  it('measures the current unbroken run of any basic insurance (003 art 11 para 2, 001 art 12)', () => {
    const history = [
      ...paidRows('410100', '2020-01', '2022-06'),
      ...paidRows('410100', '2022-09', '2023-12', { insuranceType: 'RESIDENT' }),
      ...paidRows('440100', '2024-01', '2024-12'),
    ];
    expect(continuousMonths(history)).toBe(28);
  });
});
