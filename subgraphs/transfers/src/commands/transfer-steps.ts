import type { EntityManager } from 'typeorm';
import { todayInChina, type CalendarDate } from '#shared/calendar-date.ts';
import { Conflict } from '#shared/errors.ts';
import { formatMoney, type Fen } from '#shared/money.ts';
import { findRegion } from '#shared/regions/regions.ts';
import type { Workflow } from '../context.ts';
import { TransferEntity, type TransferRow } from '../db/entities/transfer.ts';
import { TransferDocumentEntity, type Actor } from '../db/entities/workflow-records.ts';
import { infoSheetContent, type ContactLetterContent } from '../domain/info-sheet.ts';
import { requireStep, type Step } from '../domain/steps.ts';
import { canonicalJson } from '../seal/agency-seal.ts';
import { checkStepDate, findTransfer, lockTransfer, recordStep } from './record.ts';

/** Every step: the transfer, the business date (default today), who acts, and a note for the timeline. */
export interface StepOptions {
  on?: CalendarDate | null;
  actor?: Actor;
  note?: string;
}

/** Runs a step's transaction once it is READY; a step already taken returns the transfer unchanged. */
async function step(
  workflow: Workflow,
  id: string,
  name: Step,
  apply: (transfer: TransferRow, manager: EntityManager) => Promise<TransferRow>,
): Promise<TransferRow> {
  return workflow.dataSource.transaction(async (manager) => {
    const transfer = await lockTransfer(manager, id);
    return requireStep(transfer, name) === 'DONE' ? transfer : apply(transfer, manager);
  });
}

/** The in-agency's Contact Letter (联系函), sealed by it: Guangdong as in-region, Tianjin's MAIL mode. */
export async function sendContactLetter(workflow: Workflow, id: string, options: StepOptions = {}): Promise<TransferRow> {
  const on = options.on ?? todayInChina();
  return step(workflow, id, 'SEND_CONTACT_LETTER', async (transfer, manager) => {
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
    return recordStep(manager, { ...transfer, status: 'CONTACT_LETTER_SENT', contactLetterOn: on }, {
      event: { step: 'CONTACT_LETTER_SENT', actor: options.actor ?? 'IN_AGENCY', on, note: options.note },
    });
  });
}

/**
 * The out-agency completes the transfer-out (003 art 8): the accounts subgraph records the balance, which
 * the Info Sheet shows; the sheet (rows from the contribution periods) is sealed by the out-agency; paying the
 * balance over is recorded as an effect and carried out by the effect runner.
 */
export async function completeTransferOut(workflow: Workflow, id: string, options: StepOptions = {}): Promise<TransferRow> {
  const on = options.on ?? todayInChina();
  const before = await findTransfer(workflow.dataSource, id);
  if (requireStep(before, 'COMPLETE_TRANSFER_OUT') === 'DONE') return before;
  checkStepDate(on, todayInChina(), before.contactLetterOn ?? before.appliedOn, before.contactLetterOn ? 'the Contact Letter' : 'the application');
  const { services, seals } = workflow;
  const declared = await services.declareAccountTransfer({
    transferId: id,
    personId: before.personId,
    fromRegion: before.fromRegion,
    toRegion: before.toRegion,
    on,
  });
  const [person, contributions] = await Promise.all([services.person(before.personId), services.contributions(before.personId, before.fromRegion)]);
  const content = infoSheetContent({
    transferId: id,
    person: { id: before.personId, name: person?.name ?? '', gender: person?.gender ?? null },
    periods: contributions.periods,
    accountAmount: declared,
    issuerRegion: before.fromRegion,
    issuedOn: on,
  });
  const text = canonicalJson(content);
  const signature = seals.sign(before.fromRegion, text);
  const transfer = await step(workflow, id, 'COMPLETE_TRANSFER_OUT', async (locked, manager) => {
    await manager.insert(TransferDocumentEntity, { transferId: id, kind: 'INFO_SHEET', issuerRegion: locked.fromRegion, issuedOn: on, content: text, signature });
    return recordStep(manager, { ...locked, status: 'OUT_COMPLETED', outCompletedOn: on, accountAmount: declared }, {
      event: { step: 'TRANSFER_OUT_COMPLETED', actor: options.actor ?? 'OUT_AGENCY', on, note: options.note ?? `Info Sheet issued; account amount ${formatMoney(declared)}` },
      effects: [{ operation: 'SEND_ACCOUNT_BALANCE', payload: { on } }],
    });
  });
  workflow.effects.kick();
  return transfer;
}

