import { requireAgency } from '#shared/auth/authorize.ts';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { personIdFor } from '#shared/id-number.ts';
import type { Fen } from '#shared/money.ts';
import { applyForTransfer, previewTransfer, type TransferApplicationInput } from '../commands/apply.ts';
import { findTransfer } from '../commands/record.ts';
import {
  cancelTransfer,
  completeTransferIn,
  completeTransferOut,
  confirmFundsReceived,
  sendContactLetter,
} from '../commands/transfer-steps.ts';
import type { TransfersContext, Workflow } from '../context.ts';
import type { TransferRow } from '../db/entities/transfer.ts';
import { authorizeApplication, requireTransferAccess } from './access.ts';
import { deadlineView } from './transfer.ts';

type StepArgs = { transferId: string; on?: CalendarDate | null };

/** The workflow for this request: its transactions each write the mutation's audit row. */
function audited(context: TransfersContext, operation: string, personId: string | null, detail: unknown): Workflow {
  return { ...context.workflow, dataSource: context.audit.forMutation(operation, personId, detail) };
}

/** A step is taken by the agency of the region that acts (out-region or in-region), or the national level. */
async function agencyStep(
  context: TransfersContext,
  operation: string,
  args: StepArgs,
  actingRegion: (transfer: TransferRow) => string,
  what: string,
): Promise<{ transfer: TransferRow; workflow: Workflow }> {
  const transfer = await findTransfer(context.db.dataSource, args.transferId);
  requireAgency(context.identity, actingRegion(transfer), what);
  return { transfer, workflow: audited(context, operation, transfer.personId, args) };
}

const inRegion = (transfer: TransferRow) => transfer.toRegion;
const outRegion = (transfer: TransferRow) => transfer.fromRegion;

export const PreviewQuery = {
  transferPreview: async (_: unknown, args: { input: TransferApplicationInput }, context: TransfersContext) => {
    authorizeApplication(context, args.input);
    const preview = await previewTransfer(context.workflow, args.input);
    return { ...preview, deadlines: preview.deadlines.map((deadline) => deadlineView(deadline, 'ACCEPTED')) };
  },
};

export const Mutation = {
  applyForTransfer: (_: unknown, args: { input: TransferApplicationInput }, context: TransfersContext) => {
    const employerId = authorizeApplication(context, args.input);
    const personId = personIdFor(context.config.personIdKey, args.input.idNumber);
    return applyForTransfer(audited(context, 'applyForTransfer', personId, args.input), args.input, employerId);
  },
  sendContactLetter: async (_: unknown, args: StepArgs, context: TransfersContext) => {
    const { workflow } = await agencyStep(context, 'sendContactLetter', args, inRegion, 'The Contact Letter');
    return sendContactLetter(workflow, args.transferId, { on: args.on });
  },
  completeTransferOut: async (_: unknown, args: StepArgs, context: TransfersContext) => {
    const { workflow } = await agencyStep(context, 'completeTransferOut', args, outRegion, 'Completing the transfer-out');
    return completeTransferOut(workflow, args.transferId, { on: args.on });
  },
  confirmFundsReceived: async (_: unknown, args: StepArgs & { amount: Fen }, context: TransfersContext) => {
    const { workflow } = await agencyStep(context, 'confirmFundsReceived', args, inRegion, 'Confirming the funds');
    return confirmFundsReceived(workflow, args.transferId, args.amount, { on: args.on });
  },
  completeTransferIn: async (_: unknown, args: StepArgs, context: TransfersContext) => {
    const { workflow } = await agencyStep(context, 'completeTransferIn', args, inRegion, 'Completing the transfer-in');
    return completeTransferIn(workflow, args.transferId, { on: args.on });
  },
  /** Whoever may see the transfer may withdraw it while the out-region has not acted. */
  cancelTransfer: async (_: unknown, args: StepArgs, context: TransfersContext) => {
    const transfer = await findTransfer(context.db.dataSource, args.transferId);
    requireTransferAccess(context.identity, transfer);
    const actor = context.identity.role === 'AGENCY' ? (context.identity.regionCode === transfer.toRegion ? 'IN_AGENCY' : 'OUT_AGENCY') : undefined;
    return cancelTransfer(audited(context, 'cancelTransfer', transfer.personId, args), args.transferId, { on: args.on, ...(actor ? { actor } : {}) });
  },
};
