import type { CalendarDate } from '../../../../shared/src/calendar-date.ts';
import type { Fen } from '../../../../shared/src/money.ts';
import type { YearMonth } from '../../../../shared/src/year-month.ts';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRepresentation } from '../../../../shared/src/auth/person-guard.ts';
import type { RegionReference } from '../../../../shared/src/regions/region-reference.ts';
import type { PersonalAccountRow } from '../db/entities/personal-account.ts';
import type { AccountEntryRow } from '../db/entities/account-entry.ts';
import type { TransferFunds as TransferFundsModel, TransferReference } from '../domain/transfer-funds.ts';
import type { SettlementNetting as SettlementNettingModel, ApprovalForm as ApprovalFormModel } from '../queries/settlement.ts';
import type { RegionNetting as RegionNettingModel, TransferFlow } from '../domain/netting.ts';
import type { AccountsContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day in China time, "YYYY-MM-DD". */
  Date: { input: CalendarDate; output: CalendarDate; }
  /** An instant, ISO-8601 with offset. */
  DateTime: { input: Date; output: Date; }
  /** An amount in yuan with exactly two decimals, as a string: "1234.56". Held as integer fen. */
  Money: { input: Fen; output: Fen; }
  /** A calendar month, "YYYY-MM". */
  YearMonth: { input: YearMonth; output: YearMonth; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** One ledger entry. Entries are never changed: a correction is a new ADJUSTMENT entry. */
export type AccountEntry = {
  __typename?: 'AccountEntry';
  /** Always positive; `direction` says whether it went in or out. */
  amount: Scalars['Money']['output'];
  /** The balance right after this entry, in recording order. */
  balanceAfter: Scalars['Money']['output'];
  /** Where a PAYOUT went (the bank account, masked). */
  destination?: Maybe<Scalars['String']['output']>;
  direction: EntryDirection;
  id: Scalars['ID']['output'];
  kind: AccountEntryKind;
  /** The business date. */
  on: Scalars['Date']['output'];
  recordedAt: Scalars['DateTime']['output'];
  transferId?: Maybe<Scalars['ID']['output']>;
};

export type AccountEntryInput = {
  amount: Scalars['Money']['input'];
  /** For ADJUSTMENT only: CREDIT (default) adds to the balance, DEBIT takes from it. */
  direction?: InputMaybe<EntryDirection>;
  idNumber: Scalars['String']['input'];
  /** The document type: a resident ID card unless given. */
  idType?: InputMaybe<IdType>;
  /** Makes retries safe: the same key and input return the first result; another input under it is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A passport's issuing state (ISO 3166-1 alpha-3). */
  issuingCountry?: InputMaybe<Scalars['String']['input']>;
  /** ALLOCATION, SPENDING or ADJUSTMENT; the other kinds are made by the transfer workflow. */
  kind: AccountEntryKind;
  /** The business date; today (China time) when left out. */
  on?: InputMaybe<Scalars['Date']['input']>;
  regionCode: Scalars['String']['input'];
};

export type AccountEntryKind =
  /** A correction by the agency. */
  | 'ADJUSTMENT'
  /** Contributions credited to the account (划入). */
  | 'ALLOCATION'
  /** The balance paid to the person's bank account instead of a transfer. */
  | 'PAYOUT'
  /** Money returned to the account. */
  | 'REFUND'
  /** Paid out for medical costs. */
  | 'SPENDING'
  /** A transferred balance arriving in this region. */
  | 'TRANSFER_IN'
  /** The balance leaving this region in a transfer. */
  | 'TRANSFER_OUT';

export type ApprovalForm = {
  __typename?: 'ApprovalForm';
  dueBy: Scalars['Date']['output'];
  /** True when the due date lies past the last published holiday calendar. */
  dueByProvisional: Scalars['Boolean']['output'];
  on: Scalars['Date']['output'];
  region: Region;
  rows: Array<NettingPair>;
  rule: Scalars['String']['output'];
  total: Scalars['Money']['output'];
};

/** A month in which the person spent from their personal account in a region (benefits used). */
export type BenefitUse = {
  __typename?: 'BenefitUse';
  month: Scalars['YearMonth']['output'];
  regionCode: Scalars['String']['output'];
};

export type EntryDirection =
  | 'CREDIT'
  | 'DEBIT';

/** The identity documents people insured on the mainland are known by (证件类型); see the enrollment subgraph. */
export type IdType =
  | 'FOREIGN_PERMANENT_RESIDENT_ID_CARD'
  | 'HK_MACAO_TRAVEL_PERMIT'
  | 'HMT_RESIDENCE_PERMIT'
  | 'PASSPORT'
  | 'RESIDENT_ID_CARD'
  | 'TAIWAN_TRAVEL_PERMIT';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Pays the whole balance of one account to the person's bank account instead of transferring it, with their
   * confirmation: IN_REGION_WITHOUT_PERSONAL_ACCOUNT (Guangdong, 000 art 9) or RETURN_ON_SWITCH_TO_RESIDENT
   * (Henan, 004 art 15). The PAYOUT entry records where it went.
   */
  payOutAccountBalance: AccountEntry;
  /**
   * Records an allocation (划入), a spending (支出) or an adjustment on a personal account. A spending or a
   * debit adjustment larger than the balance is refused. With an `idempotencyKey` a retry returns the first
   * result; without one every call is a new entry.
   */
  recordAccountEntry: AccountEntry;
  /**
   * Internal: settles the money in transit at transfer-in (003 art 9): `credit` to the in-region account, what reached
   * the out-region account after the Info Sheet along with it, the rest back to the out-region; or, with `returnAll`,
   * everything back. Once per transfer.
   */
  settleAccountTransfer: TransferFunds;
  /**
   * Internal (the transfers subgraph's job engine): the out-agency's act — the whole out-region balance leaves into
   * transit in the same transaction that records the amount the Info Sheet declares (003 art 8). Once per transfer.
   */
  transferOutAccountBalance: TransferFunds;
};


export type MutationPayOutAccountBalanceArgs = {
  input: PayoutInput;
};


export type MutationRecordAccountEntryArgs = {
  input: AccountEntryInput;
};


export type MutationSettleAccountTransferArgs = {
  credit: Scalars['Money']['input'];
  on: Scalars['Date']['input'];
  returnAll: Scalars['Boolean']['input'];
  transferId: Scalars['ID']['input'];
};


export type MutationTransferOutAccountBalanceArgs = {
  input: TransferOutInput;
};

export type NettingPair = {
  __typename?: 'NettingPair';
  amount: Scalars['Money']['output'];
  from: Region;
  to: Region;
  transfers: Scalars['Int']['output'];
};

export type PayoutInput = {
  /** The person's own bank account number; only its last 4 digits are kept. */
  bankAccount: Scalars['String']['input'];
  idNumber: Scalars['String']['input'];
  /** The document type: a resident ID card unless given. */
  idType?: InputMaybe<IdType>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A passport's issuing state (ISO 3166-1 alpha-3). */
  issuingCountry?: InputMaybe<Scalars['String']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
  /** The person confirmed the payout to this account. */
  personConfirmed: Scalars['Boolean']['input'];
  reason: PayoutReason;
  regionCode: Scalars['String']['input'];
};

export type PayoutReason =
  /** The in-region scheme has no personal account (civil-servant or military medical care), 000 art 9. */
  | 'IN_REGION_WITHOUT_PERSONAL_ACCOUNT'
  /** Employee insurance left for resident insurance: the balance may be returned, 004 art 15. */
  | 'RETURN_ON_SWITCH_TO_RESIDENT';

export type Person = {
  __typename?: 'Person';
  /** The person's personal account in every region that ever held one, by region code. */
  accounts?: Maybe<Array<PersonalAccount>>;
  /** Every month in which the person spent from a personal account (benefits used), per region, in order. */
  benefitUse?: Maybe<Array<BenefitUse>>;
  /** The regions the person is enrolled in, from the enrollment subgraph: what agencies are authorized by. */
  enrolledRegions: Array<Scalars['String']['output']>;
  /** The enrollment subgraph's proof that enrolledRegions and recordKeys belong to this person (checked before any field is shown). */
  enrollmentProof: Scalars['String']['output'];
  /** The person's personal-account money on its way between regions: transfers whose balance is sent and not yet settled. */
  fundsInTransit?: Maybe<Array<TransferFunds>>;
  id: Scalars['ID']['output'];
  /** The keys this person's records are filed under, one per identity document, from the enrollment subgraph. */
  recordKeys: Array<Scalars['ID']['output']>;
};

/** A personal account (个人账户) in one region. */
export type PersonalAccount = {
  __typename?: 'PersonalAccount';
  balance: Scalars['Money']['output'];
  /** The entries in the order they were recorded; with `last`, only the most recent ones. */
  entries: Array<AccountEntry>;
  region: Region;
};


/** A personal account (个人账户) in one region. */
export type PersonalAccountEntriesArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The accounts subgraph: each person's personal medical account (个人账户) in each region, a ledger of entries
 * in integer fen whose balance never goes below zero.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * The account transfer-out approval form (个人账户转出审批表, 002 art 10(4)): the balances a region cleared on
   * one day, summed by in-region, due within 3 working days.
   */
  accountTransferOutApprovalForm: ApprovalForm;
  /**
   * Monthly netting (轧差, 002 art 9(5)) of the personal-account balances cleared for transfers in `month`: for
   * every region what it owes and is owed, the net, and the pairs behind them; the nets sum to zero. Within
   * one `province` (e.g. "350000": both regions in it) or, without it, across the country. Available from the
   * 1st of the next month.
   */
  settlementNetting: SettlementNetting;
};


