import pg from 'pg';
import { checkCharacter } from '#shared/identity/gb11643.ts';
import { documentKeyFor } from '#shared/identity/documents.ts';
import { subgraphDatabaseUrl } from '#shared/database/subgraph-database.ts';
import { rolesOf } from '#shared/database/roles.ts';

/**
 * The benchmark's population, loaded by bulk SQL into the databases the subgraphs created (as their owner roles):
 * each person has about 150 months of employee contributions in 2 or 3 regions, an enrollment per region (the last
 * active), a personal account per region with its entries (emptied by a transfer-out on each move), and a
 * completed transfer per move. Deterministic: person n is the same in every run.
 */
const REGIONS = [
  '440100',
  '440300',
  '410100',
  '120000',
  '350100',
  '350200',
  '310000',
  '330100',
  '320100',
  '510100',
  '420100',
  '110000',
];
export const MONTHS = 150;

export interface BenchPerson {
  idNumber: string;
  key: string;
  regions: string[];
  /** First month, as "YYYY-MM-01". */
  start: string;
  /** Month offsets where each next region begins. */
  moves: number[];
}

/** Person n: a resident ID number born 1960-01-01 plus n days, from a region of their own. */
function idNumberOf(n: number): string {
  const birth = new Date(Date.UTC(1960, 0, 1) + n * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `${REGIONS[n % REGIONS.length]}${birth}${String(n % 1000).padStart(3, '0')}`;
  return `${first17}${checkCharacter(first17)}`;
}

export function population(count: number, personIdKey: string): BenchPerson[] {
  return Array.from({ length: count }, (_, n) => {
    const idNumber = idNumberOf(n);
    const three = n % 3 !== 0;
    const regions = [REGIONS[n % 12]!, REGIONS[(n + 5) % 12]!, ...(three ? [REGIONS[(n + 9) % 12]!] : [])];
    const first = 40 + (n % 30);
    const moves = three ? [first, first + 40 + (n % 25)] : [first + 20];
    const start = `${2012 + Math.floor((n % 24) / 12)}-${String((n % 12) + 1).padStart(2, '0')}-01`;
    return { idNumber, key: documentKeyFor(personIdKey, { idNumber }), regions, start, moves };
  });
}

const monthAt = (start: string, offset: number) => {
  const [year, month] = start.split('-').map(Number) as [number, number];
  const total = year * 12 + month - 1 + offset;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
};

/** One statement as the owner of a subgraph's database. */
async function asOwner(serverUrl: string, database: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({
    connectionString: subgraphDatabaseUrl(serverUrl, database),
    options: `-c role=${rolesOf(database).owner}`,
  });
  await client.connect();
  try {
    await work(client);
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

/** Loads the population into the four databases (`<prefix><subgraph>`), which the subgraphs have migrated. */
export async function loadPopulation(serverUrl: string, prefix: string, people: readonly BenchPerson[]): Promise<void> {
  const keys = people.map((person) => person.key);
  // Stints: one per region, with its first and last month.
  const stints = people.flatMap((person) =>
    person.regions.map((region, i) => ({
      key: person.key,
      region,
      from: monthAt(person.start, i === 0 ? 0 : person.moves[i - 1]!),
      to: monthAt(person.start, (i < person.moves.length ? person.moves[i]! : MONTHS) - 1),
      last: i === person.regions.length - 1,
    })),
  );
  const column = <T>(pick: (stint: (typeof stints)[number]) => T) => stints.map(pick);
  await asOwner(serverUrl, `${prefix}enrollment`, async (client) => {
    await client.query(
      `INSERT INTO person (id, name, gender) SELECT k, '测试' || i, CASE WHEN i % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END FROM unnest($1::text[]) WITH ORDINALITY AS p(k, i)`,
      [keys],
    );
    await client.query(
      `INSERT INTO identity_document (key, person_id, id_type, id_number) SELECT k, k, 'RESIDENT_ID_CARD', n FROM unnest($1::text[], $2::text[]) AS d(k, n)`,
      [keys, people.map((person) => person.idNumber)],
    );
    await client.query(
      `INSERT INTO enrollment (person_id, region_code, insurance_type, status, start_month, end_month, terminated_on)
       SELECT k, r, 'EMPLOYEE', CASE WHEN last THEN 'ACTIVE' ELSE 'TERMINATED' END, f::date,
              CASE WHEN last THEN NULL ELSE t::date END, CASE WHEN last THEN NULL ELSE (t::date + interval '1 month' - interval '1 day')::date END
         FROM unnest($1::text[], $2::char(6)[], $3::text[], $4::text[], $5::boolean[]) AS s(k, r, f, t, last)`,
      [
        column((s) => s.key),
        column((s) => s.region),
        column((s) => s.from),
        column((s) => s.to),
        column((s) => s.last),
      ],
    );
  });
  await asOwner(serverUrl, `${prefix}contributions`, async (client) => {
    await client.query(
      `INSERT INTO contribution (person_id, region_code, insurance_type, month, amount_fen, paid_on, kind)
       SELECT s.k, s.r, 'EMPLOYEE', m::date, 48000 + (extract(year FROM m)::int - 2012) * 1000, (m + interval '14 days')::date, 'REGULAR'
         FROM unnest($1::text[], $2::char(6)[], $3::text[], $4::text[]) AS s(k, r, f, t)
        CROSS JOIN LATERAL generate_series(s.f::date, s.t::date, interval '1 month') AS m`,
      [column((s) => s.key), column((s) => s.region), column((s) => s.from), column((s) => s.to)],
    );
  });
  await asOwner(serverUrl, `${prefix}accounts`, async (client) => {
    await client.query(
      `INSERT INTO personal_account (person_id, region_code, balance_fen)
       SELECT k, r, CASE WHEN last THEN 120000 ELSE 0 END FROM unnest($1::text[], $2::char(6)[], $3::boolean[]) AS s(k, r, last)`,
      [column((s) => s.key), column((s) => s.region), column((s) => s.last)],
    );
    await client.query(
      `INSERT INTO account_entry (account_id, "on", kind, direction, amount_fen, balance_after_fen)
       SELECT a.id, (s.f::date + (g - 1) * interval '1 month' + interval '27 days')::date, 'ALLOCATION', 'CREDIT', 10000, g * 10000
         FROM unnest($1::text[], $2::char(6)[], $3::text[]) AS s(k, r, f)
         JOIN personal_account a ON a.person_id = s.k AND a.region_code = s.r
        CROSS JOIN generate_series(1, 12) AS g
        ORDER BY a.id, g`,
      [column((s) => s.key), column((s) => s.region), column((s) => s.from)],
    );
    await client.query(
      `INSERT INTO account_entry (account_id, "on", kind, direction, amount_fen, balance_after_fen)
       SELECT a.id, (s.t::date + interval '1 month')::date, 'TRANSFER_OUT', 'DEBIT', 120000, 0
         FROM unnest($1::text[], $2::char(6)[], $3::text[], $4::boolean[]) AS s(k, r, t, last)
         JOIN personal_account a ON a.person_id = s.k AND a.region_code = s.r
        WHERE NOT s.last`,
      [column((s) => s.key), column((s) => s.region), column((s) => s.to), column((s) => s.last)],
    );
  });
  await asOwner(serverUrl, `${prefix}transfers`, async (client) => {
    const moves = stints.filter((stint) => !stint.last);
    const next = (stint: (typeof stints)[number]) => stints[stints.indexOf(stint) + 1]!;
    await client.query(
      `INSERT INTO transfer (person_id, document_key, kind, from_region, to_region, mode, status, applied_on, out_completed_on, completed_on, reasons)
       SELECT k, k, 'EMPLOYEE_TO_EMPLOYEE', f, t, 'ONLINE', 'COMPLETED', d::date, (d::date + 3), (d::date + 7), '[]'
         FROM unnest($1::text[], $2::char(6)[], $3::char(6)[], $4::text[]) AS m(k, f, t, d)`,
      [
        moves.map((s) => s.key),
        moves.map((s) => s.region),
        moves.map((s) => next(s).region),
        moves.map((s) => next(s).from),
      ],
    );
  });
}
