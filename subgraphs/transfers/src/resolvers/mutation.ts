import type { CalendarDate } from '#shared/calendar-date.ts';
import type { Fen } from '#shared/money.ts';
import { applyForTransfer, previewTransfer, type TransferApplicationInput } from '../commands/apply.ts';
import {
  cancelTransfer,
  completeTransferIn,
  completeTransferOut,
  confirmFundsReceived,
  sendContactLetter,
} from '../commands/transfer-steps.ts';
import type { TransfersContext } from '../context.ts';
import { deadlineView } from './transfer.ts';

type StepArgs = { transferId: string; on?: CalendarDate | null };

export const PreviewQuery = {
  transferPreview: async (_: unknown, args: { input: TransferApplicationInput }, context: TransfersContext) => {
    const preview = await previewTransfer(context.workflow, args.input);
    return { ...preview, deadlines: preview.deadlines.map((deadline) => deadlineView(deadline, 'ACCEPTED')) };
  },
};

export const Mutation = {
  applyForTransfer: (_: unknown, args: { input: TransferApplicationInput }, context: TransfersContext) =>
    applyForTransfer(context.workflow, args.input),
  sendContactLetter: (_: unknown, args: StepArgs, context: TransfersContext) =>
    sendContactLetter(context.workflow, args.transferId, { on: args.on }),
  completeTransferOut: (_: unknown, args: StepArgs, context: TransfersContext) =>
    completeTransferOut(context.workflow, args.transferId, { on: args.on }),
  confirmFundsReceived: (_: unknown, args: StepArgs & { amount: Fen }, context: TransfersContext) =>
    confirmFundsReceived(context.workflow, args.transferId, args.amount, { on: args.on }),
  completeTransferIn: (_: unknown, args: StepArgs, context: TransfersContext) =>
    completeTransferIn(context.workflow, args.transferId, { on: args.on }),
  cancelTransfer: (_: unknown, args: StepArgs, context: TransfersContext) =>
    cancelTransfer(context.workflow, args.transferId, { on: args.on }),
};
