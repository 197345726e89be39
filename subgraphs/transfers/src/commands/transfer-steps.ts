import type { EntityManager } from 'typeorm';
import { todayInChina, type CalendarDate } from '#shared/calendar-date.ts';
import { BadUserInput, Conflict } from '#shared/errors.ts';
import { formatMoney, type Fen } from '#shared/money.ts';
import { findRegion } from '#shared/regions/regions.ts';
import type { Workflow } from '../context.ts';
import type { FundsDecision, TransferRow } from '../db/entities/transfer.ts';
import { TransferDocumentEntity, type Actor } from '../db/entities/workflow-records.ts';
import type { ContactLetterContent } from '../domain/info-sheet.ts';
import { NO_FUNDS, requireStep, type Step } from '../domain/steps.ts';
import { canonicalJson } from '../seal/agency-seal.ts';
import { checkStepDate, lockTransfer, recordStep } from './record.ts';

/**
 * The steps of a transfer, each inside the mutation's one transaction (the caller's `manager`): the transfer is
 * locked, the step checked against the state machine, recorded with its event and deadlines, and its effects on
 * other subgraphs enqueued on the job engine in the same transaction. A step already taken returns the transfer
 * as it is, so clients can retry.
 */
export interface StepOptions {
  on?: CalendarDate | null;
  actor?: Actor;
  note?: string;
}

async function step(
  manager: EntityManager,
  id: string,
  name: Step,
  apply: (transfer: TransferRow) => Promise<TransferRow>,
): Promise<TransferRow> {
  const transfer = await lockTransfer(manager, id);
  return requireStep(transfer, name) === 'DONE' ? transfer : apply(transfer);
}

/** The in-agency's Contact Letter (联系函), sealed by it: Guangdong as in-region, Tianjin's MAIL mode. */
export function sendContactLetter(
  manager: EntityManager,
  workflow: Workflow,
  id: string,
  options: StepOptions = {},
): Promise<TransferRow> {
  const on = options.on ?? todayInChina();
  return step(manager, id, 'SEND_CONTACT_LETTER', async (transfer) => {
    checkStepDate(on, todayInChina(), transfer.appliedOn, 'the application');
    const content: ContactLetterContent = {
      document: 'CONTACT_LETTER',
      transferId: transfer.id,
      personId: transfer.personId,
      fromRegion: transfer.fromRegion,
      toRegion: transfer.toRegion,
      issuer: { regionCode: transfer.toRegion, agencyName: findRegion(transfer.toRegion)!.agencyName },
      issuedOn: on,
    };
    const text = canonicalJson(content);
    await manager.insert(TransferDocumentEntity, {
      transferId: transfer.id,
      kind: 'CONTACT_LETTER',
      issuerRegion: transfer.toRegion,
      issuedOn: on,
      content: text,
      signature: workflow.seals.sign(transfer.toRegion, text),
    });
    return recordStep(
      manager,
      { ...transfer, status: 'CONTACT_LETTER_SENT', contactLetterOn: on },
      {
        event: { step: 'CONTACT_LETTER_SENT', actor: options.actor ?? 'IN_AGENCY', on, note: options.note },
      },
    );
  });
}

/**
 * The out-agency completes the transfer-out (003 art 8). The engine then moves the whole account balance into
 * transit and seals the Info Sheet that declares it (`effects/step-effects.ts`): until both are done the
 * transfer is OUT_COMPLETING.
 */
export function completeTransferOut(
  manager: EntityManager,
  workflow: Workflow,
  id: string,
  options: StepOptions = {},
): Promise<TransferRow> {
  const on = options.on ?? todayInChina();
  return step(manager, id, 'COMPLETE_TRANSFER_OUT', async (transfer) => {
    checkStepDate(
      on,
      todayInChina(),
      transfer.contactLetterOn ?? transfer.appliedOn,
      transfer.contactLetterOn ? 'the Contact Letter' : 'the application',
    );
    const recorded = await recordStep(
      manager,
      { ...transfer, status: 'OUT_COMPLETING', outCompletedOn: on },
      {
        event: { step: 'TRANSFER_OUT_COMPLETED', actor: options.actor ?? 'OUT_AGENCY', on, note: options.note },
      },
    );
    await workflow.effects.enqueue(manager, id, 'COMPLETE_TRANSFER_OUT');
    return recorded;
  });
}

/**
 * The in-agency confirms the account money that arrived (003 art 9): the amount the Info Sheet declares, which
 * left the out-region account in the same act. Any other amount is refused with the difference, and the in-region
 * settles it explicitly (`settleTransferFunds`).
 */
export function confirmFundsReceived(
  manager: EntityManager,
  id: string,
  amount: Fen,
  options: StepOptions = {},
): Promise<TransferRow> {
  const on = options.on ?? todayInChina();
  return step(manager, id, 'CONFIRM_FUNDS', async (transfer) => {
    checkStepDate(on, todayInChina(), transfer.outCompletedOn, 'the transfer-out');
    const declared = transfer.accountAmount!;
    if (amount !== declared) {
      throw new Conflict(
        `Nothing was recorded: the Info Sheet declares ${formatMoney(declared)}, which left the out-region account on ` +
          `${transfer.outCompletedOn}; ${formatMoney(amount)} differs by ${formatMoney(amount - declared)}. If that is what ` +
          `arrived, settle it with settleTransferFunds: CREDIT_RECEIVED credits what arrived (at most ${formatMoney(declared)}) ` +
          'and returns the rest to the out-region account, RETURN_TO_OUT_REGION returns all of it.',
      );
    }
    return recordStep(
      manager,
      { ...transfer, status: 'FUNDS_RECEIVED', funds: amount, fundsReceivedOn: on },
      {
        event: {
          step: 'FUNDS_RECEIVED',
          actor: options.actor ?? 'IN_AGENCY',
          on,
          note: options.note ?? `${formatMoney(amount)} received`,
        },
      },
    );
  }).then((transfer) => settledAs(transfer, null, amount, 'confirmed'));
}

