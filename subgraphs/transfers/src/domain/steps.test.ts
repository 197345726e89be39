import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { DomainError } from '#shared/errors.ts';
import type { TransferRow, TransferStatus } from '../db/entities/transfer.ts';
import { IN_PROGRESS, requireStep, type Step } from './steps.ts';

const d = (text: string) => text as CalendarDate;
const transfer = (status: TransferStatus, fields: Partial<TransferRow> = {}): TransferRow => ({
  id: '6f1c2b9e-6f0a-4a55-9d1e-2c3b4a5d6e7f',
  seq: '1',
  personId: 'a'.repeat(32),
  documentKey: 'a'.repeat(32),
  kind: 'EMPLOYEE_TO_EMPLOYEE',
  fromRegion: '330100',
  toRegion: '310000',
  mode: 'ONLINE',
  applicant: 'PERSON',
  employerId: null,
  status,
  appliedOn: d('2024-09-27'),
  idempotencyKey: null,
  requestHash: null,
  reasons: [],
  continuity: null,
  contactLetterOn: null,
  outCompletedOn: d('2024-10-10'),
  accountAmount: 80000n,
  fundsReceivedOn: null,
  funds: null,
  fundsDecision: null,
  completedOn: null,
  cancelledOn: null,
  createdAt: new Date('2024-09-27T02:00:00Z'),
  ...fields,
});

/** What requireStep answers: READY, DONE, or the CONFLICT's message. */
function outcome(row: TransferRow, step: Step): string {
  try {
    return requireStep(row, step);
  } catch (error) {
    if (error instanceof DomainError && error.extensions.code === 'CONFLICT') return `CONFLICT: ${error.message}`;
    throw error;
  }
}

const REJECTED =
  'CONFLICT: The application was rejected; nothing more happens to it. Apply again once the reasons are resolved.';
const CANCELLED = 'CONFLICT: The transfer was cancelled; nothing more happens to it.';
const NO_LETTER =
  'CONFLICT: This transfer uses no Contact Letter: only Guangdong as in-region (000 art 9) and the MAIL mode (001 art 8) do.';
const LETTER_FIRST =
  'CONFLICT: The in-region sends the Contact Letter first: the out-region acts on receiving it (000 art 9, 001 art 9).';
const OUT_FIRST_FUNDS =
  'CONFLICT: The out-region completes the transfer-out first: the funds are confirmed against its Info Sheet.';
const OUT_RUNNING_FUNDS =
  'CONFLICT: The transfer-out is still being carried out (the balance and the Info Sheet): confirm the funds once it is OUT_COMPLETED.';
const NO_FUNDS =
  'CONFLICT: The Info Sheet moves no account money (0.00): there are no funds to confirm; complete the transfer-in.';
const OUT_FIRST_IN =
  'CONFLICT: The out-region completes the transfer-out first: transfer-in follows its Info Sheet (003 art 9).';
const OUT_RUNNING_IN =
  'CONFLICT: The transfer-out is still being carried out (the balance and the Info Sheet): complete the transfer-in once it is OUT_COMPLETED.';
const FUNDS_FIRST =
  'CONFLICT: The in-region confirms the account funds first (confirmFundsReceived): the account is credited at transfer-in.';
const TOO_LATE_TO_CANCEL =
  'CONFLICT: The out-region completed the transfer-out on 2024-10-10: the transfer can no longer be cancelled.';

const STEPS: Step[] = [
  'SEND_CONTACT_LETTER',
  'COMPLETE_TRANSFER_OUT',
  'CONFIRM_FUNDS',
  'SETTLE_FUNDS',
  'COMPLETE_TRANSFER_IN',
  'CANCEL',
];
const table = (rows: [TransferStatus, ...string[]][], fields: Partial<TransferRow> = {}) =>
  rows.map(([status]) => [status, ...STEPS.map((step) => outcome(transfer(status, fields), step))]);

