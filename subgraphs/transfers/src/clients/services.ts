import type { CalendarDate } from '#shared/calendar-date.ts';
import type { Config } from '#shared/config.ts';
import type { IdType } from '#shared/identity/documents.ts';
import type { InsuranceType } from '#shared/insurance.ts';
import { formatMoney, parseMoney, type Fen } from '#shared/money.ts';
import type { MonthRecord, PersonFacts as RuleFacts } from '../domain/benefit-continuity.ts';
import type { ExemptGroup } from '#shared/rules/region-policy.ts';
import { parseYearMonth, type YearMonth } from '#shared/year-month.ts';
import type { EnrollmentFact } from '../domain/pre-validation.ts';
import { WORKFLOW_SERVICE } from '#shared/auth/identity.ts';
import { callSubgraph, subgraphTarget, type SubgraphTarget } from '#shared/server/subgraph-client.ts';

const fen = (money: string): Fen => {
  const parsed = parseMoney(money);
  if (!parsed.ok) throw new Error(`unexpected amount ${money}`);
  return parsed.fen;
};

export interface PersonFacts extends RuleFacts {
  /** The person's `Person.id` (whichever of their documents' keys they were asked by). */
  id: string;
  /** The keys their records are filed under in every subgraph, one per identity document. */
  recordKeys: string[];
  /** Their documents' types, by key (the numbers stay in the enrollment subgraph). */
  documents: { key: string; idType: IdType }[];
  name: string;
  gender: string | null;
  enrollments: (EnrollmentFact & { endedOn: CalendarDate | null })[];
  retiredOn: CalendarDate | null;
}

export interface ContributionFacts {
  arrearsInOutRegion: YearMonth[];
  history: MonthRecord[];
  periods: {
    fromMonth: YearMonth;
    toMonth: YearMonth;
    regionCode: string;
    insuranceType: InsuranceType;
    months: number;
  }[];
}

type WireEnrollment = {
  region: { code: string };
  insuranceType: InsuranceType;
  status: EnrollmentFact['status'];
  startMonth: string;
  endMonth: string | null;
  suspendedOn: CalendarDate | null;
  terminatedOn: CalendarDate | null;
};
type WirePerson = {
  id: string;
  recordKeys: string[];
  documents: { key: string; idType: IdType }[];
  name: string;
  gender: string | null;
  enrollments: WireEnrollment[];
  retiredOn: CalendarDate | null;
  exemptions: { group: ExemptGroup; year: number }[];
  otherSchemeCover: { fromMonth: string; toMonth: string }[];
};
type WireMonth = {
  month: string;
  region: { code: string };
  insuranceType: InsuranceType;
  paidOn: string;
  kind: MonthRecord['kind'];
};
type WirePeriod = {
  fromMonth: string;
  toMonth: string;
  region: { code: string };
  insuranceType: InsuranceType;
  months: number;
};

/** The other subgraphs as the transfer workflow uses them: their entity fields and internal mutations. */
export class Services {
  private readonly targets: Record<'enrollment' | 'contributions' | 'accounts', SubgraphTarget>;

  constructor(config: Config) {
    const target = (name: 'enrollment' | 'contributions' | 'accounts') =>
      subgraphTarget(config, name, WORKFLOW_SERVICE);
    this.targets = {
      enrollment: target('enrollment'),
      contributions: target('contributions'),
      accounts: target('accounts'),
    };
  }

