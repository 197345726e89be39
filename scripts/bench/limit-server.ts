import { createServer, type Server } from 'node:http';
import pg from 'pg';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { subgraphDatabaseUrl } from '#shared/database/subgraph-database.ts';
import { documentKeyFor } from '#shared/identity/documents.ts';
import type { InsuranceType } from '#shared/insurance.ts';
import { formatMoney } from '#shared/money.ts';
import { findRegion } from '#shared/regions/regions.ts';
import { parseYearMonth } from '#shared/year-month.ts';
import { contributionYears } from '../../subgraphs/contributions/src/domain/contribution-years.ts';
import type { ContributionRow } from '../../subgraphs/contributions/src/db/entities/contribution.ts';
import type { DeemedPeriodRow } from '../../subgraphs/contributions/src/db/entities/deemed-period.ts';
import { DASHBOARD } from './queries.ts';

/**
 * The physical limit the hub is measured against: the benchmark's two queries answered by hand-written SQL — one
 * statement per database, the four in parallel, rows read as text (no type parsing) and grouped in place — and the
 * same JSON, byte for byte, over bare `node:http`. It computes the contribution years with the hub's own domain
 * function (that work is the answer, not overhead). It knows nothing of documents linked to a person (the
 * benchmark has none) and checks no identity: it is a bound, not a service.
 */
const SQL = {
  enrollment: `SELECT d.key, p.id, p.name, p.gender, e.region_code, e.insurance_type, e.status, e.start_month, e.end_month
    FROM identity_document d JOIN person p ON p.id = d.person_id LEFT JOIN enrollment e ON e.person_id = d.key
    WHERE d.key = ANY($1) ORDER BY d.key, e.start_month, e.created_at`,
  contributions: `SELECT 'C', person_id, month, region_code, insurance_type, amount_fen, paid_on, kind, NULL FROM contribution WHERE person_id = ANY($1)
    UNION ALL SELECT 'D', person_id, NULL, region_code, NULL, NULL, NULL, reason, months FROM deemed_period WHERE person_id = ANY($1)`,
  accounts: `SELECT a.person_id, a.region_code, a.balance_fen, e."on", e.kind, e.amount_fen, e.balance_after_fen
    FROM personal_account a LEFT JOIN account_entry e ON e.account_id = a.id WHERE a.person_id = ANY($1) ORDER BY a.person_id, a.region_code, e.seq`,
  transfers: `SELECT person_id, id, status, kind, applied_on, from_region, to_region FROM transfer WHERE person_id = ANY($1) ORDER BY seq DESC`,
};

type Pools = Record<keyof typeof SQL, pg.Pool>;
/** Rows as PostgreSQL's text: no Date objects, no number parsing but where the answer needs it. */
const TEXT = { getTypeParser: () => (value: string) => value };
const money = (fen: string) => formatMoney(BigInt(fen));
const month = (date: string) => date.slice(0, 7);

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

