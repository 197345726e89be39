import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { deadlinesFor, isOverdue, type TransferDates } from './deadlines.ts';

const d = (text: string) => text as CalendarDate;
const transfer = (fields: Partial<TransferDates>): TransferDates => ({
  fromRegion: '330100',
  toRegion: '310000',
  mode: 'ONLINE',
  appliedOn: d('2024-09-27'),
  contactLetterOn: null,
  outCompletedOn: null,
  fundsReceivedOn: null,
  completedOn: null,
  ...fields,
});
const due = (fields: Partial<TransferDates>) =>
  deadlinesFor(transfer(fields)).map((x) => [x.step, x.dueOn, x.workingDays, x.rule, x.provisional]);

describe("transfer deadlines in working days, by the acting region's rules", () => {
  it('national: out 10 (003 art 8) across National Day, in 5 (003 art 9), account credit 5', () => {
    expect(due({ outCompletedOn: d('2024-10-10'), fundsReceivedOn: d('2024-10-11') })).toEqual([
      ['TRANSFER_OUT', '2024-10-16', 10, '003 art 8', false],
      ['TRANSFER_IN', '2024-10-16', 5, '003 art 9', false],
      ['ACCOUNT_CREDIT', '2024-10-17', 5, '003 art 9 (no period set; 5 working days, as for transfer-in)', false],
    ]);
  });

  it('across Spring Festival 2024: 10 working days after 2024-02-08 end on 2024-02-28 (Feb 18, a Sunday, worked)', () => {
    expect(due({ appliedOn: d('2024-02-08') })).toEqual([['TRANSFER_OUT', '2024-02-28', 10, '003 art 8', false]]);
  });

  it('Guangdong in-region: a Contact Letter within 5, then the out-region 10 from receiving it (000 art 9)', () => {
    // Sep 29 (Sun) worked, Oct 1-7 off: the letter is due on Oct 10.
    expect(due({ fromRegion: '410100', toRegion: '440100' })).toEqual([
      ['CONTACT_LETTER', '2024-10-10', 5, '000 art 9', false],
    ]);
    expect(due({ fromRegion: '410100', toRegion: '440100', contactLetterOn: d('2024-10-08') })).toEqual([
      ['CONTACT_LETTER', '2024-10-10', 5, '000 art 9', false],
      ['TRANSFER_OUT', '2024-10-21', 10, '004 art 8', false],
    ]);
  });

  it("Tianjin's mail mode: letter, out and in 15 working days each (001 art 8-9)", () => {
    expect(
      due({
        fromRegion: '120000',
        toRegion: '350100',
        mode: 'MAIL',
        appliedOn: d('2025-03-03'),
        contactLetterOn: d('2025-03-10'),
        outCompletedOn: d('2025-03-28'),
      }),
    ).toEqual([
      ['CONTACT_LETTER', '2025-03-24', 15, '001 art 8 (mail mode, from accepting the application)', false],
      ['TRANSFER_OUT', '2025-03-31', 15, '001 art 9 (mail mode, from receiving the Contact Letter)', false],
      ['TRANSFER_IN', '2025-04-21', 15, '001 art 8 (mail mode, from receiving the mailed Info Sheet)', false],
    ]);
  });

  it('marks a deadline past the last published holiday calendar provisional', () => {
    expect(due({ appliedOn: d('2026-12-24') })).toEqual([['TRANSFER_OUT', '2027-01-07', 10, '003 art 8', true]]);
  });

  it.each([
    [{ dueOn: d('2024-10-16'), completedOn: d('2024-10-17') }, 'ACCEPTED', '2024-10-20', true],
    [{ dueOn: d('2024-10-16'), completedOn: d('2024-10-16') }, 'ACCEPTED', '2024-10-20', false],
    [{ dueOn: d('2024-10-16'), completedOn: null }, 'ACCEPTED', '2024-10-17', true],
    [{ dueOn: d('2024-10-16'), completedOn: null }, 'ACCEPTED', '2024-10-16', false],
    [{ dueOn: d('2024-10-16'), completedOn: null }, 'CANCELLED', '2024-10-17', false],
  ] as const)('overdue(%j, %s, today %s) = %s', (deadline, status, today, expected) => {
    expect(isOverdue(deadline, status, d(today))).toBe(expected);
  });
});