  /** What the enrollment subgraph knows of the person a key names (any of their documents'), that the checks and rules read. */
  async person(personId: string): Promise<PersonFacts | null> {
    const data = await callSubgraph<{ _entities: (WirePerson | null)[] }>(
      this.targets.enrollment,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
         id recordKeys documents { key idType } name gender retiredOn exemptions { group year } otherSchemeCover { fromMonth toMonth }
         enrollments { region { code } insuranceType status startMonth endMonth suspendedOn terminatedOn } } } }`,
      { r: [{ __typename: 'Person', id: personId }] },
    );
    const person = data._entities[0];
    if (!person) return null;
    return {
      id: person.id,
      recordKeys: person.recordKeys,
      documents: person.documents,
      name: person.name,
      gender: person.gender,
      retiredOn: person.retiredOn,
      exemptions: person.exemptions,
      otherSchemeCover: person.otherSchemeCover.map((cover) => ({
        fromMonth: parseYearMonth(cover.fromMonth)!,
        toMonth: parseYearMonth(cover.toMonth)!,
      })),
      enrollments: person.enrollments.map((e) => ({
        regionCode: e.region.code,
        insuranceType: e.insuranceType,
        status: e.status,
        startMonth: parseYearMonth(e.startMonth)!,
        endMonth: e.endMonth === null ? null : parseYearMonth(e.endMonth)!,
        endedOn: e.terminatedOn ?? e.suspendedOn,
      })),
    };
  }

  /** The person's contributions under all their keys (`PersonFacts.recordKeys`; the id alone for someone unknown). */
  async contributions(person: { id: string; recordKeys: string[] }, fromRegion: string): Promise<ContributionFacts> {
    const data = await callSubgraph<{
      _entities: { arrears: string[]; contributions: WireMonth[]; contributionPeriods: WirePeriod[] }[];
    }>(
      this.targets.contributions,
      `query ($r: [_Any!]!, $from: String) { _entities(representations: $r) { ... on Person {
         arrears(regionCode: $from)
         contributions { month region { code } insuranceType paidOn kind }
         contributionPeriods { fromMonth toMonth region { code } insuranceType months } } } }`,
      { r: [{ __typename: 'Person', id: person.id, recordKeys: person.recordKeys }], from: fromRegion },
    );
    const found = data._entities[0]!;
    return {
      arrearsInOutRegion: found.arrears.map((month) => parseYearMonth(month)!),
      history: found.contributions.map((c) => ({
        month: parseYearMonth(c.month)!,
        regionCode: c.region.code,
        insuranceType: c.insuranceType,
        paidOn: c.paidOn,
        kind: c.kind,
      })),
      periods: found.contributionPeriods.map((p) => ({
        fromMonth: parseYearMonth(p.fromMonth)!,
        toMonth: parseYearMonth(p.toMonth)!,
        regionCode: p.region.code,
        insuranceType: p.insuranceType,
        months: p.months,
      })),
    };
  }

  /**
   * The out-agency's act: the whole out-region balance leaves into transit, declared in the same transaction;
   * the same answer on every retry. Returns the amount the Info Sheet declares.
   */
  async transferOutAccountBalance(input: {
    transferId: string;
    personId: string;
    personKeys: string[];
    fromRegion: string;
    toRegion: string;
    on: CalendarDate;
  }): Promise<Fen> {
    const data = await callSubgraph<{ transferOutAccountBalance: { declared: string } }>(
      this.targets.accounts,
      `mutation ($input: TransferOutInput!) { transferOutAccountBalance(input: $input) { declared } }`,
      { input },
    );
    return fen(data.transferOutAccountBalance.declared);
  }

  /** Settles the money in transit at transfer-in: credited (with what followed it) or returned. Once per transfer. */
  async settleAccountTransfer(
    transferId: string,
    settlement: { credit: Fen; returnAll: boolean; on: CalendarDate },
  ): Promise<{ credited: Fen; supplementary: Fen; returned: Fen }> {
    type Settled = { credited: string; supplementary: string; returned: string };
    const data = await callSubgraph<{ settleAccountTransfer: Settled }>(
      this.targets.accounts,
      `mutation ($id: ID!, $credit: Money!, $returnAll: Boolean!, $on: Date!) {
         settleAccountTransfer(transferId: $id, credit: $credit, returnAll: $returnAll, on: $on) { credited supplementary returned } }`,
      { id: transferId, credit: formatMoney(settlement.credit), returnAll: settlement.returnAll, on: settlement.on },
    );
    const { credited, supplementary, returned } = data.settleAccountTransfer;
    return { credited: fen(credited), supplementary: fen(supplementary), returned: fen(returned) };
  }

  /** Terminates the person's enrollments of the scheme left in the out-region (003 art 13). */
  async closeOutRegionEnrollments(
    personId: string,
    regionCode: string,
    insuranceType: InsuranceType,
    on: CalendarDate,
  ): Promise<void> {
    await callSubgraph(
      this.targets.enrollment,
      `mutation ($personId: ID!, $regionCode: String!, $insuranceType: InsuranceType, $on: Date!) {
         closeEnrollmentsForTransfer(personId: $personId, regionCode: $regionCode, insuranceType: $insuranceType, on: $on) { id } }`,
      { personId, regionCode, insuranceType, on },
    );
  }
}