/**
 * The accounts subgraph: each person's personal medical account (个人账户) in each region, a ledger of entries
 * in integer fen whose balance never goes below zero.
 */
export type QueryAccountTransferOutApprovalFormArgs = {
  on: Scalars['Date']['input'];
  regionCode: Scalars['String']['input'];
};


/**
 * The accounts subgraph: each person's personal medical account (个人账户) in each region, a ledger of entries
 * in integer fen whose balance never goes below zero.
 */
export type QuerySettlementNettingArgs = {
  month: Scalars['YearMonth']['input'];
  province?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A pooling region (统筹地区). Its name and province are reference data every subgraph holds (shared/src/regions),
 * so they are answered here without a call to the enrollment subgraph, and stay answered when it is down.
 */
export type Region = {
  __typename?: 'Region';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  province: Scalars['String']['output'];
  provinceCode: Scalars['String']['output'];
};

export type RegionNetting = {
  __typename?: 'RegionNetting';
  /** receivable − payable: positive, the region receives it; negative ("-12.00"), it pays it. */
  net: Scalars['Money']['output'];
  /** What the region owes: balances it cleared for people who left. */
  payable: Scalars['Money']['output'];
  /** What the region is owed: balances cleared elsewhere for people who came. */
  receivable: Scalars['Money']['output'];
  region: Region;
};

export type SettlementNetting = {
  __typename?: 'SettlementNetting';
  availableFrom: Scalars['Date']['output'];
  /** Fujian: the table is due by the 5th of the next month (002 art 9(5)). */
  dueOn?: Maybe<Scalars['Date']['output']>;
  month: Scalars['YearMonth']['output'];
  pairs: Array<NettingPair>;
  province?: Maybe<Scalars['String']['output']>;
  regions: Array<RegionNetting>;
  rule: Scalars['String']['output'];
  total: Scalars['Money']['output'];
};

/**
 * A transfer (owned by the transfers subgraph), with the money it moves, which this subgraph keeps: null when the
 * caller may not see the person's accounts (an employer) or this subgraph cannot answer.
 */
export type Transfer = {
  __typename?: 'Transfer';
  funds?: Maybe<TransferFunds>;
  id: Scalars['ID']['output'];
};

/**
 * The personal-account money of one transfer: the amount the Info Sheet declares leaves the out-region account when
 * the transfer-out is completed, is in transit until transfer-in, and is then credited (with what reached the
 * out-region account after the sheet) or returned. Amounts in yuan, held as fen.
 */
export type TransferFunds = {
  __typename?: 'TransferFunds';
  /** What the in-region account received of the amount sent. */
  credited?: Maybe<Scalars['Money']['output']>;
  /** The amount on the Info Sheet (its 实际转移金额), from the day it was issued. */
  declared?: Maybe<Scalars['Money']['output']>;
  declaredOn?: Maybe<Scalars['Date']['output']>;
  /** What is on its way now: the amount sent, until settled; 0.00 otherwise. */
  inTransit: Scalars['Money']['output'];
  /** What went back to the out-region account. */
  returned?: Maybe<Scalars['Money']['output']>;
  /** What left the out-region account: the declared amount. */
  sent?: Maybe<Scalars['Money']['output']>;
  settledOn?: Maybe<Scalars['Date']['output']>;
  status: TransferFundsStatus;
  /** What reached the out-region account after the Info Sheet (late allocations, net of later spending) and moved along. */
  supplementary?: Maybe<Scalars['Money']['output']>;
  transfer: Transfer;
};

export type TransferFundsStatus =
  /** Settled: credited to the in-region account. */
  | 'CREDITED'
  /** The Info Sheet declares 0.00: nothing to send. */
  | 'DECLARED'
  /** Sent with the Info Sheet, not yet settled at transfer-in. */
  | 'IN_TRANSIT'
  /** No Info Sheet yet: nothing has moved. */
  | 'NONE'
  /** Settled: returned to the out-region account. */
  | 'RETURNED';

export type TransferOutInput = {
  fromRegion: Scalars['String']['input'];
  on: Scalars['Date']['input'];
  personId: Scalars['ID']['input'];
  /** The keys of the person's accounts, one per identity document (Person.recordKeys); the id alone when not given. */
  personKeys?: InputMaybe<Array<Scalars['ID']['input']>>;
  toRegion: Scalars['String']['input'];
  transferId: Scalars['ID']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Person: Person;
  Transfer: Transfer;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}> ) );
  Transfer:
    ( { __typename: 'Transfer' }
    & GraphQLRecursivePick<FederationTypes['Transfer'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccountEntry: ResolverTypeWrapper<AccountEntryRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccountEntryInput: AccountEntryInput;
  AccountEntryKind: AccountEntryKind;
  ApprovalForm: ResolverTypeWrapper<ApprovalFormModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BenefitUse: ResolverTypeWrapper<BenefitUse>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EntryDirection: EntryDirection;
  IdType: IdType;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NettingPair: ResolverTypeWrapper<TransferFlow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PayoutInput: PayoutInput;
  PayoutReason: PayoutReason;
  Person: ResolverTypeWrapper<PersonRepresentation>;
  PersonalAccount: ResolverTypeWrapper<PersonalAccountRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionReference>;
  RegionNetting: ResolverTypeWrapper<RegionNettingModel>;
  SettlementNetting: ResolverTypeWrapper<SettlementNettingModel>;
  Transfer: ResolverTypeWrapper<TransferReference>;
  TransferFunds: ResolverTypeWrapper<TransferFundsModel>;
  TransferFundsStatus: TransferFundsStatus;
  TransferOutInput: TransferOutInput;
  YearMonth: ResolverTypeWrapper<Scalars['YearMonth']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccountEntry: AccountEntryRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AccountEntryInput: AccountEntryInput;
  ApprovalForm: ApprovalFormModel;
  Boolean: Scalars['Boolean']['output'];
  BenefitUse: BenefitUse;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  NettingPair: TransferFlow;
  Int: Scalars['Int']['output'];
  PayoutInput: PayoutInput;
  Person: PersonRepresentation;
  PersonalAccount: PersonalAccountRow;
  Query: Record<PropertyKey, never>;
  Region: RegionReference;
  RegionNetting: RegionNettingModel;
  SettlementNetting: SettlementNettingModel;
  Transfer: TransferReference;
  TransferFunds: TransferFundsModel;
  TransferOutInput: TransferOutInput;
  YearMonth: Scalars['YearMonth']['output'];
};

export type AccountEntryResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['AccountEntry'] = ResolversParentTypes['AccountEntry']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  balanceAfter?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  destination?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['EntryDirection'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AccountEntryKind'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  transferId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ApprovalFormResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['ApprovalForm'] = ResolversParentTypes['ApprovalForm']> = {
  dueBy?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dueByProvisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['NettingPair']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type BenefitUseResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['BenefitUse'] = ResolversParentTypes['BenefitUse']> = {
  month?: Resolver<ResolversTypes['YearMonth'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  payOutAccountBalance?: Resolver<ResolversTypes['AccountEntry'], ParentType, ContextType, RequireFields<MutationPayOutAccountBalanceArgs, 'input'>>;
  recordAccountEntry?: Resolver<ResolversTypes['AccountEntry'], ParentType, ContextType, RequireFields<MutationRecordAccountEntryArgs, 'input'>>;
  settleAccountTransfer?: Resolver<ResolversTypes['TransferFunds'], ParentType, ContextType, RequireFields<MutationSettleAccountTransferArgs, 'credit' | 'on' | 'returnAll' | 'transferId'>>;
  transferOutAccountBalance?: Resolver<ResolversTypes['TransferFunds'], ParentType, ContextType, RequireFields<MutationTransferOutAccountBalanceArgs, 'input'>>;
};

export type NettingPairResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['NettingPair'] = ResolversParentTypes['NettingPair']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  transfers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accounts?: Resolver<Maybe<Array<ResolversTypes['PersonalAccount']>>, ParentType, ContextType>;
  benefitUse?: Resolver<Maybe<Array<ResolversTypes['BenefitUse']>>, ParentType, ContextType>;
  fundsInTransit?: Resolver<Maybe<Array<ResolversTypes['TransferFunds']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PersonalAccountResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['PersonalAccount'] = ResolversParentTypes['PersonalAccount']> = {
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['AccountEntry']>, ParentType, ContextType, Partial<PersonalAccountEntriesArgs>>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accountTransferOutApprovalForm?: Resolver<ResolversTypes['ApprovalForm'], ParentType, ContextType, RequireFields<QueryAccountTransferOutApprovalFormArgs, 'on' | 'regionCode'>>;
  settlementNetting?: Resolver<ResolversTypes['SettlementNetting'], ParentType, ContextType, RequireFields<QuerySettlementNettingArgs, 'month'>>;
};

export type RegionResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegionNettingResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['RegionNetting'] = ResolversParentTypes['RegionNetting']> = {
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  payable?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  receivable?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type SettlementNettingResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['SettlementNetting'] = ResolversParentTypes['SettlementNetting']> = {
  availableFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['YearMonth'], ParentType, ContextType>;
  pairs?: Resolver<Array<ResolversTypes['NettingPair']>, ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['RegionNetting']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type TransferResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Transfer'] = ResolversParentTypes['Transfer'], FederationReferenceType extends FederationReferenceTypes['Transfer'] = FederationReferenceTypes['Transfer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Transfer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  funds?: Resolver<Maybe<ResolversTypes['TransferFunds']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TransferFundsResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['TransferFunds'] = ResolversParentTypes['TransferFunds']> = {
  credited?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  declared?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  declaredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inTransit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  returned?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  sent?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  settledOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TransferFundsStatus'], ParentType, ContextType>;
  supplementary?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  transfer?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType>;
};

export interface YearMonthScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['YearMonth'], any> {
  name: 'YearMonth';
}

export type Resolvers<ContextType = AccountsContext> = {
  AccountEntry?: AccountEntryResolvers<ContextType>;
  ApprovalForm?: ApprovalFormResolvers<ContextType>;
  BenefitUse?: BenefitUseResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NettingPair?: NettingPairResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonalAccount?: PersonalAccountResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionNetting?: RegionNettingResolvers<ContextType>;
  SettlementNetting?: SettlementNettingResolvers<ContextType>;
  Transfer?: TransferResolvers<ContextType>;
  TransferFunds?: TransferFundsResolvers<ContextType>;
  YearMonth?: GraphQLScalarType;
};

