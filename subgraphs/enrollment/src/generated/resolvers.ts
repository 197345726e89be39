import type { CalendarDate } from '../../../../shared/src/calendar-date.ts';
import type { YearMonth } from '../../../../shared/src/year-month.ts';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRow } from '../db/entities/person.ts';
import type { EnrollmentRow } from '../db/entities/enrollment.ts';
import type { PoolingRegion } from '../../../../shared/src/regions/regions.ts';
import type { IdentityDocumentRow } from '../db/entities/identity-document.ts';
import type { PersonFactRow } from '../db/entities/person-fact.ts';
import type { EnrollmentContext } from '../context.ts';
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
  /** A calendar month, "YYYY-MM". */
  YearMonth: { input: YearMonth; output: YearMonth; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A region's medical insurance agency (经办机构). */
export type Agency = {
  __typename?: 'Agency';
  name: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
};

/** A person's document and another to link to them. */
export type DocumentLinkInput = {
  /** The document to link. */
  document: IdentityDocumentInput;
  /** The person, by a document they are known by. */
  idNumber: Scalars['String']['input'];
  idType?: InputMaybe<IdType>;
  issuingCountry?: InputMaybe<Scalars['String']['input']>;
  /** The region whose agency links it. */
  regionCode: Scalars['String']['input'];
};

/** A linked document to unlink, and the agency doing it. */
export type DocumentUnlinkInput = {
  idNumber: Scalars['String']['input'];
  idType?: InputMaybe<IdType>;
  issuingCountry?: InputMaybe<Scalars['String']['input']>;
  regionCode: Scalars['String']['input'];
};

export type EnrollInput = {
  /** Read from the number where it says it (resident ID card, residence permit, permanent resident ID card); required otherwise. */
  gender?: InputMaybe<Gender>;
  idNumber: Scalars['String']['input'];
  /** The document type: a resident ID card unless given. */
  idType?: InputMaybe<IdType>;
  insuranceType: InsuranceType;
  /** A passport's issuing state (ISO 3166-1 alpha-3). */
  issuingCountry?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
  startMonth: Scalars['YearMonth']['input'];
};

export type Enrollment = {
  __typename?: 'Enrollment';
  /** The last month covered, set when the enrollment is suspended or terminated. */
  endMonth?: Maybe<Scalars['YearMonth']['output']>;
  id: Scalars['ID']['output'];
  insuranceType: InsuranceType;
  /** When the hub recorded the enrollment: a repeated enroll answers the stored one, recorded before the repeat was sent. */
  recordedAt: Scalars['DateTime']['output'];
  region: Region;
  startMonth: Scalars['YearMonth']['output'];
  status: EnrollmentStatus;
  suspendedOn?: Maybe<Scalars['Date']['output']>;
  terminatedOn?: Maybe<Scalars['Date']['output']>;
};

export type EnrollmentStatus =
  | 'ACTIVE'
  | 'SUSPENDED'
  | 'TERMINATED';

export type ExemptGroup =
  /** 困难人口 */
  | 'HARDSHIP'
  /** 新生儿 */
  | 'NEWBORN'
  /** 大中专院校新入校学生 */
  | 'NEW_STUDENT';

/** A group a rule exempts, for a year, as the agency of `region` recorded it. */
export type Exemption = {
  __typename?: 'Exemption';
  group: ExemptGroup;
  region: Region;
  year: Scalars['Int']['output'];
};

export type ExemptionInput = {
  group: ExemptGroup;
  idNumber: Scalars['String']['input'];
  /** The document type: a resident ID card unless given. */
  idType?: InputMaybe<IdType>;
  /** A passport's issuing state (ISO 3166-1 alpha-3). */
  issuingCountry?: InputMaybe<Scalars['String']['input']>;
  regionCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type Gender =
  | 'FEMALE'
  | 'MALE';

/** The identity documents people insured on the mainland are known by (证件类型). */
export type IdType =
  /** Foreign permanent resident ID card (外国人永久居留身份证): 18 characters from 9 (2023), or 3 letters and 12 digits (2017). */
  | 'FOREIGN_PERMANENT_RESIDENT_ID_CARD'
  /** Mainland travel permit for Hong Kong and Macao residents (港澳居民来往内地通行证): H or M and 8 digits (+2). */
  | 'HK_MACAO_TRAVEL_PERMIT'
  /** Residence permit for Hong Kong, Macao and Taiwan residents (港澳台居民居住证): 18 characters, 810000/820000/830000. */
  | 'HMT_RESIDENCE_PERMIT'
  /** Passport (护照), with its issuing state. */
  | 'PASSPORT'
  /** Resident identity card (居民身份证), GB 11643 number; a 15-digit first-generation number is upgraded to 18 characters. */
  | 'RESIDENT_ID_CARD'
  /** Mainland travel permit for Taiwan residents (台湾居民来往大陆通行证): 8 digits. */
  | 'TAIWAN_TRAVEL_PERMIT';

/**
 * An identity document (证件类型及号码). Other subgraphs name it by key: the Info Sheet certifies the document the
 * transfer was applied for with (003 annex 3).
 */
export type IdentityDocument = {
  __typename?: 'IdentityDocument';
  /** In full for the holder and the agencies of the regions they are enrolled in; masked for others. */
  idNumber: Scalars['String']['output'];
  idType: IdType;
  /** The issuing state of a passport (ISO 3166-1 alpha-3); null for the other types. */
  issuingCountry?: Maybe<Scalars['String']['output']>;
  /** The key the records under this document are filed under: opaque. */
  key: Scalars['ID']['output'];
  /** The region whose agency linked it. */
  linkedByRegion?: Maybe<Scalars['String']['output']>;
  /** When an agency linked it to the person; null for the document they were first known by. */
  linkedOn?: Maybe<Scalars['DateTime']['output']>;
};

/** An identity document: its type, its number (spaces and full-width characters are ignored), and a passport's issuing state. */
export type IdentityDocumentInput = {
  idNumber: Scalars['String']['input'];
  idType: IdType;
  /** ISO 3166-1 alpha-3 (e.g. DEU); only, and always, for a PASSPORT. */
  issuingCountry?: InputMaybe<Scalars['String']['input']>;
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
   * Internal (the transfers subgraph): once the in-region completes a transfer, the person's enrollments in the
   * out-region terminate automatically (003 art 13). Repeating it changes nothing.
   */
  closeEnrollmentsForTransfer: Array<Enrollment>;
  /** Enrolls a person in a region's insurance (参保), creating the person on first sight. Repeating it changes nothing. */
  enroll: Enrollment;
  /**
   * Links another identity document to a person (a foreigner's new permanent resident ID card, a Hong Kong resident's
   * residence permit), audited: the person, with one history, is then found by either. A document already recorded
   * as someone's brings their records along (every subgraph files records under the document's key): for the agency
   * of a region where both are enrolled, or the national administrator. CONFLICT while both are actively enrolled
   * (003 art 5). Linking again changes nothing. Undone by unlinkIdentityDocument.
   */
  linkIdentityDocument: Person;
  /** Records that a person belongs, for a year, to a group a rule exempts (002 art 12: no 60-day wait for late residents). */
  recordExemption: Person;
  /** Records months in which a person was covered by another public medical scheme (002 art 14: no interruption, no years). */
  recordOtherSchemeCover: Person;
  /**
   * Records that an enrolled person retired (退休), by the agency of the region: the transfer measures leave retirees
   * out (003 art 2). Repeating it changes nothing; another date is a CONFLICT.
   */
  recordRetirement: Person;
  /** Suspends an active enrollment (中止/暂停), as the out-region does when a person leaves. Repeating it changes nothing. */
  suspendEnrollment: Enrollment;
  /** Terminates an enrollment (终止). Repeating it changes nothing. */
  terminateEnrollment: Enrollment;
  /**
   * Undoes a link made in error: the document, and every record filed under it, names a person of its own again (the
   * one it named before, or a new person with the same name and gender). The document a person was first known by
   * cannot be unlinked (CONFLICT). Returns the person the document now names.
   */
  unlinkIdentityDocument: Person;
};


export type MutationCloseEnrollmentsForTransferArgs = {
  insuranceType?: InputMaybe<InsuranceType>;
  on: Scalars['Date']['input'];
  personId: Scalars['ID']['input'];
  regionCode: Scalars['String']['input'];
};


export type MutationEnrollArgs = {
  input: EnrollInput;
};


export type MutationLinkIdentityDocumentArgs = {
  input: DocumentLinkInput;
};


export type MutationRecordExemptionArgs = {
  input: ExemptionInput;
};


export type MutationRecordOtherSchemeCoverArgs = {
  input: SchemeCoverInput;
};


export type MutationRecordRetirementArgs = {
  input: RetirementInput;
};


export type MutationSuspendEnrollmentArgs = {
  id: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationTerminateEnrollmentArgs = {
  id: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationUnlinkIdentityDocumentArgs = {
  input: DocumentUnlinkInput;
};

/** An insured person. Every subgraph adds its part of the person's history. */
export type Person = {
  __typename?: 'Person';
  /** Every identity document the person is known by: the first, then those linked to them. */
  documents: Array<IdentityDocument>;
  /** The regions the person is enrolled in (any status): what the other subgraphs authorize agencies by. */
  enrolledRegions: Array<Scalars['String']['output']>;
  /** HMAC binding enrolledRegions and recordKeys to this person's id: the other subgraphs accept them only with it. */
  enrollmentProof: Scalars['String']['output'];
  /** Every enrollment in every region, oldest first. */
  enrollments: Array<Enrollment>;
  /** Groups a rule exempts that the person belongs to, by year (002 art 12: newborns, new students, people in hardship). */
  exemptions: Array<Exemption>;
  gender?: Maybe<Gender>;
  /** Opaque and stable (the key of the first document the person was known by); never a document number. */
  id: Scalars['ID']['output'];
  /** That document's number: in full for the person and the agencies of the regions they are enrolled in, masked for others (first 6 and last 4 of a long number). */
  idNumber: Scalars['String']['output'];
  /** The type of the document the person was first known by. */
  idType: IdType;
  name: Scalars['String']['output'];
  /** Months covered by another public medical scheme (002 art 14): no interruption of the insurance, not counted as years. */
  otherSchemeCover: Array<SchemeCover>;
  /** The keys the person's records are filed under in every subgraph, one per identity document. */
  recordKeys: Array<Scalars['ID']['output']>;
  /** The day the person retired, as an agency recorded it: retirees are outside the transfer measures (003 art 2). */
  retiredOn?: Maybe<Scalars['Date']['output']>;
};

export type PolicyDeadline = {
  __typename?: 'PolicyDeadline';
  /** ONLINE (一网通办) or MAIL (Tianjin's letter mode). */
  mode: Scalars['String']['output'];
  /** The article, e.g. "003 art 8". */
  rule: Scalars['String']['output'];
  /** CONTACT_LETTER, TRANSFER_OUT, TRANSFER_IN or ACCOUNT_CREDIT. */
  step: Scalars['String']['output'];
  workingDays: Scalars['Int']['output'];
};

export type PolicyRule = {
  __typename?: 'PolicyRule';
  /** The rule in a sentence. */
  description: Scalars['String']['output'];
  /** The article, e.g. "004 art 7". */
  rule: Scalars['String']['output'];
  /**
   * TRANSFER_OUT_CONDITION, ARREARS, RESIDENT_TRANSFERS, WITHIN_PROVINCE, PAYOUT, NETTING, WAITING_PERIOD, BACK_PAY,
   * EFFECTIVE_MONTH, RETROACTIVE, NEW_ENROLLEES, EMPLOYEE_TO_RESIDENT, OTHER_SCHEME_COVER, LATE_RESIDENT_PAYMENT,
   * RESIDENT_YEAR, CONTRIBUTION_YEARS, DUPLICATE_PAYMENTS or HISTORICAL_DUPLICATES.
   */
  topic: Scalars['String']['output'];
};

/**
 * The enrollment subgraph: people, pooling regions and their agencies, and each person's enrollments
 * (参保登记) in a region's basic medical insurance.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * A person by any of their identity documents; null when no agency has recorded it. A 15-digit first-generation
   * resident number finds the person recorded under its 18 characters; full-width characters and spaces are ignored.
   * `issuingCountry` (ISO 3166-1 alpha-3) only, and always, with a PASSPORT.
   */
  person?: Maybe<Person>;
  /** Many people at once for dashboards, in the order asked, by documents of one type (not passports); null for an unknown number or a record not open to the caller (at most 1000). */
  persons: Array<Maybe<Person>>;
  /** A pooling region by its 6-digit division code; null when there is none. */
  region?: Maybe<Region>;
  /** Every pooling region (统筹地区) of the mainland, by code; optionally those of one province (e.g. "440000"). */
  regions: Array<Region>;
};


/**
 * The enrollment subgraph: people, pooling regions and their agencies, and each person's enrollments
 * (参保登记) in a region's basic medical insurance.
 */
export type QueryPersonArgs = {
  idNumber: Scalars['String']['input'];
  idType?: InputMaybe<IdType>;
  issuingCountry?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The enrollment subgraph: people, pooling regions and their agencies, and each person's enrollments
 * (参保登记) in a region's basic medical insurance.
 */
export type QueryPersonsArgs = {
  idNumbers: Array<Scalars['String']['input']>;
  idType?: InputMaybe<IdType>;
};


/**
 * The enrollment subgraph: people, pooling regions and their agencies, and each person's enrollments
 * (参保登记) in a region's basic medical insurance.
 */
export type QueryRegionArgs = {
  code: Scalars['String']['input'];
};


/**
 * The enrollment subgraph: people, pooling regions and their agencies, and each person's enrollments
 * (参保登记) in a region's basic medical insurance.
 */
export type QueryRegionsArgs = {
  provinceCode?: InputMaybe<Scalars['String']['input']>;
};

/** A pooling region (统筹地区), identified by its GB/T 2260 division code. */
export type Region = {
  __typename?: 'Region';
  agency: Agency;
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  policy: RegionPolicy;
  /** The province-level division's name, e.g. 广东省. */
  province: Scalars['String']['output'];
  /** The province-level division's code, e.g. 440000. */
  provinceCode: Scalars['String']['output'];
};

/** Which rule set applies in a region, with its deadlines and rules, each citing its article. */
export type RegionPolicy = {
  __typename?: 'RegionPolicy';
  /** Deadlines in working days (工作日), per mode (ONLINE, or Tianjin's MAIL) and step. */
  deadlines: Array<PolicyDeadline>;
  inForceSince: Scalars['Date']['output'];
  /** NATIONAL (the national measures, the default), GUANGDONG, TIANJIN, FUJIAN or HENAN. */
  profile: Scalars['String']['output'];
  /** The regulation, by its Chinese title. */
  regulation: Scalars['String']['output'];
  /** Every rule of this rule set that differs from the national one (for NATIONAL: every national rule), each with its article. */
  rules: Array<PolicyRule>;
};

export type RetirementInput = {
  idNumber: Scalars['String']['input'];
  /** The document type: a resident ID card unless given. */
  idType?: InputMaybe<IdType>;
  /** A passport's issuing state (ISO 3166-1 alpha-3). */
  issuingCountry?: InputMaybe<Scalars['String']['input']>;
  on: Scalars['Date']['input'];
  regionCode: Scalars['String']['input'];
};

/** Months under another public medical scheme (e.g. 公费医疗), as the agency of `region` recorded them. */
export type SchemeCover = {
  __typename?: 'SchemeCover';
  fromMonth: Scalars['YearMonth']['output'];
  region: Region;
  scheme: Scalars['String']['output'];
  toMonth: Scalars['YearMonth']['output'];
};

export type SchemeCoverInput = {
  fromMonth: Scalars['YearMonth']['input'];
  idNumber: Scalars['String']['input'];
  /** The document type: a resident ID card unless given. */
  idType?: InputMaybe<IdType>;
  /** A passport's issuing state (ISO 3166-1 alpha-3). */
  issuingCountry?: InputMaybe<Scalars['String']['input']>;
  regionCode: Scalars['String']['input'];
  /** The scheme, as agencies name it (公费医疗, 军人保障, …). */
  scheme: Scalars['String']['input'];
  toMonth: Scalars['YearMonth']['input'];
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
  Agency: Agency;
  IdentityDocument: IdentityDocument;
  Person: Person;
  Region: Region;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Agency:
    ( { __typename: 'Agency' }
    & GraphQLRecursivePick<FederationTypes['Agency'], {"regionCode":true}> );
  IdentityDocument:
    ( { __typename: 'IdentityDocument' }
    & GraphQLRecursivePick<FederationTypes['IdentityDocument'], {"key":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agency: ResolverTypeWrapper<Agency>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DocumentLinkInput: DocumentLinkInput;
  DocumentUnlinkInput: DocumentUnlinkInput;
  EnrollInput: EnrollInput;
  Enrollment: ResolverTypeWrapper<EnrollmentRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  EnrollmentStatus: EnrollmentStatus;
  ExemptGroup: ExemptGroup;
  Exemption: ResolverTypeWrapper<PersonFactRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ExemptionInput: ExemptionInput;
  Gender: Gender;
  IdType: IdType;
  IdentityDocument: ResolverTypeWrapper<IdentityDocumentRow>;
  IdentityDocumentInput: IdentityDocumentInput;
  InsuranceType: InsuranceType;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Person: ResolverTypeWrapper<PersonRow>;
  PolicyDeadline: ResolverTypeWrapper<PolicyDeadline>;
  PolicyRule: ResolverTypeWrapper<PolicyRule>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<PoolingRegion>;
  RegionPolicy: ResolverTypeWrapper<RegionPolicy>;
  RetirementInput: RetirementInput;
  SchemeCover: ResolverTypeWrapper<PersonFactRow>;
  SchemeCoverInput: SchemeCoverInput;
  YearMonth: ResolverTypeWrapper<Scalars['YearMonth']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: Agency | FederationReferenceTypes['Agency'];
  String: Scalars['String']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DocumentLinkInput: DocumentLinkInput;
  DocumentUnlinkInput: DocumentUnlinkInput;
  EnrollInput: EnrollInput;
  Enrollment: EnrollmentRow;
  ID: Scalars['ID']['output'];
  Exemption: PersonFactRow;
  Int: Scalars['Int']['output'];
  ExemptionInput: ExemptionInput;
  IdentityDocument: IdentityDocumentRow;
  IdentityDocumentInput: IdentityDocumentInput;
  Mutation: Record<PropertyKey, never>;
  Person: PersonRow;
  PolicyDeadline: PolicyDeadline;
  PolicyRule: PolicyRule;
  Query: Record<PropertyKey, never>;
  Region: PoolingRegion;
  RegionPolicy: RegionPolicy;
  RetirementInput: RetirementInput;
  SchemeCover: PersonFactRow;
  SchemeCoverInput: SchemeCoverInput;
  YearMonth: Scalars['YearMonth']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type AgencyResolvers<ContextType = EnrollmentContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency'], FederationReferenceType extends FederationReferenceTypes['Agency'] = FederationReferenceTypes['Agency']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agency']> | FederationReferenceType, FederationReferenceType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EnrollmentResolvers<ContextType = EnrollmentContext, ParentType extends ResolversParentTypes['Enrollment'] = ResolversParentTypes['Enrollment']> = {
  endMonth?: Resolver<Maybe<ResolversTypes['YearMonth']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insuranceType?: Resolver<ResolversTypes['InsuranceType'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  startMonth?: Resolver<ResolversTypes['YearMonth'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EnrollmentStatus'], ParentType, ContextType>;
  suspendedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  terminatedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ExemptionResolvers<ContextType = EnrollmentContext, ParentType extends ResolversParentTypes['Exemption'] = ResolversParentTypes['Exemption']> = {
  group?: Resolver<ResolversTypes['ExemptGroup'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IdentityDocumentResolvers<ContextType = EnrollmentContext, ParentType extends ResolversParentTypes['IdentityDocument'] = ResolversParentTypes['IdentityDocument'], FederationReferenceType extends FederationReferenceTypes['IdentityDocument'] = FederationReferenceTypes['IdentityDocument']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['IdentityDocument']> | FederationReferenceType, FederationReferenceType, ContextType>;
  idNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  idType?: Resolver<ResolversTypes['IdType'], ParentType, ContextType>;
  issuingCountry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linkedByRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkedOn?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = EnrollmentContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  closeEnrollmentsForTransfer?: Resolver<Array<ResolversTypes['Enrollment']>, ParentType, ContextType, RequireFields<MutationCloseEnrollmentsForTransferArgs, 'on' | 'personId' | 'regionCode'>>;
  enroll?: Resolver<ResolversTypes['Enrollment'], ParentType, ContextType, RequireFields<MutationEnrollArgs, 'input'>>;
  linkIdentityDocument?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationLinkIdentityDocumentArgs, 'input'>>;
  recordExemption?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationRecordExemptionArgs, 'input'>>;
  recordOtherSchemeCover?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationRecordOtherSchemeCoverArgs, 'input'>>;
  recordRetirement?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationRecordRetirementArgs, 'input'>>;
  suspendEnrollment?: Resolver<ResolversTypes['Enrollment'], ParentType, ContextType, RequireFields<MutationSuspendEnrollmentArgs, 'id'>>;
  terminateEnrollment?: Resolver<ResolversTypes['Enrollment'], ParentType, ContextType, RequireFields<MutationTerminateEnrollmentArgs, 'id'>>;
  unlinkIdentityDocument?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationUnlinkIdentityDocumentArgs, 'input'>>;
};

export type PersonResolvers<ContextType = EnrollmentContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['IdentityDocument']>, ParentType, ContextType>;
  enrolledRegions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  enrollmentProof?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enrollments?: Resolver<Array<ResolversTypes['Enrollment']>, ParentType, ContextType>;
  exemptions?: Resolver<Array<ResolversTypes['Exemption']>, ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['Gender']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  idType?: Resolver<ResolversTypes['IdType'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherSchemeCover?: Resolver<Array<ResolversTypes['SchemeCover']>, ParentType, ContextType>;
  recordKeys?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  retiredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PolicyDeadlineResolvers<ContextType = EnrollmentContext, ParentType extends ResolversParentTypes['PolicyDeadline'] = ResolversParentTypes['PolicyDeadline']> = {
  mode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PolicyRuleResolvers<ContextType = EnrollmentContext, ParentType extends ResolversParentTypes['PolicyRule'] = ResolversParentTypes['PolicyRule']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = EnrollmentContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'idNumber' | 'idType'>>;
  persons?: Resolver<Array<Maybe<ResolversTypes['Person']>>, ParentType, ContextType, RequireFields<QueryPersonsArgs, 'idNumbers' | 'idType'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryRegionsArgs>>;
};

export type RegionResolvers<ContextType = EnrollmentContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['RegionPolicy'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegionPolicyResolvers<ContextType = EnrollmentContext, ParentType extends ResolversParentTypes['RegionPolicy'] = ResolversParentTypes['RegionPolicy']> = {
  deadlines?: Resolver<Array<ResolversTypes['PolicyDeadline']>, ParentType, ContextType>;
  inForceSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  profile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regulation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['PolicyRule']>, ParentType, ContextType>;
};

export type SchemeCoverResolvers<ContextType = EnrollmentContext, ParentType extends ResolversParentTypes['SchemeCover'] = ResolversParentTypes['SchemeCover']> = {
  fromMonth?: Resolver<ResolversTypes['YearMonth'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  scheme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toMonth?: Resolver<ResolversTypes['YearMonth'], ParentType, ContextType>;
};

export interface YearMonthScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['YearMonth'], any> {
  name: 'YearMonth';
}

export type Resolvers<ContextType = EnrollmentContext> = {
  Agency?: AgencyResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Enrollment?: EnrollmentResolvers<ContextType>;
  Exemption?: ExemptionResolvers<ContextType>;
  IdentityDocument?: IdentityDocumentResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PolicyDeadline?: PolicyDeadlineResolvers<ContextType>;
  PolicyRule?: PolicyRuleResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionPolicy?: RegionPolicyResolvers<ContextType>;
  SchemeCover?: SchemeCoverResolvers<ContextType>;
  YearMonth?: GraphQLScalarType;
};

