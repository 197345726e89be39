import type { CalendarDate } from '#shared/calendar-date.ts';
import { addWorkingDays } from '#shared/calendar/working-days.ts';
import {
  mailDeadlinesBetween,
  policyFor,
  type Cited,
  type RegionPolicy,
  type TransferDeadlines,
} from '#shared/rules/region-policy.ts';
import type { TransferRow, TransferStatus } from '../db/entities/transfer.ts';

export type DeadlineStep = 'CONTACT_LETTER' | 'TRANSFER_OUT' | 'TRANSFER_IN' | 'ACCOUNT_CREDIT';

export interface Deadline {
  step: DeadlineStep;
  dueOn: CalendarDate;
  completedOn: CalendarDate | null;
  provisional: boolean;
  workingDays: number;
  rule: string;
}

/** The dates a transfer's deadlines run from: the steps done so far. */
export type TransferDates = Pick<
  TransferRow,
  | 'fromRegion'
  | 'toRegion'
  | 'mode'
  | 'appliedOn'
  | 'contactLetterOn'
  | 'outCompletedOn'
  | 'fundsReceivedOn'
  | 'completedOn'
>;

/**
 * A Contact Letter (联系函) comes first where the in-region is in Guangdong (000 art 9) — in a switch of schemes
 * within one Guangdong region too, which follows the same procedure (000 art 15) — and in Tianjin's mail mode
 * (001 art 8-9).
 */
export function usesContactLetter(transfer: Pick<TransferRow, 'toRegion' | 'mode'>): boolean {
  return transfer.mode === 'MAIL' || policyFor(transfer.toRegion).deadlines.contactLetter !== null;
}

/** The deadlines a region keeps in a mode: in the mail mode, those of the region that has it (001 art 8-9). */
function periods(
  transfer: Pick<TransferRow, 'fromRegion' | 'toRegion' | 'mode'>,
  policy: RegionPolicy,
): TransferDeadlines {
  return transfer.mode === 'MAIL'
    ? (policy.mailDeadlines ?? mailDeadlinesBetween(transfer.fromRegion, transfer.toRegion)!)
    : policy.deadlines;
}

function deadline(
  step: DeadlineStep,
  from: CalendarDate,
  cited: Cited<number>,
  completedOn: CalendarDate | null,
): Deadline {
  const { dueOn, provisional } = addWorkingDays(from, cited.value);
  return { step, dueOn, completedOn, provisional, workingDays: cited.value, rule: cited.rule };
}

/**
 * Each step's deadline in working days from its triggering event (the day of the event not counted), by the
 * rule set of the region that must act: the out-region for transfer-out, the in-region for the Contact Letter,
 * transfer-in and crediting the account. A deadline appears once its triggering event has happened.
 */
export function deadlinesFor(transfer: TransferDates): Deadline[] {
  const outRules = periods(transfer, policyFor(transfer.fromRegion));
  const inRules = periods(transfer, policyFor(transfer.toRegion));
  const result: Deadline[] = [];
  const letter = usesContactLetter(transfer);
  if (letter) {
    const rule = inRules.contactLetter!;
    result.push(deadline('CONTACT_LETTER', transfer.appliedOn, rule, transfer.contactLetterOn));
  }
  const outStart = letter ? transfer.contactLetterOn : transfer.appliedOn;
  if (outStart) result.push(deadline('TRANSFER_OUT', outStart, outRules.transferOut, transfer.outCompletedOn));
  if (transfer.outCompletedOn)
    result.push(deadline('TRANSFER_IN', transfer.outCompletedOn, inRules.transferIn, transfer.completedOn));
  if (transfer.fundsReceivedOn) {
    result.push(deadline('ACCOUNT_CREDIT', transfer.fundsReceivedOn, inRules.accountCredit, transfer.completedOn));
  }
  return result;
}

const CLOSED: TransferStatus[] = ['REJECTED', 'CANCELLED'];

/** Late: done after its due date, or not done and the due date has passed (a closed transfer owes nothing). */
export function isOverdue(
  deadline: Pick<Deadline, 'dueOn' | 'completedOn'>,
  status: TransferStatus,
  today: CalendarDate,
): boolean {
  if (deadline.completedOn) return deadline.completedOn > deadline.dueOn;
  return !CLOSED.includes(status) && today > deadline.dueOn;
}
