import { describe, expect, it } from 'vitest';
import { contributionPeriods } from './contribution-periods.ts';
import { month, paidRows } from './history.fixtures.ts';

describe('contribution periods: the rows of the Info Sheet (003 annex 3)', () => {
  it('starts a new row at every interruption and every change of region or insurance type, in order', () => {
    const rows = [
      ...paidRows('440100', '2024-01', '2024-12', { insuranceType: 'RESIDENT' }),
      ...paidRows('440100', '2018-01', '2019-06'),
      ...paidRows('440100', '2019-10', '2020-03'),
      ...paidRows('440300', '2020-04', '2023-12'),
    ];
    const period = (regionCode: string, from: string, to: string, insuranceType: string, months: number) => ({
      fromMonth: month(from),
      toMonth: month(to),
      regionCode,
      insuranceType,
      months,
    });
    expect(contributionPeriods(rows)).toEqual([
      period('440100', '2018-01', '2019-06', 'EMPLOYEE', 18),
      period('440100', '2019-10', '2020-03', 'EMPLOYEE', 6),
      period('440300', '2020-04', '2023-12', 'EMPLOYEE', 45),
      period('440100', '2024-01', '2024-12', 'RESIDENT', 12),
    ]);
  });

  it('leaves owed months out, and counts a back-paid month as paid', () => {
    const rows = [
      ...paidRows('350100', '2024-01', '2024-02'),
      ...paidRows('350100', '2024-03', '2024-03', { paidOn: null as unknown as string }).map((row) => ({
        ...row,
        paidOn: null,
      })),
      ...paidRows('350100', '2024-04', '2024-04', { paidOn: '2024-09-01', kind: 'BACK_PAY' }),
      ...paidRows('350100', '2024-05', '2024-06'),
    ];
    expect(contributionPeriods(rows).map((p) => [p.fromMonth, p.toMonth, p.months])).toEqual([
      [month('2024-01'), month('2024-02'), 2],
      [month('2024-04'), month('2024-06'), 3],
    ]);
  });
});
