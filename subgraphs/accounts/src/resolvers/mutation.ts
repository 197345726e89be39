import { recordAccountEntry, type AccountEntryInput } from '../commands/record-account-entry.ts';
import type { AccountsContext } from '../context.ts';

export const Mutation = {
  recordAccountEntry: (_: unknown, args: { input: AccountEntryInput }, context: AccountsContext) =>
    recordAccountEntry(context.db.dataSource, context.config.personIdKey, args.input),
};
