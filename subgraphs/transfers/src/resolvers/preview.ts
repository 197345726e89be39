import { previewTransfer, type TransferApplicationInput } from '../commands/apply.ts';
import type { TransfersContext } from '../context.ts';
import { authorizeApplication } from './access.ts';
import { deadlineView } from './transfer.ts';

export const PreviewQuery = {
  /** A dry run of an application, open to whoever may apply: every check, the deadlines, the continuity. */
  transferPreview: async (_: unknown, args: { input: TransferApplicationInput }, context: TransfersContext) => {
    const preview = await previewTransfer(context.workflow, args.input);
    authorizeApplication(context, args.input, preview.personId);
    return { ...preview, deadlines: preview.deadlines.map((deadline) => deadlineView(deadline, 'ACCEPTED')) };
  },
};
