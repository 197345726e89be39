import { Forbidden, requireService } from '#shared/auth/authorize.ts';
import type { Identity } from '#shared/auth/identity.ts';
import { runMutation } from '#shared/database/mutation.ts';
import { isUuid } from '#shared/input-checks.ts';
import { settleAccountTransfer, transferOutAccountBalance } from '../commands/account-transfer.ts';
import type { AccountTransferRow } from '../db/entities/account-transfer.ts';
import { fundsOf } from '../domain/transfer-funds.ts';
import type { MutationResolvers, TransferFundsResolvers, TransferResolvers } from '../generated/resolvers.ts';

/** Who sees a transfer's money: the person, the agencies of both regions, the national level (not an employer). */
function mayReadFunds(identity: Identity, row: AccountTransferRow | null): boolean {
  if (!row || identity.role === 'NATIONAL' || identity.role === 'SERVICE') return true;
  if (identity.role === 'AGENCY') return identity.regionCode === row.fromRegion || identity.regionCode === row.toRegion;
  return identity.role === 'PERSON' && identity.personId === row.personId;
}

/** The internal steps of the transfer workflow (its service identity only), each one audited mutation. */
export const TransferFundsMutation: MutationResolvers = {
  transferOutAccountBalance: (_, args, context) => {
    requireService(context.identity);
    return runMutation(
      context,
      { operation: 'transferOutAccountBalance', personId: args.input.personId, detail: args.input },
      async (manager) => fundsOf(args.input.transferId, await transferOutAccountBalance(manager, args.input)),
    );
  },
  settleAccountTransfer: (_, args, context) => {
    requireService(context.identity);
    return runMutation(context, { operation: 'settleAccountTransfer', personId: null, detail: args }, async (manager) =>
      fundsOf(args.transferId, await settleAccountTransfer(manager, args.transferId, args)),
    );
  },
};

/** A transfer as this subgraph extends it: its money, from the ledger's own record. */
export const Transfer: TransferResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  funds: async (transfer, _, context) => {
    const row = isUuid(transfer.id) ? await context.loaders.fundsByTransfer.load(transfer.id) : null;
    if (!mayReadFunds(context.identity, row)) {
      throw new Forbidden(
        "A transfer's account money is for the person, the agencies of both regions and the national level.",
      );
    }
    if (row) context.audit.read(row.personId, 'transfer funds');
    return fundsOf(transfer.id, row);
  },
};

export const TransferFundsTypes: { TransferFunds: TransferFundsResolvers } = {
  TransferFunds: { transfer: (funds) => ({ id: funds.transferId }) },
};
