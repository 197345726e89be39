import { Conflict } from '#shared/errors.ts';
import type { TransferRow, TransferStatus } from '../db/entities/transfer.ts';
import { usesContactLetter } from './deadlines.ts';

/** Why there are no funds to confirm or settle. */
export const NO_FUNDS =
  'The Info Sheet moves no account money (0.00): there are no funds to confirm; complete the transfer-in.';

/**
 * The state machine (api.md): ACCEPTED → (CONTACT_LETTER_SENT) → OUT_COMPLETING → OUT_COMPLETED → FUNDS_RECEIVED →
 * COMPLETING → COMPLETED; REJECTED at application; CANCELLED only before the out-region acts. OUT_COMPLETING and
 * COMPLETING last while the step's effects on the other subgraphs are carried out. A step out of order is a
 * CONFLICT that says what must happen first; a step already taken is reported as DONE, so a retry changes nothing.
 */
export type Step =
  | 'SEND_CONTACT_LETTER'
  | 'COMPLETE_TRANSFER_OUT'
  | 'CONFIRM_FUNDS'
  | 'SETTLE_FUNDS'
  | 'COMPLETE_TRANSFER_IN'
  | 'CANCEL';

const ORDER: TransferStatus[] = [
  'ACCEPTED',
  'CONTACT_LETTER_SENT',
  'OUT_COMPLETING',
  'OUT_COMPLETED',
  'FUNDS_RECEIVED',
  'COMPLETING',
  'COMPLETED',
];
const RESULT: Record<Step, TransferStatus> = {
  SEND_CONTACT_LETTER: 'CONTACT_LETTER_SENT',
  COMPLETE_TRANSFER_OUT: 'OUT_COMPLETING',
  CONFIRM_FUNDS: 'FUNDS_RECEIVED',
  SETTLE_FUNDS: 'FUNDS_RECEIVED',
  COMPLETE_TRANSFER_IN: 'COMPLETING',
  CANCEL: 'CANCELLED',
};

/** The statuses in which a step's effects are under way; the transfer moves on when they are done. */
export const IN_PROGRESS: Partial<Record<TransferStatus, 'COMPLETE_TRANSFER_OUT' | 'COMPLETE_TRANSFER_IN'>> = {
  OUT_COMPLETING: 'COMPLETE_TRANSFER_OUT',
  COMPLETING: 'COMPLETE_TRANSFER_IN',
};

const CLOSED: Partial<Record<TransferStatus, string>> = {
  REJECTED: 'The application was rejected; nothing more happens to it. Apply again once the reasons are resolved.',
  CANCELLED: 'The transfer was cancelled; nothing more happens to it.',
};

export function requireStep(transfer: TransferRow, step: Step): 'READY' | 'DONE' {
  const { status } = transfer;
  const letter = usesContactLetter(transfer);
  if (step === 'SEND_CONTACT_LETTER' && !letter) {
    throw new Conflict(
      'This transfer uses no Contact Letter: only Guangdong as in-region (000 art 9) and the MAIL mode (001 art 8) do.',
    );
  }
  if (status === RESULT[step]) return 'DONE';
  const closed = CLOSED[status];
  if (closed) throw new Conflict(closed);
  const reached = ORDER.indexOf(status);
  if (step === 'CANCEL') {
    if (reached >= ORDER.indexOf('OUT_COMPLETING')) {
      throw new Conflict(
        `The out-region completed the transfer-out on ${transfer.outCompletedOn}: the transfer can no longer be cancelled.`,
      );
    }
    return 'READY';
  }
  if (reached > ORDER.indexOf(RESULT[step])) return 'DONE';
  switch (step) {
    case 'SEND_CONTACT_LETTER':
      return 'READY';
    case 'COMPLETE_TRANSFER_OUT':
      if (status === 'ACCEPTED' && letter) {
        throw new Conflict(
          'The in-region sends the Contact Letter first: the out-region acts on receiving it (000 art 9, 001 art 9).',
        );
      }
      return 'READY';
    case 'CONFIRM_FUNDS':
    case 'SETTLE_FUNDS':
      if (status === 'OUT_COMPLETING') {
        throw new Conflict(
          'The transfer-out is still being carried out (the balance and the Info Sheet): confirm the funds once it is OUT_COMPLETED.',
        );
      }
      if (status !== 'OUT_COMPLETED') {
        throw new Conflict(
          'The out-region completes the transfer-out first: the funds are confirmed against its Info Sheet.',
        );
      }
      if (transfer.accountAmount === 0n) throw new Conflict(NO_FUNDS);
      return 'READY';
    case 'COMPLETE_TRANSFER_IN':
      if (status === 'OUT_COMPLETING') {
        throw new Conflict(
          'The transfer-out is still being carried out (the balance and the Info Sheet): complete the transfer-in once it is OUT_COMPLETED.',
        );
      }
      if (status !== 'OUT_COMPLETED' && status !== 'FUNDS_RECEIVED') {
        throw new Conflict(
          'The out-region completes the transfer-out first: transfer-in follows its Info Sheet (003 art 9).',
        );
      }
      if (status === 'OUT_COMPLETED' && transfer.accountAmount !== 0n) {
        throw new Conflict(
          'The in-region confirms the account funds first (confirmFundsReceived): the account is credited at transfer-in.',
        );
      }
      return 'READY';
  }
}
