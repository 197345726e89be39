import { requireAgency } from '#shared/auth/authorize.ts';
import { runMutation } from '#shared/database/mutation.ts';
import { prepareAccountEntry } from '../commands/record-account-entry.ts';
import { checkPayoutConditions, payOutAccountBalance, preparePayout } from '../commands/pay-out.ts';
import type { MutationResolvers } from '../generated/resolvers.ts';
import { entryIdempotency } from '../ledger/idempotent.ts';
import { postEntry } from '../ledger/post-entry.ts';

export const Mutation: MutationResolvers = {
  recordAccountEntry(_, args, context) {
    requireAgency(context.identity, args.input.regionCode, 'Recording an account entry');
    const { posting, hash } = prepareAccountEntry(context.config.personIdKey, args.input);
    return runMutation(
      context,
      { operation: 'recordAccountEntry', personId: posting.personId, detail: args.input },
      (manager) => postEntry(manager, posting),
      entryIdempotency(posting.idempotencyKey ?? null, hash, 'entry'),
    );
  },

  async payOutAccountBalance(_, args, context) {
    requireAgency(context.identity, args.input.regionCode, 'A payout');
    const payout = preparePayout(context.config.personIdKey, args.input);
    await checkPayoutConditions(context.config, payout);
    const { bankAccount: _bank, ...detail } = args.input;
    return runMutation(
      context,
      { operation: 'payOutAccountBalance', personId: payout.personId, detail },
      (manager) => payOutAccountBalance(manager, payout),
      entryIdempotency(payout.key, payout.hash, 'payout'),
    );
  },
};
