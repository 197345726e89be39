import type { CalendarDate } from '../../../../shared/src/calendar-date.ts';
import type { Fen } from '../../../../shared/src/money.ts';
import type { YearMonth } from '../../../../shared/src/year-month.ts';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonReference } from '../resolvers/person.ts';
import type { RegionReference } from '../../../../shared/src/regions/region-reference.ts';
import type { ContributionRow } from '../db/entities/contribution.ts';
import type { DeemedPeriodRow } from '../db/entities/deemed-period.ts';
import type { ContributionPeriod as ContributionPeriodModel } from '../domain/contribution-periods.ts';
import type { ContributionYears as ContributionYearsModel, RegionMonths as RegionMonthsModel } from '../domain/contribution-years.ts';
import type { DuplicateMonth as DuplicateMonthModel } from '../domain/duplicates.ts';
import type { ContributionsContext } from '../context.ts';
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
  /** An amount in yuan with exactly two decimals, as a string: "1234.56". Held as integer fen. */
  Money: { input: Fen; output: Fen; }
  /** A calendar month, "YYYY-MM". */
  YearMonth: { input: YearMonth; output: YearMonth; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A month in which the person spent from their personal account in a region (benefits used). */
export type BenefitUse = {
  __typename?: 'BenefitUse';
  month: Scalars['YearMonth']['output'];
  regionCode: Scalars['String']['output'];
};

/** One month's contribution paid in one region. */
export type Contribution = {
  __typename?: 'Contribution';
  amount: Scalars['Money']['output'];
  insuranceType: InsuranceType;
  kind: ContributionKind;
  month: Scalars['YearMonth']['output'];
  paidOn: Scalars['Date']['output'];
  region: Region;
};

export type ContributionInput = {
  amount: Scalars['Money']['input'];
  idNumber: Scalars['String']['input'];
  /** The document type: a resident ID card unless given. */
  idType?: InputMaybe<IdType>;
  insuranceType: InsuranceType;
  /** A passport's issuing state (ISO 3166-1 alpha-3). */
  issuingCountry?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ContributionKind>;
  month: Scalars['YearMonth']['input'];
  /** When it was paid; leave it out for a month owed (arrears). */
  paidOn?: InputMaybe<Scalars['Date']['input']>;
  regionCode: Scalars['String']['input'];
};

export type ContributionKind =
  /** Paid later for a missed month (补缴). */
  | 'BACK_PAY'
  /** Paid in its time. */
  | 'REGULAR';

/** An unbroken run of paid months in one region and insurance type. */
export type ContributionPeriod = {
  __typename?: 'ContributionPeriod';
  fromMonth: Scalars['YearMonth']['output'];
  insuranceType: InsuranceType;
  months: Scalars['Int']['output'];
  region: Region;
  toMonth: Scalars['YearMonth']['output'];
};

/** Contribution years (缴费年限) of employee insurance. */
export type ContributionYears = {
  __typename?: 'ContributionYears';
  /** Distinct calendar months paid anywhere; a month paid in two regions counts once. */
  actualMonths: Scalars['Int']['output'];
  asOfRegion?: Maybe<Region>;
  byRegion: Array<RegionMonths>;
  /**
   * The current unbroken run of basic insurance of any kind, in months (the two-year rule, 003 art 11). Seen from
   * a region whose rules say so (Fujian, 002 art 14), months under another public scheme do not break it (and do
   * not count).
   */
  continuousMonths: Scalars['Int']['output'];
  /** Deemed months (工龄, 军龄; with a Tianjin viewpoint also the months transferred in). */
  deemedMonths: Scalars['Int']['output'];
  /** As agency staff write it: "14年8个月". */
  display: Scalars['String']['output'];
  /** Months paid in two or more regions. */
  duplicateMonths: Scalars['Int']['output'];
  remainderMonths: Scalars['Int']['output'];
  /** The articles applied. */
  rule: Scalars['String']['output'];
  /** actualMonths + deemedMonths. */
  totalMonths: Scalars['Int']['output'];
  years: Scalars['Int']['output'];
};

export type DeemedPeriod = {
  __typename?: 'DeemedPeriod';
  id: Scalars['ID']['output'];
  months: Scalars['Int']['output'];
  reason: DeemedReason;
  region: Region;
};

export type DeemedPeriodInput = {
  idNumber: Scalars['String']['input'];
  /** The document type: a resident ID card unless given. */
  idType?: InputMaybe<IdType>;
  /** A passport's issuing state (ISO 3166-1 alpha-3). */
  issuingCountry?: InputMaybe<Scalars['String']['input']>;
  months: Scalars['Int']['input'];
  reason: DeemedReason;
  /** The region whose rules deem the period (000 art 13). */
  regionCode: Scalars['String']['input'];
};

export type DeemedReason =
  /** Years of military service (军龄). */
  | 'MILITARY_SERVICE'
  /** Years of work service before contributions began (工龄). */
  | 'WORK_SERVICE';

export type DuplicateMonth = {
  __typename?: 'DuplicateMonth';
  /** The region credited with the month: the first payment to arrive (000 art 12(4) for historical ones). */
  keptBy: Region;
  month: Scalars['YearMonth']['output'];
  /** Whether the later payment(s) may be refunded (000 art 12(3)). */
  refundable: Scalars['Boolean']['output'];
  /** Every region paid for the month, in order of arrival. */
  regions: Array<Region>;
  /** The articles applied. */
  rule: Scalars['String']['output'];
};

/** The identity documents people insured on the mainland are known by (证件类型); see the enrollment subgraph. */
export type IdType =
  | 'FOREIGN_PERMANENT_RESIDENT_ID_CARD'
  | 'HK_MACAO_TRAVEL_PERMIT'
  | 'HMT_RESIDENCE_PERMIT'
  | 'PASSPORT'
  | 'RESIDENT_ID_CARD'
  | 'TAIWAN_TRAVEL_PERMIT';

export type InsuranceType =
  /** Employee basic medical insurance (职工医保). */
  | 'EMPLOYEE'
  /** Another scheme, explained in a note (其他). */
  | 'OTHER'
  /** Urban-rural resident basic medical insurance (城乡居民医保). */
  | 'RESIDENT';

/**
 * The contributions subgraph: the months a person paid (缴费明细) or owes (欠费) in each region, and the deemed
 * periods (视同缴费年限) that count as paid.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records a batch of monthly contributions (at most 5000), all or nothing. A record without `paidOn` is a
   * month owed (arrears). Repeating a record that exists changes nothing and is counted as `unchanged`.
   */
  recordContributions: RecordContributionsResult;
  /** Records a deemed period (work or military service). Repeating it changes nothing. */
  recordDeemedPeriod: DeemedPeriod;
};


