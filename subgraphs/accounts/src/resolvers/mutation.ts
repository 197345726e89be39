import { requireAgency } from '#shared/auth/authorize.ts';
import { personIdFor } from '#shared/id-number.ts';
import { recordAccountEntry, type AccountEntryInput } from '../commands/record-account-entry.ts';
import type { AccountsContext } from '../context.ts';

export const Mutation = {
  recordAccountEntry(_: unknown, args: { input: AccountEntryInput }, context: AccountsContext) {
    requireAgency(context.identity, args.input.regionCode, 'Recording an account entry');
    const audited = context.audit.forMutation('recordAccountEntry', personIdFor(context.config.personIdKey, args.input.idNumber), args.input);
    return recordAccountEntry(audited, context.config.personIdKey, args.input);
  },
};
