import { Forbidden, requireAgency } from '#shared/auth/authorize.ts';
import { InputProblems } from '#shared/errors.ts';
import { checkRegionCode } from '#shared/input-checks.ts';
import { sameProvince } from '#shared/regions/regions.ts';
import type { AccountsContext } from '../context.ts';
import type { QueryResolvers, Resolvers } from '../generated/resolvers.ts';
import { approvalForm, settlementNetting } from '../queries/settlement.ts';

/** An agency sees the netting of its own province; the national level sees any, and the whole country's. */
function requireNettingReader(context: AccountsContext, province: string | null | undefined): void {
  const { identity } = context;
  if (identity.role === 'NATIONAL' || identity.role === 'SERVICE') return;
  if (identity.role === 'AGENCY' && province && sameProvince(province, identity.regionCode!)) return;
  throw new Forbidden(
    "An agency sees the netting of its own province (province: its code); the country's is for the national level.",
  );
}

export const SettlementQuery: QueryResolvers = {
  settlementNetting: (_, args, context) => {
    requireNettingReader(context, args.province);
    return settlementNetting(context.db.dataSource, args.month, args.province);
  },

  accountTransferOutApprovalForm: (_, args, context) => {
    const problems = new InputProblems();
    checkRegionCode(problems, 'regionCode', args.regionCode);
    problems.throwIfAny('No approval form was produced');
    requireAgency(context.identity, args.regionCode, 'The approval form');
    return approvalForm(context.db.dataSource, args.regionCode, args.on);
  },
};

const region = (code: string) => ({ code });

export const SettlementTypes: Pick<Resolvers, 'RegionNetting' | 'NettingPair' | 'ApprovalForm'> = {
  RegionNetting: { region: (row) => region(row.regionCode) },
  NettingPair: {
    from: (pair) => region(pair.fromRegion),
    to: (pair) => region(pair.toRegion),
  },
  ApprovalForm: {
    region: (form) => region(form.regionCode),
    dueBy: (form) => form.dueBy.dueOn,
    dueByProvisional: (form) => form.dueBy.provisional,
  },
};