/**
 * The contributions subgraph: the months a person paid (缴费明细) or owes (欠费) in each region, and the deemed
 * periods (视同缴费年限) that count as paid.
 */
export type MutationRecordContributionsArgs = {
  input: Array<ContributionInput>;
};


/**
 * The contributions subgraph: the months a person paid (缴费明细) or owes (欠费) in each region, and the deemed
 * periods (视同缴费年限) that count as paid.
 */
export type MutationRecordDeemedPeriodArgs = {
  input: DeemedPeriodInput;
};

export type Person = {
  __typename?: 'Person';
  /** Months recorded as owed and not paid since, in order; optionally only those owed in one region. */
  arrears?: Maybe<Array<Scalars['YearMonth']['output']>>;
  /** Months in which the person spent from a personal account, per region; owned by the accounts subgraph. */
  benefitUse?: Maybe<Array<BenefitUse>>;
  /**
   * Maximal unbroken runs of paid months per region and insurance type, in chronological order: an
   * interruption or a change of region or type starts a new row. The rows of the Info Sheet (003 annex 3).
   */
  contributionPeriods?: Maybe<Array<ContributionPeriod>>;
  /**
   * Employee-insurance contribution years across all regions, each month counted once, deemed years on top.
   * With `asOfRegion`, as that region counts them (Tianjin: months from other regions are deemed, 001 art 13).
   */
  contributionYears?: Maybe<ContributionYears>;
  /** Months paid, in chronological order; optionally only those in [from, to], in one region or of one insurance type. */
  contributions?: Maybe<Array<Contribution>>;
  deemedPeriods?: Maybe<Array<DeemedPeriod>>;
  /**
   * Months of employee insurance paid in two or more regions, which region keeps each, and whether the later
   * payment is refundable (000 art 12(3)). Needs the accounts subgraph's benefit use.
   */
  duplicateMonths?: Maybe<Array<DuplicateMonth>>;
  /** The regions the person is enrolled in, from the enrollment subgraph: what agencies are authorized by. */
  enrolledRegions: Array<Scalars['String']['output']>;
  /** The enrollment subgraph's proof that enrolledRegions and recordKeys belong to this person (checked before any field is shown). */
  enrollmentProof: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Months under another public medical scheme, from the enrollment subgraph (002 art 14). */
  otherSchemeCover: Array<SchemeCover>;
  /** The keys this person's records are filed under, one per identity document, from the enrollment subgraph. */
  recordKeys: Array<Scalars['ID']['output']>;
};


