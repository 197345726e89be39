import { describe, expect, it } from 'vitest';
import { paidRows, month } from './history.fixtures.ts';
import { duplicateMonths, type BenefitUse } from './duplicates.ts';

const FIRST_ARRIVAL = '003 art 12: counted once, credited to the payment that arrived first; no refund rule applies';
const GUANGDONG_REFUND =
  '000 art 12(3): first paid keeps it, the later payment is refundable (at most 3 months, not where benefits were used)';

describe('duplicate months (重复缴费)', () => {
  it('national: a month paid in two regions is kept by the first arrival, with no refund (003 art 12)', () => {
    const rows = [
      ...paidRows('330100', '2024-01', '2024-06', { paidDay: 20 }),
      ...paidRows('310000', '2024-05', '2024-12', { paidDay: 10 }),
    ];
    expect(duplicateMonths(rows)).toEqual([
      {
        month: month('2024-05'),
        regionCodes: ['310000', '330100'],
        keptBy: '310000',
        refundable: false,
        rule: FIRST_ARRIVAL,
      },
      {
        month: month('2024-06'),
        regionCodes: ['310000', '330100'],
        keptBy: '310000',
        refundable: false,
        rule: FIRST_ARRIVAL,
      },
    ]);
  });

  it('three regions: kept by the earliest, listed in order of arrival (001 art 14)', () => {
    const rows = [
      ...paidRows('120000', '2024-03', '2024-03', { paidOn: '2024-03-25' }),
      ...paidRows('110000', '2024-03', '2024-03', { paidOn: '2024-03-05' }),
      ...paidRows('410100', '2024-03', '2024-03', { paidOn: '2024-03-15' }),
    ];
    expect(duplicateMonths(rows)).toEqual([
      {
        month: month('2024-03'),
        regionCodes: ['110000', '410100', '120000'],
        keptBy: '110000',
        refundable: false,
        rule: FIRST_ARRIVAL,
      },
    ]);
  });

  it('a same-day tie goes to the payment recorded first; one region paying twice is no duplicate', () => {
    const rows = [
      ...paidRows('440100', '2024-03', '2024-03', { paidOn: '2024-03-15' }),
      ...paidRows('440100', '2024-03', '2024-03', { paidOn: '2024-09-01', kind: 'BACK_PAY' }),
      ...paidRows('350100', '2024-03', '2024-03', { paidOn: '2024-03-15' }),
    ];
    expect(duplicateMonths(rows).map((d) => [d.regionCodes, d.keptBy])).toEqual([[['440100', '350100'], '440100']]);
  });

  describe('Guangdong refunds the later payment (000 art 12(3))', () => {
    // Zhengzhou paid Jan–May on the 5th; Guangzhou (later) paid Jan–May on the 25th: 5 duplicate months.
    const rows = [
      ...paidRows('410100', '2024-01', '2024-05', { paidDay: 5 }),
      ...paidRows('440100', '2024-01', '2024-05', { paidDay: 25 }),
    ];
    const refundable = (use: BenefitUse[] = []) => duplicateMonths(rows, use).map((d) => d.refundable);

    it('for at most 3 months', () => {
      expect(refundable()).toEqual([true, true, true, false, false]);
      expect(duplicateMonths(rows)[0]).toEqual({
        month: month('2024-01'),
        regionCodes: ['410100', '440100'],
        keptBy: '410100',
        refundable: true,
        rule: GUANGDONG_REFUND,
      });
    });

    it('not for a month with benefits used in the refunding region; used in both regions, it recovers and refunds', () => {
      const use: BenefitUse[] = [
        { regionCode: '440100', month: month('2024-01') },
        { regionCode: '440100', month: month('2024-02') },
        { regionCode: '410100', month: month('2024-02') },
      ];
      expect(refundable(use)).toEqual([false, true, true, true, false]);
    });

    it('not where the later payment went to a region without the refund rule', () => {
      const reversed = [
        ...paidRows('440100', '2024-01', '2024-01', { paidDay: 5 }),
        ...paidRows('410100', '2024-01', '2024-01', { paidDay: 25 }),
      ];
      expect(duplicateMonths(reversed)).toEqual([
        {
          month: month('2024-01'),
          regionCodes: ['440100', '410100'],
          keptBy: '440100',
          refundable: false,
          rule: FIRST_ARRIVAL,
        },
      ]);
    });
  });

  it('Guangdong, duplicates from before the rules: kept where the most months are, never refunded (000 art 12(4))', () => {
    const rows = [
      ...paidRows('440300', '2019-01', '2019-04', { paidDay: 5 }),
      ...paidRows('430100', '2016-01', '2019-04', { paidDay: 25 }),
    ];
    const duplicates = duplicateMonths(rows);
    expect(duplicates).toHaveLength(4);
    expect(duplicates[0]).toEqual({
      month: month('2019-01'),
      regionCodes: ['440300', '430100'],
      keptBy: '430100',
      refundable: false,
      rule: '000 art 12(4): kept where most years are, no refund',
    });
  });
});