async function answer(pools: Pools, personIdKey: string, idNumbers: string[], dashboard: boolean) {
  const keys = idNumbers.map((idNumber) => documentKeyFor(personIdKey, { idNumber }));
  const [people, contributions, accounts, transfers] = await Promise.all(
    (Object.keys(SQL) as (keyof typeof SQL)[]).map(async (name) => {
      const { rows } = await pools[name].query({ text: SQL[name], values: [keys], rowMode: 'array', types: TEXT });
      return groupBy(rows as string[][], (row) => row[name === 'contributions' ? 1 : 0]!);
    }),
  );
  return keys.map((key) => {
    const enrollments = people!.get(key);
    if (!enrollments) return null;
    const [, id, name, gender] = enrollments[0]!;
    const records = contributions!.get(key) ?? [];
    const rows: ContributionRow[] = records
      .filter((row) => row[0] === 'C')
      .map(([, , m, regionCode, insuranceType, fen, paidOn, kind]) => ({
        id: '',
        personId: key,
        regionCode: regionCode!,
        insuranceType: insuranceType as InsuranceType,
        month: parseYearMonth(month(m!))!,
        amount: BigInt(fen!),
        paidOn: paidOn as CalendarDate | null,
        kind: kind as ContributionRow['kind'],
        recordedAt: new Date(0),
      }))
      .sort(
        (a, b) =>
          a.month - b.month ||
          (a.paidOn ?? '').localeCompare(b.paidOn ?? '') ||
          a.regionCode.localeCompare(b.regionCode),
      );
    const deemed = records
      .filter((row) => row[0] === 'D')
      .map(([, , , regionCode, , , , reason, months]) => ({
        id: '',
        personId: key,
        regionCode: regionCode!,
        months: Number(months),
        reason: reason as DeemedPeriodRow['reason'],
        recordedAt: new Date(0),
      }));
    const years = contributionYears(rows, deemed, null, []);
    const paid = rows.filter((row) => row.paidOn !== null);
    const accountRows = groupBy(accounts!.get(key) ?? [], (row) => row[1]!);
    const transferRows = transfers!.get(key) ?? [];
    const enrolled = enrollments.filter((row) => row[4] !== null);
    if (dashboard) {
      return {
        name,
        enrollments: enrolled.map((row) => ({ status: row[6], region: { name: findRegion(row[4]!)!.name } })),
        contributions: paid.map((row) => ({ month: formatMonth(row.month), amount: formatMoney(row.amount) })),
        contributionYears: { display: years.display },
        accounts: [...accountRows.values()].map((entries) => ({ balance: money(entries[0]![2]!) })),
        transfers: transferRows.map((row) => ({ id: row[1] })),
      };
    }
    return {
      id,
      name,
      gender,
      enrollments: enrolled.map((row) => ({
        region: { code: row[4], name: findRegion(row[4]!)!.name },
        insuranceType: row[5],
        status: row[6],
        startMonth: month(row[7]!),
        endMonth: row[8] === null ? null : month(row[8]!),
      })),
      contributions: paid.map((row) => ({
        month: formatMonth(row.month),
        region: { code: row.regionCode },
        insuranceType: row.insuranceType,
        amount: formatMoney(row.amount),
        paidOn: row.paidOn,
        kind: row.kind,
      })),
      contributionYears: {
        actualMonths: years.actualMonths,
        deemedMonths: years.deemedMonths,
        totalMonths: years.totalMonths,
        years: years.years,
        remainderMonths: years.remainderMonths,
        display: years.display,
        byRegion: years.byRegion.map((region) => ({
          region: { code: region.regionCode },
          paidMonths: region.paidMonths,
          creditedMonths: region.creditedMonths,
        })),
      },
      accounts: [...accountRows].map(([code, entries]) => ({
        region: { code },
        balance: money(entries[0]![2]!),
        entries: entries
          .filter((entry) => entry[3] !== null)
          .map(([, , , on, kind, fen, after]) => ({ on, kind, amount: money(fen!), balanceAfter: money(after!) })),
      })),
      transfers: transferRows.map(([, transferId, status, kind, appliedOn, from, to]) => ({
        id: transferId,
        status,
        kind,
        appliedOn,
        fromRegion: { code: from },
        toRegion: { code: to },
      })),
    };
  });
}

const formatMonth = (value: number) => `${Math.floor(value / 12)}-${String((value % 12) + 1).padStart(2, '0')}`;

/** Starts the limit on `port`; `stop` closes it and its pools. */
export async function startLimitServer(
  serverUrl: string,
  prefix: string,
  personIdKey: string,
  port: number,
): Promise<{ url: string; stop(): Promise<void> }> {
  const pools = Object.fromEntries(
    Object.keys(SQL).map((name) => [
      name,
      new pg.Pool({ connectionString: subgraphDatabaseUrl(serverUrl, `${prefix}${name}`), max: 8 }),
    ]),
  ) as Pools;
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk));
    request.on('end', async () => {
      const { query, variables } = JSON.parse(body) as {
        query: string;
        variables: { idNumber?: string; idNumbers?: string[] };
      };
      const people = await answer(
        pools,
        personIdKey,
        variables.idNumbers ?? [variables.idNumber!],
        query === DASHBOARD,
      );
      const data = variables.idNumbers ? { persons: people } : { person: people[0] };
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(`${JSON.stringify({ data })}\n`);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await Promise.all(Object.values(pools).map((pool) => pool.end()));
    },
  };
}