export type PersonArrearsArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type PersonContributionYearsArgs = {
  asOfRegion?: InputMaybe<Scalars['String']['input']>;
};


export type PersonContributionsArgs = {
  from?: InputMaybe<Scalars['YearMonth']['input']>;
  insuranceType?: InputMaybe<InsuranceType>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['YearMonth']['input']>;
};

export type RecordContributionsResult = {
  __typename?: 'RecordContributionsResult';
  /** Records written by this call. */
  recorded: Scalars['Int']['output'];
  /** Records that were already there, identical: nothing changed for them. */
  unchanged: Scalars['Int']['output'];
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

export type RegionMonths = {
  __typename?: 'RegionMonths';
  /** The region's share after de-duplication: each month paid in several regions is credited to one. */
  creditedMonths: Scalars['Int']['output'];
  /** Deemed months recorded by the region. */
  deemedMonths: Scalars['Int']['output'];
  /** Distinct months of employee insurance paid in the region. */
  paidMonths: Scalars['Int']['output'];
  region: Region;
};

/** Months under another public medical scheme (owned by the enrollment subgraph). */
export type SchemeCover = {
  __typename?: 'SchemeCover';
  fromMonth: Scalars['YearMonth']['output'];
  toMonth: Scalars['YearMonth']['output'];
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
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"benefitUse":{"regionCode":true,"month":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"benefitUse":{"regionCode":true,"month":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true},"benefitUse":{"regionCode":true,"month":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true},"benefitUse":{"regionCode":true,"month":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true},"benefitUse":{"regionCode":true,"month":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"benefitUse":{"regionCode":true,"month":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true},"benefitUse":{"regionCode":true,"month":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true},"benefitUse":{"regionCode":true,"month":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true},"benefitUse":{"regionCode":true,"month":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true},"benefitUse":{"regionCode":true,"month":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true},"benefitUse":{"regionCode":true,"month":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"otherSchemeCover":{"fromMonth":true,"toMonth":true},"benefitUse":{"regionCode":true,"month":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"benefitUse":{"regionCode":true,"month":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"benefitUse":{"regionCode":true,"month":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true,"benefitUse":{"regionCode":true,"month":true}}>
        | GraphQLRecursivePick<FederationTypes['Person'], {"benefitUse":{"regionCode":true,"month":true},"enrolledRegions":true,"recordKeys":true,"enrollmentProof":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BenefitUse: ResolverTypeWrapper<BenefitUse>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Contribution: ResolverTypeWrapper<ContributionRow>;
  ContributionInput: ContributionInput;
  ContributionKind: ContributionKind;
  ContributionPeriod: ResolverTypeWrapper<ContributionPeriodModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ContributionYears: ResolverTypeWrapper<ContributionYearsModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DeemedPeriod: ResolverTypeWrapper<DeemedPeriodRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DeemedPeriodInput: DeemedPeriodInput;
  DeemedReason: DeemedReason;
  DuplicateMonth: ResolverTypeWrapper<DuplicateMonthModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  IdType: IdType;
  InsuranceType: InsuranceType;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Person: ResolverTypeWrapper<PersonReference>;
  RecordContributionsResult: ResolverTypeWrapper<RecordContributionsResult>;
  Region: ResolverTypeWrapper<RegionReference>;
  RegionMonths: ResolverTypeWrapper<RegionMonthsModel>;
  SchemeCover: ResolverTypeWrapper<SchemeCover>;
  YearMonth: ResolverTypeWrapper<Scalars['YearMonth']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BenefitUse: BenefitUse;
  String: Scalars['String']['output'];
  Contribution: ContributionRow;
  ContributionInput: ContributionInput;
  ContributionPeriod: ContributionPeriodModel;
  Int: Scalars['Int']['output'];
  ContributionYears: ContributionYearsModel;
  Date: Scalars['Date']['output'];
  DeemedPeriod: DeemedPeriodRow;
  ID: Scalars['ID']['output'];
  DeemedPeriodInput: DeemedPeriodInput;
  DuplicateMonth: DuplicateMonthModel;
  Boolean: Scalars['Boolean']['output'];
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  Person: PersonReference;
  RecordContributionsResult: RecordContributionsResult;
  Region: RegionReference;
  RegionMonths: RegionMonthsModel;
  SchemeCover: SchemeCover;
  YearMonth: Scalars['YearMonth']['output'];
};

export type BenefitUseResolvers<ContextType = ContributionsContext, ParentType extends ResolversParentTypes['BenefitUse'] = ResolversParentTypes['BenefitUse']> = {
  month?: Resolver<ResolversTypes['YearMonth'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContributionResolvers<ContextType = ContributionsContext, ParentType extends ResolversParentTypes['Contribution'] = ResolversParentTypes['Contribution']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  insuranceType?: Resolver<ResolversTypes['InsuranceType'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContributionKind'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['YearMonth'], ParentType, ContextType>;
  paidOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type ContributionPeriodResolvers<ContextType = ContributionsContext, ParentType extends ResolversParentTypes['ContributionPeriod'] = ResolversParentTypes['ContributionPeriod']> = {
  fromMonth?: Resolver<ResolversTypes['YearMonth'], ParentType, ContextType>;
  insuranceType?: Resolver<ResolversTypes['InsuranceType'], ParentType, ContextType>;
  months?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  toMonth?: Resolver<ResolversTypes['YearMonth'], ParentType, ContextType>;
};

export type ContributionYearsResolvers<ContextType = ContributionsContext, ParentType extends ResolversParentTypes['ContributionYears'] = ResolversParentTypes['ContributionYears']> = {
  actualMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  asOfRegion?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  byRegion?: Resolver<Array<ResolversTypes['RegionMonths']>, ParentType, ContextType>;
  continuousMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deemedMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  display?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  duplicateMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remainderMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  years?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DeemedPeriodResolvers<ContextType = ContributionsContext, ParentType extends ResolversParentTypes['DeemedPeriod'] = ResolversParentTypes['DeemedPeriod']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  months?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['DeemedReason'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type DuplicateMonthResolvers<ContextType = ContributionsContext, ParentType extends ResolversParentTypes['DuplicateMonth'] = ResolversParentTypes['DuplicateMonth']> = {
  keptBy?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['YearMonth'], ParentType, ContextType>;
  refundable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = ContributionsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  recordContributions?: Resolver<ResolversTypes['RecordContributionsResult'], ParentType, ContextType, RequireFields<MutationRecordContributionsArgs, 'input'>>;
  recordDeemedPeriod?: Resolver<ResolversTypes['DeemedPeriod'], ParentType, ContextType, RequireFields<MutationRecordDeemedPeriodArgs, 'input'>>;
};

export type PersonResolvers<ContextType = ContributionsContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  arrears?: Resolver<Maybe<Array<ResolversTypes['YearMonth']>>, ParentType, ContextType, Partial<PersonArrearsArgs>>;
  contributionPeriods?: Resolver<Maybe<Array<ResolversTypes['ContributionPeriod']>>, ParentType, ContextType>;
  contributionYears?: Resolver<Maybe<ResolversTypes['ContributionYears']>, ParentType, ContextType, Partial<PersonContributionYearsArgs>>;
  contributions?: Resolver<Maybe<Array<ResolversTypes['Contribution']>>, ParentType, ContextType, Partial<PersonContributionsArgs>>;
  deemedPeriods?: Resolver<Maybe<Array<ResolversTypes['DeemedPeriod']>>, ParentType, ContextType>;
  duplicateMonths?: Resolver<Maybe<Array<ResolversTypes['DuplicateMonth']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type RecordContributionsResultResolvers<ContextType = ContributionsContext, ParentType extends ResolversParentTypes['RecordContributionsResult'] = ResolversParentTypes['RecordContributionsResult']> = {
  recorded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = ContributionsContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegionMonthsResolvers<ContextType = ContributionsContext, ParentType extends ResolversParentTypes['RegionMonths'] = ResolversParentTypes['RegionMonths']> = {
  creditedMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deemedMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type SchemeCoverResolvers<ContextType = ContributionsContext, ParentType extends ResolversParentTypes['SchemeCover'] = ResolversParentTypes['SchemeCover']> = {
  fromMonth?: Resolver<ResolversTypes['YearMonth'], ParentType, ContextType>;
  toMonth?: Resolver<ResolversTypes['YearMonth'], ParentType, ContextType>;
};

export interface YearMonthScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['YearMonth'], any> {
  name: 'YearMonth';
}

export type Resolvers<ContextType = ContributionsContext> = {
  BenefitUse?: BenefitUseResolvers<ContextType>;
  Contribution?: ContributionResolvers<ContextType>;
  ContributionPeriod?: ContributionPeriodResolvers<ContextType>;
  ContributionYears?: ContributionYearsResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DeemedPeriod?: DeemedPeriodResolvers<ContextType>;
  DuplicateMonth?: DuplicateMonthResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  RecordContributionsResult?: RecordContributionsResultResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionMonths?: RegionMonthsResolvers<ContextType>;
  SchemeCover?: SchemeCoverResolvers<ContextType>;
  YearMonth?: GraphQLScalarType;
};