describe('the order of a transfer’s steps (requireStep)', () => {
  it('ONLINE, national rules (330100 → 310000), an Info Sheet that moves 800.00: every step in every status', () => {
    const expected: [TransferStatus, ...string[]][] = [
      // status, then SEND_CONTACT_LETTER, COMPLETE_TRANSFER_OUT, CONFIRM_FUNDS, SETTLE_FUNDS, COMPLETE_TRANSFER_IN, CANCEL
      ['REJECTED', NO_LETTER, REJECTED, REJECTED, REJECTED, REJECTED, REJECTED],
      ['ACCEPTED', NO_LETTER, 'READY', OUT_FIRST_FUNDS, OUT_FIRST_FUNDS, OUT_FIRST_IN, 'READY'],
      ['OUT_COMPLETING', NO_LETTER, 'DONE', OUT_RUNNING_FUNDS, OUT_RUNNING_FUNDS, OUT_RUNNING_IN, TOO_LATE_TO_CANCEL],
      ['OUT_COMPLETED', NO_LETTER, 'DONE', 'READY', 'READY', FUNDS_FIRST, TOO_LATE_TO_CANCEL],
      ['FUNDS_RECEIVED', NO_LETTER, 'DONE', 'DONE', 'DONE', 'READY', TOO_LATE_TO_CANCEL],
      ['COMPLETING', NO_LETTER, 'DONE', 'DONE', 'DONE', 'DONE', TOO_LATE_TO_CANCEL],
      ['COMPLETED', NO_LETTER, 'DONE', 'DONE', 'DONE', 'DONE', TOO_LATE_TO_CANCEL],
      ['CANCELLED', NO_LETTER, CANCELLED, CANCELLED, CANCELLED, CANCELLED, 'DONE'],
    ];
    expect(table(expected)).toEqual(expected);
  });

  it('003 art 9: with a 0.00 Info Sheet there are no funds to confirm, and the transfer-in follows the transfer-out directly', () => {
    const expected: [TransferStatus, ...string[]][] = [
      ['OUT_COMPLETING', NO_LETTER, 'DONE', OUT_RUNNING_FUNDS, OUT_RUNNING_FUNDS, OUT_RUNNING_IN, TOO_LATE_TO_CANCEL],
      ['OUT_COMPLETED', NO_LETTER, 'DONE', NO_FUNDS, NO_FUNDS, 'READY', TOO_LATE_TO_CANCEL],
      ['COMPLETING', NO_LETTER, 'DONE', 'DONE', 'DONE', 'DONE', TOO_LATE_TO_CANCEL],
    ];
    expect(table(expected, { accountAmount: 0n })).toEqual(expected);
  });

  it.each([
    ['000 art 9: Guangdong as in-region (410100 → 440100)', { fromRegion: '410100', toRegion: '440100' }],
    [
      '000 art 9, 000 art 15: a switch of schemes within a Guangdong region',
      { fromRegion: '440100', toRegion: '440100' },
    ],
    ['001 art 8-9: Tianjin’s MAIL mode (120000 → 350100)', { fromRegion: '120000', toRegion: '350100', mode: 'MAIL' }],
  ] as const)(
    '%s: the Contact Letter comes first, and the transfer can be cancelled until the out-region acts',
    (_, fields) => {
      const expected: [TransferStatus, ...string[]][] = [
        ['REJECTED', REJECTED, REJECTED, REJECTED, REJECTED, REJECTED, REJECTED],
        ['ACCEPTED', 'READY', LETTER_FIRST, OUT_FIRST_FUNDS, OUT_FIRST_FUNDS, OUT_FIRST_IN, 'READY'],
        ['CONTACT_LETTER_SENT', 'DONE', 'READY', OUT_FIRST_FUNDS, OUT_FIRST_FUNDS, OUT_FIRST_IN, 'READY'],
        ['OUT_COMPLETING', 'DONE', 'DONE', OUT_RUNNING_FUNDS, OUT_RUNNING_FUNDS, OUT_RUNNING_IN, TOO_LATE_TO_CANCEL],
        ['OUT_COMPLETED', 'DONE', 'DONE', 'READY', 'READY', FUNDS_FIRST, TOO_LATE_TO_CANCEL],
        ['FUNDS_RECEIVED', 'DONE', 'DONE', 'DONE', 'DONE', 'READY', TOO_LATE_TO_CANCEL],
        ['COMPLETED', 'DONE', 'DONE', 'DONE', 'DONE', 'DONE', TOO_LATE_TO_CANCEL],
        ['CANCELLED', CANCELLED, CANCELLED, CANCELLED, CANCELLED, CANCELLED, 'DONE'],
      ];
      expect(table(expected, fields)).toEqual(expected);
    },
  );

  it('names the steps whose effects are under way: the transfer moves on by itself once they are done', () => {
    expect(IN_PROGRESS).toEqual({ OUT_COMPLETING: 'COMPLETE_TRANSFER_OUT', COMPLETING: 'COMPLETE_TRANSFER_IN' });
  });
});
