import { previewTransfer } from '../commands/apply.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { authorizeApplication } from './access.ts';
import { deadlineView } from './transfer.ts';

export const PreviewQuery: QueryResolvers = {
  /** A dry run of an application, open to whoever may apply: every check, the deadlines, the continuity. */
  transferPreview: async (_, args, context) => {
    const preview = await previewTransfer(context.workflow, args.input);
    authorizeApplication(context, args.input, preview.personId);
    return { ...preview, deadlines: preview.deadlines.map((deadline) => deadlineView(deadline, 'ACCEPTED')) };
  },
};
