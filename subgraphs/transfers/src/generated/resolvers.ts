import type { CalendarDate } from '../../../../shared/src/calendar-date.ts';
import type { Fen } from '../../../../shared/src/money.ts';
import type { YearMonth } from '../../../../shared/src/year-month.ts';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRepresentation } from '../../../../shared/src/auth/person-guard.ts';
import type { RegionReference } from '../../../../shared/src/regions/region-reference.ts';
import type { TransferRow } from '../db/entities/transfer.ts';
import type { TransferEventRow } from '../db/entities/workflow-records.ts';
import type { TransfersContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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

/** A region's agency; its seal's public key verifies the documents it issues. */
export type Agency = {
  __typename?: 'Agency';
  /** The agency's SM2 public key (uncompressed, hex), which verifies its electronic seal (电子签章). */
  publicKey?: Maybe<Scalars['String']['output']>;
  regionCode: Scalars['String']['output'];
};

export type Applicant =
  | 'EMPLOYER'
  | 'PERSON';

/** Why a transfer needs an operator, and since when: retry it with retryTransferEffects once the cause is fixed. */
export type Attention = {
  __typename?: 'Attention';
  attempts: Scalars['Int']['output'];
  /** The last failure, as the other subgraph reported it. */
  reason: Scalars['String']['output'];
  since: Scalars['DateTime']['output'];
  /** The step whose effects were parked: COMPLETE_TRANSFER_OUT or COMPLETE_TRANSFER_IN. */
  step: Scalars['String']['output'];
};

/** Benefit continuity (待遇衔接) for the move. */
export type BenefitContinuity = {
  __typename?: 'BenefitContinuity';
  backPayAllowed: Scalars['Boolean']['output'];
  /** The day the relationship in the in-region takes effect (002 art 11: the month of payment; 002 art 13; otherwise the first month covered). */
  effectiveFrom: Scalars['Date']['output'];
  gapMonths: Scalars['Int']['output'];
  /** For a switch to resident insurance where the in-region sets it (002 art 13): the rate the resident contribution is paid at. */
  residentRate?: Maybe<ResidentRate>;
  retroactive: Scalars['Boolean']['output'];
  /** The articles applied. */
  rule: Scalars['String']['output'];
  waitingBenefitRatio: Scalars['Float']['output'];
  /** Fujian's late resident payers: days from payment (002 art 12). */
  waitingPeriodDays: Scalars['Int']['output'];
  waitingPeriodMonths: Scalars['Int']['output'];
};

/** 《关系转移接续联系函》: from the in-agency to the out-agency. */
export type ContactLetter = {
  __typename?: 'ContactLetter';
  fromRegion: Region;
  issuedOn: Scalars['Date']['output'];
  issuer: Agency;
  signature: Scalars['String']['output'];
  toRegion: Region;
  verified: Scalars['Boolean']['output'];
};

export type Deadline = {
  __typename?: 'Deadline';
  completedOn?: Maybe<Scalars['Date']['output']>;
  dueOn: Scalars['Date']['output'];
  overdue: Scalars['Boolean']['output'];
  /** The due date lies past the last published State Council holiday calendar. */
  provisional: Scalars['Boolean']['output'];
  /** The article it comes from. */
  rule: Scalars['String']['output'];
  /** CONTACT_LETTER, TRANSFER_OUT, TRANSFER_IN or ACCOUNT_CREDIT. */
  step: Scalars['String']['output'];
  workingDays: Scalars['Int']['output'];
};

export type FundsDecision =
  /** Credit what arrived (at most what was sent); the rest returns to the out-region account. */
  | 'CREDIT_RECEIVED'
  /** Return all of it to the out-region account; nothing is credited. */
  | 'RETURN_TO_OUT_REGION';

/** The identity documents people insured on the mainland are known by (证件类型); see the enrollment subgraph. */
export type IdType =
  | 'FOREIGN_PERMANENT_RESIDENT_ID_CARD'
  | 'HK_MACAO_TRAVEL_PERMIT'
  | 'HMT_RESIDENCE_PERMIT'
  | 'PASSPORT'
  | 'RESIDENT_ID_CARD'
  | 'TAIWAN_TRAVEL_PERMIT';

/** An identity document, owned by the enrollment subgraph; named here by the key the Info Sheet's seal covers. */
export type IdentityDocument = {
  __typename?: 'IdentityDocument';
  key: Scalars['ID']['output'];
};

/** 《参保人员基本医疗保险信息表》: issued and sealed by the out-agency (003 annex 3). */
export type InfoSheet = {
  __typename?: 'InfoSheet';
  /** The personal-account money actually transferred. */
  accountAmount: Scalars['Money']['output'];
  /** The same in Chinese capital numerals (大写), e.g. 壹仟肆佰壹拾伍元伍角. */
  accountAmountInWords: Scalars['String']['output'];
  /**
   * That document (证件类型及号码, 003 annex 3), from the enrollment subgraph by the key the seal covers: its number in
   * full for whoever may see the person's number (the in-agency), masked for others. Null when the enrollment subgraph
   * cannot answer.
   */
  document?: Maybe<IdentityDocument>;
  gender?: Maybe<Scalars['String']['output']>;
  /** The type of the identity document applied with (证件类型), as sealed; null on sheets sealed before documents were certified. */
  idType?: Maybe<IdType>;
  issuedOn: Scalars['Date']['output'];
  issuer: Agency;
  name: Scalars['String']['output'];
  rows: Array<InfoSheetRow>;
  /** The out-agency's SM2 signature (with SM3) over the sheet's canonical form, hex. */
  signature: Scalars['String']['output'];
  /** The signature checked again now against the issuer's public key. */
  verified: Scalars['Boolean']['output'];
};

export type InfoSheetRow = {
  __typename?: 'InfoSheetRow';
  agencyName: Scalars['String']['output'];
  fromMonth: Scalars['YearMonth']['output'];
  insuranceType: InsuranceType;
  months: Scalars['Int']['output'];
  note?: Maybe<Scalars['String']['output']>;
  regionCode: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
  toMonth: Scalars['YearMonth']['output'];
};

export type InsuranceType =
  /** Employee basic medical insurance (职工医保). */
  | 'EMPLOYEE'
  /** Another scheme, explained in a note (其他). */
  | 'OTHER'
  /** Urban-rural resident basic medical insurance (城乡居民医保). */
  | 'RESIDENT';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Applies for a transfer. Both regions' checks run at once (003 art 7): the result is ACCEPTED, or REJECTED with
   * every failed check in `reasons`. With an `idempotencyKey` a retry returns the same transfer.
   */
  applyForTransfer: Transfer;
  /** Cancels a transfer, only before the out-region has acted. */
  cancelTransfer: Transfer;
  /** The in-agency completes the transfer-in (003 art 9, 13): the account is credited and the out-region enrollment terminates (COMPLETING until both are done). */
  completeTransferIn: Transfer;
  /** The out-agency completes the transfer-out (003 art 8): the balance leaves into transit and the sealed Info Sheet declares it (OUT_COMPLETING until both are done). */
  completeTransferOut: Transfer;
  /** The in-agency confirms the account money arrived: the amount the Info Sheet declares (003 art 9); another amount is settled with settleTransferFunds. */
  confirmFundsReceived: Transfer;
  /**
   * An operator's retry of a transfer whose effects on the other subgraphs were parked after their attempts were
   * spent (see `attention`): the agency of either region, or the national administrator. CONFLICT when nothing is parked.
   */
  retryTransferEffects: Transfer;
  /** The in-agency sends the Contact Letter (联系函): Guangdong as in-region (000 art 9), Tianjin's MAIL mode (001 art 8). */
  sendContactLetter: Transfer;
  /**
   * The in-agency's explicit decision on account funds that do not match the Info Sheet (instead of
   * confirmFundsReceived): CREDIT_RECEIVED credits `amount` (what arrived, at most what was sent) and returns the rest
   * to the out-region account at transfer-in; RETURN_TO_OUT_REGION returns all of it (no `amount`). Audited; the money
   * moves at transfer-in, through the ledger's one function.
   */
  settleTransferFunds: Transfer;
};


