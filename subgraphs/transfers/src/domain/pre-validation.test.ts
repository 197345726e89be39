import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '#shared/calendar-date.ts';
import type { TransferKind } from './benefit-continuity.ts';
import { parseYearMonth } from '#shared/year-month.ts';
import { preValidate, type ApplicationFacts, type EnrollmentFact } from './pre-validation.ts';

const d = (text: string) => text as CalendarDate;
const m = (text: string) => parseYearMonth(text)!;
const enrollment = (
  regionCode: string,
  insuranceType: EnrollmentFact['insuranceType'],
  status: EnrollmentFact['status'],
  start: string,
  end: string | null = null,
): EnrollmentFact => ({
  regionCode,
  insuranceType,
  status,
  startMonth: m(start),
  endMonth: end === null ? null : m(end),
});
const facts = (enrollments: EnrollmentFact[], extra: Partial<ApplicationFacts> = {}): ApplicationFacts => ({
  enrollments,
  retiredOn: null,
  arrearsInOutRegion: [],
  hasOpenTransfer: false,
  ...extra,
});
const codes = (kind: TransferKind, fromRegion: string, toRegion: string, on: string, known: ApplicationFacts) =>
  preValidate({ kind, fromRegion, toRegion, on: d(on) }, known).map((reason) => reason.code);

describe('who the measures leave out: retirees (003 art 2; each rule set’s art 2)', () => {
  // A mover who left `from` (suspended, or terminated where the rule set asks it) and joined `to`.
  const mover = (from: string, to: string, outStatus: EnrollmentFact['status'] = 'SUSPENDED') => [
    enrollment(from, 'EMPLOYEE', outStatus, '2010-01', '2024-06'),
    enrollment(to, 'EMPLOYEE', 'ACTIVE', '2024-07'),
  ];

  it.each([
    ['003 art 2 (national)', '330100', '310000', 'SUSPENDED'],
    ['000 art 2 (Guangdong: 不含医疗保险退休人员)', '440100', '310000', 'SUSPENDED'],
    ['002 art 2 (Fujian: 不含退休人员)', '350100', '310000', 'SUSPENDED'],
    ['004 art 2 (Henan: 不含退休人员)', '410100', '310000', 'SUSPENDED'],
    ['003 art 2 (Tianjin: 001 art 2 is silent, the national scope applies)', '120000', '310000', 'TERMINATED'],
  ] as const)('%s: a retiree’s transfer is refused', (_, from, to, outStatus) => {
    expect(codes('EMPLOYEE_TO_EMPLOYEE', from, to, '2024-07-15', facts(mover(from, to, outStatus)))).toEqual([]);
    expect(
      codes(
        'EMPLOYEE_TO_EMPLOYEE',
        from,
        to,
        '2024-07-15',
        facts(mover(from, to, outStatus), { retiredOn: d('2024-06-30') }),
      ),
    ).toEqual(['RETIREE_NOT_COVERED']);
  });

  it('003 art 2: a retirement recorded after the application date does not reach back to it', () => {
    expect(
      codes(
        'EMPLOYEE_TO_EMPLOYEE',
        '330100',
        '310000',
        '2024-07-15',
        facts(mover('330100', '310000'), { retiredOn: d('2024-08-01') }),
      ),
    ).toEqual([]);
  });
});

describe("resident to resident follows the next year's enrollment (003 art 5(2)); Henan takes none (004 art 5(2))", () => {
  // Resident in Nanjing for 2024, suspended 2024-12 (the move's year: 2024).
  const left = enrollment('320100', 'RESIDENT', 'SUSPENDED', '2024-01', '2024-12');

  it.each([
    ['enrolled for the next year, applied in the last days of the move year', '2025-01', '2024-12-21', []],
    ['enrolled for the next year, applied in that year', '2025-01', '2025-03-15', []],
    ['enrolled in the move year, applied in the move year', '2024-12', '2024-12-25', ['RESIDENT_NOT_NEXT_YEAR']],
    ['enrolled in the move year, applied the next year (enrolled for it by then)', '2024-12', '2025-02-01', []],
  ])('%s', (_, start, on, expected) => {
    expect(
      codes(
        'RESIDENT_TO_RESIDENT',
        '320100',
        '330100',
        on,
        facts([left, enrollment('330100', 'RESIDENT', 'ACTIVE', start)]),
      ),
    ).toEqual(expected);
  });

  it('004 art 5(2): not into Henan at all', () => {
    expect(
      codes(
        'RESIDENT_TO_RESIDENT',
        '320100',
        '410100',
        '2025-03-15',
        facts([left, enrollment('410100', 'RESIDENT', 'ACTIVE', '2025-01')]),
      ),
    ).toEqual(['RESIDENT_TRANSFER_NOT_IN_HENAN']);
  });
});

describe('the out-region’s conditions, by its rule set', () => {
  it('004 art 7: Henan transfers out only without arrears; elsewhere months owed do not block it (003 art 7)', () => {
    const known = (from: string) =>
      facts(
        [
          enrollment(from, 'EMPLOYEE', 'SUSPENDED', '2020-01', '2024-06'),
          enrollment('310000', 'EMPLOYEE', 'ACTIVE', '2024-07'),
        ],
        {
          arrearsInOutRegion: [m('2024-05')],
        },
      );
    expect(codes('EMPLOYEE_TO_EMPLOYEE', '410100', '310000', '2024-07-15', known('410100'))).toEqual([
      'OUT_HAS_ARREARS',
    ]);
    expect(codes('EMPLOYEE_TO_EMPLOYEE', '330100', '310000', '2024-07-15', known('330100'))).toEqual([]);
  });

  it('001 art 6, art 10: Tianjin transfers employee insurance out once terminated, not merely suspended', () => {
    const known = (status: EnrollmentFact['status']) =>
      facts([
        enrollment('120000', 'EMPLOYEE', status, '2020-01', '2024-06'),
        enrollment('310000', 'EMPLOYEE', 'ACTIVE', '2024-07'),
      ]);
    expect(codes('EMPLOYEE_TO_EMPLOYEE', '120000', '310000', '2024-07-15', known('SUSPENDED'))).toEqual([
      'OUT_NOT_TERMINATED',
    ]);
    expect(codes('EMPLOYEE_TO_EMPLOYEE', '120000', '310000', '2024-07-15', known('TERMINATED'))).toEqual([]);
  });

  it('003 art 14: a switch of schemes within one region is checked like any transfer', () => {
    const known = facts([
      enrollment('440100', 'EMPLOYEE', 'SUSPENDED', '2022-01', '2024-12'),
      enrollment('440100', 'RESIDENT', 'ACTIVE', '2025-01'),
    ]);
    expect(codes('EMPLOYEE_TO_RESIDENT', '440100', '440100', '2025-01-06', known)).toEqual([]);
  });
});
