import type { CalendarDate } from '#shared/calendar-date.ts';
import { Forbidden, requireAgency, requireService } from '#shared/auth/authorize.ts';
import { BadUserInput, InputProblems } from '#shared/errors.ts';
import { personIdFor } from '#shared/id-number.ts';
import { checkRegionCode, isUuid } from '#shared/input-checks.ts';
import type { Fen } from '#shared/money.ts';
import type { YearMonth } from '#shared/year-month.ts';
import {
  checkAccountTransferReceipt,
  declareAccountTransfer,
  receiveAccountTransfer,
  sendAccountTransfer,
  type DeclareAccountTransferInput,
} from '../commands/account-transfer.ts';
import { payOutAccountBalance, type PayoutInput } from '../commands/pay-out.ts';
import type { AccountsContext } from '../context.ts';
import { AccountTransferEntity, type AccountTransferRow } from '../db/entities/account-transfer.ts';
import type { RegionNetting, TransferFlow } from '../domain/netting.ts';
import { approvalForm, settlementNetting, type ApprovalForm } from '../queries/settlement.ts';

/** An agency sees the netting of its own province; the national level sees any, and the whole country's. */
function requireNettingReader(context: AccountsContext, province: string | null | undefined): void {
  const { identity } = context;
  if (identity.role === 'NATIONAL' || identity.role === 'SERVICE') return;
  if (identity.role === 'AGENCY' && province && province.slice(0, 2) === identity.regionCode!.slice(0, 2)) return;
  throw new Forbidden("An agency sees the netting of its own province (province: its code); the country's is for the national level.");
}

export const SettlementQuery = {
  settlementNetting: (_: unknown, args: { month: YearMonth; province?: string | null }, context: AccountsContext) => {
    requireNettingReader(context, args.province);
    return settlementNetting(context.db.dataSource, args.month, args.province);
  },

  accountTransferOutApprovalForm: (_: unknown, args: { regionCode: string; on: CalendarDate }, context: AccountsContext) => {
    const problems = new InputProblems();
    checkRegionCode(problems, 'regionCode', args.regionCode);
    problems.throwIfAny('No approval form was produced');
    requireAgency(context.identity, args.regionCode, 'The approval form');
    return approvalForm(context.db.dataSource, args.regionCode, args.on);
  },

  checkAccountTransferReceipt: async (_: unknown, args: { transferId: string; amount: Fen }, context: AccountsContext) => {
    requireService(context.identity);
    const outcome = await checkAccountTransferReceipt(context.db.dataSource, args.transferId, args.amount);
    return outcome.ok
      ? { acceptable: true, problem: null, explainedBySpending: outcome.explained }
      : { acceptable: false, problem: outcome.problem, explainedBySpending: null };
  },

  accountTransfer: (_: unknown, args: { transferId: string }, context: AccountsContext) => {
    requireService(context.identity);
    if (!isUuid(args.transferId)) throw new BadUserInput(`transferId: "${args.transferId}" is not a transfer id (a UUID).`);
    return context.db.dataSource.getRepository(AccountTransferEntity).findOneBy({ transferId: args.transferId });
  },
};

/** The internal steps: the workflow's service identity only, each on the audit trail. */
function internal(context: AccountsContext, operation: string, personId: string | null, detail: unknown) {
  requireService(context.identity);
  return context.audit.forMutation(operation, personId, detail);
}

export const SettlementMutation = {
  payOutAccountBalance: (_: unknown, args: { input: PayoutInput }, context: AccountsContext) => {
    requireAgency(context.identity, args.input.regionCode, 'A payout');
    const { bankAccount: _bank, ...detail } = args.input;
    const audited = context.audit.forMutation('payOutAccountBalance', personIdFor(context.config.personIdKey, args.input.idNumber), detail);
    return payOutAccountBalance(audited, context.config.personIdKey, args.input);
  },
  declareAccountTransfer: (_: unknown, args: { input: DeclareAccountTransferInput }, context: AccountsContext) =>
    declareAccountTransfer(internal(context, 'declareAccountTransfer', args.input.personId, args.input), args.input),
  sendAccountTransfer: (_: unknown, args: { transferId: string; on: CalendarDate }, context: AccountsContext) =>
    sendAccountTransfer(internal(context, 'sendAccountTransfer', null, args), args.transferId, args.on),
  receiveAccountTransfer: (_: unknown, args: { transferId: string; amount: Fen; on: CalendarDate }, context: AccountsContext) =>
    receiveAccountTransfer(internal(context, 'receiveAccountTransfer', null, args), args.transferId, args.amount, args.on),
};

const region = (code: string) => ({ code });

export const SettlementTypes = {
  RegionNetting: { region: (row: RegionNetting) => region(row.regionCode) },
  NettingPair: { from: (pair: TransferFlow) => region(pair.fromRegion), to: (pair: TransferFlow) => region(pair.toRegion) },
  ApprovalForm: {
    region: (form: ApprovalForm) => region(form.regionCode),
    dueBy: (form: ApprovalForm) => form.dueBy.dueOn,
    dueByProvisional: (form: ApprovalForm) => form.dueBy.provisional,
  },
  AccountTransfer: {
    declaredAmount: (row: AccountTransferRow) => row.declared,
    sentAmount: (row: AccountTransferRow) => row.sent,
    creditedAmount: (row: AccountTransferRow) => row.credited,
    explainedBySpending: (row: AccountTransferRow) => row.explained,
  },
};