export type MutationApplyForTransferArgs = {
  input: TransferApplicationInput;
};


export type MutationCancelTransferArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
  transferId: Scalars['ID']['input'];
};


export type MutationCompleteTransferInArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
  transferId: Scalars['ID']['input'];
};


export type MutationCompleteTransferOutArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
  transferId: Scalars['ID']['input'];
};


export type MutationConfirmFundsReceivedArgs = {
  amount: Scalars['Money']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
  transferId: Scalars['ID']['input'];
};


export type MutationRetryTransferEffectsArgs = {
  transferId: Scalars['ID']['input'];
};


export type MutationSendContactLetterArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
  transferId: Scalars['ID']['input'];
};


export type MutationSettleTransferFundsArgs = {
  amount?: InputMaybe<Scalars['Money']['input']>;
  decision: FundsDecision;
  note?: InputMaybe<Scalars['String']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
  transferId: Scalars['ID']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Person = {
  __typename?: 'Person';
  /** The regions the person is enrolled in, from the enrollment subgraph: what agencies are authorized by. */
  enrolledRegions: Array<Scalars['String']['output']>;
  /** The enrollment subgraph's proof that enrolledRegions and recordKeys belong to this person (checked before any field is shown). */
  enrollmentProof: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The keys this person's records are filed under, one per identity document, from the enrollment subgraph. */
  recordKeys: Array<Scalars['ID']['output']>;
  /** Every transfer application of the person, newest first. */
  transfers?: Maybe<Array<Transfer>>;
};

/**
 * The transfers subgraph: applications to move a person's basic medical insurance relationship from one region
 * (转出地) to another (转入地), every step against its legal deadline, the sealed Info Sheet, and the timeline.
 * It drives the other subgraphs through their internal mutations.
 */
export type Query = {
  __typename?: 'Query';
  /** A transfer by id; null when there is none. */
  transfer?: Maybe<Transfer>;
  /** A dry run of an application: every check, the deadlines it would get and the benefit continuity. Writes nothing. */
  transferPreview: TransferPreview;
  /** Transfers for agency dashboards, newest first, filtered and paginated (at most 100 a page). */
  transfers: TransferConnection;
};


/**
 * The transfers subgraph: applications to move a person's basic medical insurance relationship from one region
 * (转出地) to another (转入地), every step against its legal deadline, the sealed Info Sheet, and the timeline.
 * It drives the other subgraphs through their internal mutations.
 */
export type QueryTransferArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The transfers subgraph: applications to move a person's basic medical insurance relationship from one region
 * (转出地) to another (转入地), every step against its legal deadline, the sealed Info Sheet, and the timeline.
 * It drives the other subgraphs through their internal mutations.
 */
export type QueryTransferPreviewArgs = {
  input: TransferApplicationInput;
};


/**
 * The transfers subgraph: applications to move a person's basic medical insurance relationship from one region
 * (转出地) to another (转入地), every step against its legal deadline, the sealed Info Sheet, and the timeline.
 * It drives the other subgraphs through their internal mutations.
 */
export type QueryTransfersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A failed check: a stable code and what to do about it. */
export type Reason = {
  __typename?: 'Reason';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
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

export type ResidentRate =
  /** The year's individual contribution (个人缴费标准). */
  | 'INDIVIDUAL'
  /** The individual contribution plus the fiscal subsidy (个人缴费标准加上财政补助标准). */
  | 'INDIVIDUAL_PLUS_SUBSIDY';

/**
 * A transfer of a person's insurance relationship from one region (转出地) to another (转入地). The accounts subgraph
 * adds its money (`funds`).
 */
export type Transfer = {
  __typename?: 'Transfer';
  applicant: Applicant;
  appliedOn: Scalars['Date']['output'];
  /** Set when the transfer needs an operator: its effects on another subgraph failed every attempt. Null otherwise. */
  attention?: Maybe<Attention>;
  contactLetter?: Maybe<ContactLetter>;
  continuity?: Maybe<BenefitContinuity>;
  /** Each step's legal deadline in working days, as far as the steps so far determine them. */
  deadlines: Array<Deadline>;
  /** The full timeline: who did what, on which business date, recorded when (003 art 10). */
  events: Array<TransferEvent>;
  fromRegion: Region;
  /** How the in-region settled funds that did not match the Info Sheet, when it had to (settleTransferFunds). */
  fundsDecision?: Maybe<FundsDecision>;
  id: Scalars['ID']['output'];
  infoSheet?: Maybe<InfoSheet>;
  kind: TransferKind;
  mode: TransferMode;
  /** True when any step was or is late. */
  overdue: Scalars['Boolean']['output'];
  /** The person, from the enrollment subgraph: null (with an error at its path) when that subgraph cannot answer. */
  person?: Maybe<Person>;
  /** Every failed check, when REJECTED. */
  reasons: Array<Reason>;
  status: TransferStatus;
  toRegion: Region;
};

export type TransferApplicationInput = {
  applicant?: InputMaybe<Applicant>;
  fromRegion: Scalars['String']['input'];
  idNumber: Scalars['String']['input'];
  /** The document type: a resident ID card unless given. */
  idType?: InputMaybe<IdType>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A passport's issuing state (ISO 3166-1 alpha-3). */
  issuingCountry?: InputMaybe<Scalars['String']['input']>;
  kind: TransferKind;
  mode?: InputMaybe<TransferMode>;
  on?: InputMaybe<Scalars['Date']['input']>;
  toRegion: Scalars['String']['input'];
};

export type TransferConnection = {
  __typename?: 'TransferConnection';
  edges: Array<TransferEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TransferEdge = {
  __typename?: 'TransferEdge';
  cursor: Scalars['String']['output'];
  node: Transfer;
};

export type TransferEvent = {
  __typename?: 'TransferEvent';
  /** PERSON, EMPLOYER, OUT_AGENCY, IN_AGENCY or SYSTEM. */
  actor: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The business date. */
  on: Scalars['Date']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** APPLIED, REJECTED, CONTACT_LETTER_SENT, TRANSFER_OUT_COMPLETED, FUNDS_RECEIVED, TRANSFER_IN_COMPLETED, CANCELLED, … */
  step: Scalars['String']['output'];
};

export type TransferFilter = {
  fromRegion?: InputMaybe<Scalars['String']['input']>;
  /** Only transfers that need an operator (true), or none of them (false): the operator's list, across regions. */
  needsAttention?: InputMaybe<Scalars['Boolean']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<TransferStatus>;
  toRegion?: InputMaybe<Scalars['String']['input']>;
};

export type TransferKind =
  | 'EMPLOYEE_TO_EMPLOYEE'
  | 'EMPLOYEE_TO_RESIDENT'
  | 'RESIDENT_TO_EMPLOYEE'
  | 'RESIDENT_TO_RESIDENT';

export type TransferMode =
  /** Tianjin's letter mode (邮寄信函). */
  | 'MAIL'
  /** Through the national platform (一网通办). */
  | 'ONLINE';

export type TransferPreview = {
  __typename?: 'TransferPreview';
  continuity?: Maybe<BenefitContinuity>;
  /** The deadlines the application would get on the day it is made. */
  deadlines: Array<Deadline>;
  eligible: Scalars['Boolean']['output'];
  reasons: Array<Reason>;
};

export type TransferStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  /** Done in every subgraph: the money credited, the out-region enrollment terminated. */
  | 'COMPLETED'
  /** The in-agency completed the transfer-in; the account is being credited and the out-region enrollment closed. */
  | 'COMPLETING'
  | 'CONTACT_LETTER_SENT'
  | 'FUNDS_RECEIVED'
  /** The balance left the out-region account and the sealed Info Sheet declares it. */
  | 'OUT_COMPLETED'
  /** The out-agency completed the transfer-out; the balance is moving and the Info Sheet being sealed. */
  | 'OUT_COMPLETING'
  | 'REJECTED';



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
  Agency: Agency;
  Person: Person;
  Transfer: Transfer;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Agency:
    ( { __typename: 'Agency' }
    & GraphQLRecursivePick<FederationTypes['Agency'], {"regionCode":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}> ) );
  Transfer:
    ( { __typename: 'Transfer' }
    & GraphQLRecursivePick<FederationTypes['Transfer'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agency: ResolverTypeWrapper<Agency>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Applicant: Applicant;
  Attention: ResolverTypeWrapper<Attention>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BenefitContinuity: ResolverTypeWrapper<BenefitContinuity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ContactLetter: ResolverTypeWrapper<Omit<ContactLetter, 'fromRegion' | 'toRegion'> & { fromRegion: ResolversTypes['Region'], toRegion: ResolversTypes['Region'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deadline: ResolverTypeWrapper<Deadline>;
  FundsDecision: FundsDecision;
  IdType: IdType;
  IdentityDocument: ResolverTypeWrapper<IdentityDocument>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  InfoSheet: ResolverTypeWrapper<InfoSheet>;
  InfoSheetRow: ResolverTypeWrapper<InfoSheetRow>;
  InsuranceType: InsuranceType;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonRepresentation>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reason: ResolverTypeWrapper<Reason>;
  Region: ResolverTypeWrapper<RegionReference>;
  ResidentRate: ResidentRate;
  Transfer: ResolverTypeWrapper<TransferRow>;
  TransferApplicationInput: TransferApplicationInput;
  TransferConnection: ResolverTypeWrapper<Omit<TransferConnection, 'edges'> & { edges: Array<ResolversTypes['TransferEdge']> }>;
  TransferEdge: ResolverTypeWrapper<Omit<TransferEdge, 'node'> & { node: ResolversTypes['Transfer'] }>;
  TransferEvent: ResolverTypeWrapper<TransferEventRow>;
  TransferFilter: TransferFilter;
  TransferKind: TransferKind;
  TransferMode: TransferMode;
  TransferPreview: ResolverTypeWrapper<TransferPreview>;
  TransferStatus: TransferStatus;
  YearMonth: ResolverTypeWrapper<Scalars['YearMonth']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: Agency | FederationReferenceTypes['Agency'];
  String: Scalars['String']['output'];
  Attention: Attention;
  Int: Scalars['Int']['output'];
  BenefitContinuity: BenefitContinuity;
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  ContactLetter: Omit<ContactLetter, 'fromRegion' | 'toRegion'> & { fromRegion: ResolversParentTypes['Region'], toRegion: ResolversParentTypes['Region'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deadline: Deadline;
  IdentityDocument: IdentityDocument;
  ID: Scalars['ID']['output'];
  InfoSheet: InfoSheet;
  InfoSheetRow: InfoSheetRow;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonRepresentation;
  Query: Record<PropertyKey, never>;
  Reason: Reason;
  Region: RegionReference;
  Transfer: TransferRow;
  TransferApplicationInput: TransferApplicationInput;
  TransferConnection: Omit<TransferConnection, 'edges'> & { edges: Array<ResolversParentTypes['TransferEdge']> };
  TransferEdge: Omit<TransferEdge, 'node'> & { node: ResolversParentTypes['Transfer'] };
  TransferEvent: TransferEventRow;
  TransferFilter: TransferFilter;
  TransferPreview: TransferPreview;
  YearMonth: Scalars['YearMonth']['output'];
};

export type AgencyResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency'], FederationReferenceType extends FederationReferenceTypes['Agency'] = FederationReferenceTypes['Agency']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agency']> | FederationReferenceType, FederationReferenceType, ContextType>;
  publicKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AttentionResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['Attention'] = ResolversParentTypes['Attention']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BenefitContinuityResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['BenefitContinuity'] = ResolversParentTypes['BenefitContinuity']> = {
  backPayAllowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  gapMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  residentRate?: Resolver<Maybe<ResolversTypes['ResidentRate']>, ParentType, ContextType>;
  retroactive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waitingBenefitRatio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  waitingPeriodDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitingPeriodMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContactLetterResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['ContactLetter'] = ResolversParentTypes['ContactLetter']> = {
  fromRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  signature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeadlineResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['Deadline'] = ResolversParentTypes['Deadline']> = {
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IdentityDocumentResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['IdentityDocument'] = ResolversParentTypes['IdentityDocument']> = {
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type InfoSheetResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['InfoSheet'] = ResolversParentTypes['InfoSheet']> = {
  accountAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  accountAmountInWords?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['IdentityDocument']>, ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  idType?: Resolver<Maybe<ResolversTypes['IdType']>, ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['InfoSheetRow']>, ParentType, ContextType>;
  signature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type InfoSheetRowResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['InfoSheetRow'] = ResolversParentTypes['InfoSheetRow']> = {
  agencyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromMonth?: Resolver<ResolversTypes['YearMonth'], ParentType, ContextType>;
  insuranceType?: Resolver<ResolversTypes['InsuranceType'], ParentType, ContextType>;
  months?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toMonth?: Resolver<ResolversTypes['YearMonth'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  applyForTransfer?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType, RequireFields<MutationApplyForTransferArgs, 'input'>>;
  cancelTransfer?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType, RequireFields<MutationCancelTransferArgs, 'transferId'>>;
  completeTransferIn?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType, RequireFields<MutationCompleteTransferInArgs, 'transferId'>>;
  completeTransferOut?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType, RequireFields<MutationCompleteTransferOutArgs, 'transferId'>>;
  confirmFundsReceived?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType, RequireFields<MutationConfirmFundsReceivedArgs, 'amount' | 'transferId'>>;
  retryTransferEffects?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType, RequireFields<MutationRetryTransferEffectsArgs, 'transferId'>>;
  sendContactLetter?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType, RequireFields<MutationSendContactLetterArgs, 'transferId'>>;
  settleTransferFunds?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType, RequireFields<MutationSettleTransferFundsArgs, 'decision' | 'transferId'>>;
};

export type PageInfoResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  transfers?: Resolver<Maybe<Array<ResolversTypes['Transfer']>>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  transfer?: Resolver<Maybe<ResolversTypes['Transfer']>, ParentType, ContextType, RequireFields<QueryTransferArgs, 'id'>>;
  transferPreview?: Resolver<ResolversTypes['TransferPreview'], ParentType, ContextType, RequireFields<QueryTransferPreviewArgs, 'input'>>;
  transfers?: Resolver<ResolversTypes['TransferConnection'], ParentType, ContextType, RequireFields<QueryTransfersArgs, 'first'>>;
};

export type ReasonResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['Reason'] = ResolversParentTypes['Reason']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TransferResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['Transfer'] = ResolversParentTypes['Transfer'], FederationReferenceType extends FederationReferenceTypes['Transfer'] = FederationReferenceTypes['Transfer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Transfer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  applicant?: Resolver<ResolversTypes['Applicant'], ParentType, ContextType>;
  appliedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  attention?: Resolver<Maybe<ResolversTypes['Attention']>, ParentType, ContextType>;
  contactLetter?: Resolver<Maybe<ResolversTypes['ContactLetter']>, ParentType, ContextType>;
  continuity?: Resolver<Maybe<ResolversTypes['BenefitContinuity']>, ParentType, ContextType>;
  deadlines?: Resolver<Array<ResolversTypes['Deadline']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['TransferEvent']>, ParentType, ContextType>;
  fromRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  fundsDecision?: Resolver<Maybe<ResolversTypes['FundsDecision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  infoSheet?: Resolver<Maybe<ResolversTypes['InfoSheet']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TransferKind'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['TransferMode'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TransferStatus'], ParentType, ContextType>;
  toRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type TransferConnectionResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['TransferConnection'] = ResolversParentTypes['TransferConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TransferEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TransferEdgeResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['TransferEdge'] = ResolversParentTypes['TransferEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType>;
};

export type TransferEventResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['TransferEvent'] = ResolversParentTypes['TransferEvent']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TransferPreviewResolvers<ContextType = TransfersContext, ParentType extends ResolversParentTypes['TransferPreview'] = ResolversParentTypes['TransferPreview']> = {
  continuity?: Resolver<Maybe<ResolversTypes['BenefitContinuity']>, ParentType, ContextType>;
  deadlines?: Resolver<Array<ResolversTypes['Deadline']>, ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
};

export interface YearMonthScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['YearMonth'], any> {
  name: 'YearMonth';
}

export type Resolvers<ContextType = TransfersContext> = {
  Agency?: AgencyResolvers<ContextType>;
  Attention?: AttentionResolvers<ContextType>;
  BenefitContinuity?: BenefitContinuityResolvers<ContextType>;
  ContactLetter?: ContactLetterResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deadline?: DeadlineResolvers<ContextType>;
  IdentityDocument?: IdentityDocumentResolvers<ContextType>;
  InfoSheet?: InfoSheetResolvers<ContextType>;
  InfoSheetRow?: InfoSheetRowResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reason?: ReasonResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Transfer?: TransferResolvers<ContextType>;
  TransferConnection?: TransferConnectionResolvers<ContextType>;
  TransferEdge?: TransferEdgeResolvers<ContextType>;
  TransferEvent?: TransferEventResolvers<ContextType>;
  TransferPreview?: TransferPreviewResolvers<ContextType>;
  YearMonth?: GraphQLScalarType;
};

