import type { CalendarDate } from '#shared/calendar-date.ts';
import { DEFAULT_SUBGRAPH_PORTS, type Config } from '#shared/config.ts';
import type { InsuranceType } from '#shared/insurance.ts';
import { formatMoney, parseMoney, type Fen } from '#shared/money.ts';
import type { MonthRecord } from '#shared/rules/benefit-continuity.ts';
import { parseYearMonth, type YearMonth } from '#shared/year-month.ts';
import type { EnrollmentFact } from '../domain/pre-validation.ts';
import { callSubgraph } from './subgraph-client.ts';

const fen = (money: string): Fen => {
  const parsed = parseMoney(money);
  if (!parsed.ok) throw new Error(`unexpected amount ${money}`);
  return parsed.fen;
};

export interface PersonFacts {
  name: string;
  gender: string | null;
  enrollments: EnrollmentFact[];
}

export interface ContributionFacts {
  arrearsInOutRegion: YearMonth[];
  history: MonthRecord[];
  periods: { fromMonth: YearMonth; toMonth: YearMonth; regionCode: string; insuranceType: InsuranceType; months: number }[];
}

type WireEnrollment = { region: { code: string }; insuranceType: InsuranceType; status: EnrollmentFact['status']; startMonth: string };
type WireMonth = { month: string; region: { code: string }; insuranceType: InsuranceType; paidOn: string; kind: MonthRecord['kind'] };
type WirePeriod = { fromMonth: string; toMonth: string; region: { code: string }; insuranceType: InsuranceType; months: number };

/** The other subgraphs as the transfer workflow uses them: their entity fields and internal mutations. */
export class Services {
  private readonly targets: Record<'enrollment' | 'contributions' | 'accounts', { name: string; url: string; secret: string }>;

  constructor(config: Config) {
    const target = (name: 'enrollment' | 'contributions' | 'accounts') => ({
      name,
      url: config.subgraphUrls[name] ?? `http://127.0.0.1:${DEFAULT_SUBGRAPH_PORTS[name]}/graphql`,
      secret: config.subgraphSecrets[name],
    });
    this.targets = { enrollment: target('enrollment'), contributions: target('contributions'), accounts: target('accounts') };
  }

  async person(personId: string): Promise<PersonFacts | null> {
    const data = await callSubgraph<{ _entities: ({ name: string; gender: string | null; enrollments: WireEnrollment[] } | null)[] }>(
      this.targets.enrollment,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
         name gender enrollments { region { code } insuranceType status startMonth } } } }`,
      { r: [{ __typename: 'Person', id: personId }] },
    );
    const person = data._entities[0];
    if (!person) return null;
    return {
      name: person.name,
      gender: person.gender,
      enrollments: person.enrollments.map((e) => ({
        regionCode: e.region.code,
        insuranceType: e.insuranceType,
        status: e.status,
        startMonth: parseYearMonth(e.startMonth)!,
      })),
    };
  }

  async contributions(personId: string, fromRegion: string): Promise<ContributionFacts> {
    const data = await callSubgraph<{ _entities: { arrears: string[]; contributions: WireMonth[]; contributionPeriods: WirePeriod[] }[] }>(
      this.targets.contributions,
      `query ($r: [_Any!]!, $from: String) { _entities(representations: $r) { ... on Person {
         arrears(regionCode: $from)
         contributions { month region { code } insuranceType paidOn kind }
         contributionPeriods { fromMonth toMonth region { code } insuranceType months } } } }`,
      { r: [{ __typename: 'Person', id: personId }], from: fromRegion },
    );
    const person = data._entities[0]!;
    return {
      arrearsInOutRegion: person.arrears.map((month) => parseYearMonth(month)!),
      history: person.contributions.map((c) => ({
        month: parseYearMonth(c.month)!,
        regionCode: c.region.code,
        insuranceType: c.insuranceType,
        paidOn: c.paidOn,
        kind: c.kind,
      })),
      periods: person.contributionPeriods.map((p) => ({
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
  async transferOutAccountBalance(input: { transferId: string; personId: string; fromRegion: string; toRegion: string; on: CalendarDate }): Promise<Fen> {
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

  async closeOutRegionEnrollments(personId: string, regionCode: string, on: CalendarDate): Promise<void> {
    await callSubgraph(
      this.targets.enrollment,
      `mutation ($personId: ID!, $regionCode: String!, $on: Date!) {
         closeEnrollmentsForTransfer(personId: $personId, regionCode: $regionCode, on: $on) { id } }`,
      { personId, regionCode, on },
    );
  }
}