/**
 * The in-agency confirms the account money that arrived: it must reconcile with the Info Sheet, spending
 * after the sheet explaining any shortfall (003 art 9, 000 art 10); otherwise nothing is recorded.
 */
export async function confirmFundsReceived(workflow: Workflow, id: string, amount: Fen, options: StepOptions = {}): Promise<TransferRow> {
  const on = options.on ?? todayInChina();
  const before = await findTransfer(workflow.dataSource, id);
  if (requireStep(before, 'CONFIRM_FUNDS') === 'DONE') {
    if (before.funds !== amount) {
      throw new Conflict(`The funds were already confirmed as ${formatMoney(before.funds!)}; they are not confirmed twice.`);
    }
    return before;
  }
  checkStepDate(on, todayInChina(), before.outCompletedOn, 'the transfer-out');
  await workflow.effects.runPending(id); // the balance must have gone out before it can be confirmed
  const check = await workflow.services.checkAccountTransferReceipt(id, amount);
  if (!check.acceptable) throw new Conflict(`Nothing was recorded: ${check.problem}.`);
  return step(workflow, id, 'CONFIRM_FUNDS', (transfer, manager) =>
    recordStep(manager, { ...transfer, status: 'FUNDS_RECEIVED', funds: amount, fundsReceivedOn: on }, {
      event: { step: 'FUNDS_RECEIVED', actor: options.actor ?? 'IN_AGENCY', on, note: options.note ?? `${formatMoney(amount)} received` },
    }),
  );
}

/**
 * The in-agency completes the transfer-in (003 art 9): the account is credited and the out-region
 * enrollment terminates (003 art 13), both as effects carried out by the effect runner.
 */
export async function completeTransferIn(workflow: Workflow, id: string, options: StepOptions = {}): Promise<TransferRow> {
  const on = options.on ?? todayInChina();
  const transfer = await step(workflow, id, 'COMPLETE_TRANSFER_IN', (locked, manager) => {
    checkStepDate(on, todayInChina(), locked.fundsReceivedOn ?? locked.outCompletedOn, 'the previous step');
    const credit = locked.funds ?? 0n;
    return recordStep(manager, { ...locked, status: 'COMPLETED', completedOn: on }, {
      event: { step: 'TRANSFER_IN_COMPLETED', actor: options.actor ?? 'IN_AGENCY', on, note: options.note },
      effects: [
        ...(credit > 0n ? [{ operation: 'CREDIT_ACCOUNT' as const, payload: { amountFen: credit.toString(), on } }] : []),
        { operation: 'CLOSE_OUT_ENROLLMENT', payload: { personId: locked.personId, regionCode: locked.fromRegion, on } },
      ],
    });
  });
  workflow.effects.kick();
  return transfer;
}

/** Cancels, only before the out-region has acted. */
export async function cancelTransfer(workflow: Workflow, id: string, options: StepOptions = {}): Promise<TransferRow> {
  const on = options.on ?? todayInChina();
  return step(workflow, id, 'CANCEL', (transfer, manager) => {
    checkStepDate(on, todayInChina(), transfer.appliedOn, 'the application');
    return recordStep(manager, { ...transfer, status: 'CANCELLED', cancelledOn: on }, {
      event: { step: 'CANCELLED', actor: options.actor ?? transfer.applicant, on, note: options.note },
    });
  });
}

export const loadTransfer = (workflow: Workflow, id: string) => workflow.dataSource.getRepository(TransferEntity).findOneByOrFail({ id });