/**
 * A funds step asked again once the funds are settled: the same answer when it asks for what was recorded (a
 * retry), a CONFLICT saying what was recorded when it asks for something else, or when there was nothing to settle.
 */
function settledAs(
  transfer: TransferRow,
  decision: FundsDecision | null,
  funds: Fen,
  verb: 'confirmed' | 'settled',
): TransferRow {
  if (transfer.funds === null) throw new Conflict(NO_FUNDS);
  if (transfer.fundsDecision !== decision || transfer.funds !== funds) {
    const recorded = transfer.fundsDecision
      ? `settled (${transfer.fundsDecision}, ${formatMoney(transfer.funds)} credited)`
      : `confirmed as ${formatMoney(transfer.funds)}`;
    throw new Conflict(`The funds were already ${recorded}; they are not ${verb} twice.`);
  }
  return transfer;
}

/**
 * The in-region's explicit decision on funds that do not match the Info Sheet: credit what arrived (the rest of
 * what was sent goes back to the out-region account at transfer-in), or return all of it. Audited like every
 * mutation; the money moves at transfer-in, through the ledger's one function.
 */
export function settleTransferFunds(
  manager: EntityManager,
  id: string,
  decision: FundsDecision,
  amount: Fen | null,
  options: StepOptions = {},
): Promise<TransferRow> {
  const on = options.on ?? todayInChina();
  return step(manager, id, 'SETTLE_FUNDS', async (transfer) => {
    checkStepDate(on, todayInChina(), transfer.outCompletedOn, 'the transfer-out');
    const declared = transfer.accountAmount!;
    if (decision === 'CREDIT_RECEIVED' && (amount === null || amount <= 0n || amount > declared)) {
      throw new BadUserInput(
        `amount: give what arrived, more than 0.00 and at most the ${formatMoney(declared)} sent.`,
      );
    }
    if (decision === 'RETURN_TO_OUT_REGION' && amount !== null) {
      throw new BadUserInput('amount: leave it out; RETURN_TO_OUT_REGION returns all of the money sent.');
    }
    const funds = decision === 'CREDIT_RECEIVED' ? amount! : 0n;
    const note =
      decision === 'CREDIT_RECEIVED'
        ? `${formatMoney(funds)} of ${formatMoney(declared)} credited; ${formatMoney(declared - funds)} returns to the out-region account`
        : `${formatMoney(declared)} returns to the out-region account`;
    return recordStep(
      manager,
      { ...transfer, status: 'FUNDS_RECEIVED', funds, fundsDecision: decision, fundsReceivedOn: on },
      {
        event: { step: 'FUNDS_SETTLED', actor: options.actor ?? 'IN_AGENCY', on, note: options.note ?? note },
      },
    );
  }).then((transfer) => settledAs(transfer, decision, decision === 'CREDIT_RECEIVED' ? (amount ?? 0n) : 0n, 'settled'));
}

/**
 * The in-agency completes the transfer-in (003 art 9). The engine then settles the money (credits the in-region
 * account) and terminates the out-region enrollment (003 art 13): until both are done the transfer is COMPLETING.
 */
export function completeTransferIn(
  manager: EntityManager,
  workflow: Workflow,
  id: string,
  options: StepOptions = {},
): Promise<TransferRow> {
  const on = options.on ?? todayInChina();
  return step(manager, id, 'COMPLETE_TRANSFER_IN', async (transfer) => {
    checkStepDate(on, todayInChina(), transfer.fundsReceivedOn ?? transfer.outCompletedOn, 'the previous step');
    const recorded = await recordStep(
      manager,
      { ...transfer, status: 'COMPLETING', completedOn: on },
      {
        event: { step: 'TRANSFER_IN_COMPLETED', actor: options.actor ?? 'IN_AGENCY', on, note: options.note },
      },
    );
    await workflow.effects.enqueue(manager, id, 'COMPLETE_TRANSFER_IN');
    return recorded;
  });
}

/** Cancels, only before the out-region has acted (no money has moved then). */
export function cancelTransfer(manager: EntityManager, id: string, options: StepOptions = {}): Promise<TransferRow> {
  const on = options.on ?? todayInChina();
  return step(manager, id, 'CANCEL', (transfer) => {
    const since = transfer.contactLetterOn ? 'the Contact Letter' : 'the application';
    checkStepDate(on, todayInChina(), transfer.contactLetterOn ?? transfer.appliedOn, since);
    return recordStep(
      manager,
      { ...transfer, status: 'CANCELLED', cancelledOn: on },
      {
        event: { step: 'CANCELLED', actor: options.actor ?? transfer.applicant, on, note: options.note },
      },
    );
  });
}
