import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES } from '#shared/config.ts';
import { rolesOf } from '#shared/database/roles.ts';
import { subgraphDatabaseUrl } from '#shared/database/subgraph-database.ts';
import { testIdNumber } from './support/people.ts';
import { random } from './support/random.ts';
import { agencyDesk } from './support/people-helpers.ts';
import { startProductionStack, tokenFor, type ProductionStack } from './support/production.ts';
import { transferDesk } from './support/transfer-desk.ts';

/**
 * Issue 10, findings 3 and 4, as a fuzz test: hostile values in every argument and input field of every
 * operation, through the gateway in production mode. None may cause an INTERNAL_SERVER_ERROR or a 500, echo
 * an ID number, or give an error response over 64 KB; a refused mutation writes no row anywhere.
 */
const known = testIdNumber(700, '440106'); // enrolled, paid, with an account and a transfer
const idShaped = [
  testIdNumber(701, '330102'),
  testIdNumber(702, '110105'),
  '110105491231002',
  `${testIdNumber(703, '350203').slice(0, 17)}x`,
];

const HOSTILE: unknown[] = [
  'a\u0000b',
  '\u0000',
  'x\u0001y',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  'a\u2028b',
  'ok\tok',
  '\ud800',
  '\udc00',
  'a\ud800b',
  '\udfff\ud800',
  '😀',
  'Ｚ',
  '\u202etxt',
  '\u200b',
  '',
  ' ',
  "' OR 1=1 --",
  '"; DROP TABLE person; --',
  '{"a":1}',
  '__proto__',
  '-1',
  '1e309',
  '0x10',
  'NaN',
  '99999999999999999999.99',
  '0.001',
  '2024-02-30',
  '0000-00-00',
  '2024-13',
  '9999-12-31',
  'A'.repeat(1001),
  'A'.repeat(100_000),
  ...idShaped,
  ` ${idShaped[0]} `,
  12,
  -1,
  2 ** 53,
  1.5,
  true,
  null,
  {},
  [],
  { idNumber: idShaped[0] },
  [idShaped[1]],
];

/** Mixes of the above: control characters and surrogates inside otherwise fine text, ID numbers inside text. */
function generated(next: () => number, count: number): string[] {
  const pieces = [
    '王芳',
    '440100',
    '2024-01',
    '12.30',
    'key',
    '\u0000',
    '\ud801',
    '\u0007',
    idShaped[0]!,
    '\udc02',
    'x',
  ];
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(next() * 4);
    return Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)]).join('');
  });
}

/** Every argument and input field of every operation, each with valid values around the one being fuzzed. */
function targets(
  transferId: string,
  enrollmentId: string,
): {
  name: string;
  mutation: boolean;
  request: (value: unknown) => { query: string; variables: Record<string, unknown> };
}[] {
  const field = (name: string, mutation: boolean, query: string, base: Record<string, unknown>, at: string) => ({
    name: `${name}.${at}`,
    mutation,
    request: (value: unknown) => {
      const variables = structuredClone(base) as Record<string, unknown>;
      const [variable, key] = at.split('.') as [string, string | undefined];
      if (key === undefined) variables[variable] = value;
      else if (Array.isArray(variables[variable])) (variables[variable] as Record<string, unknown>[])[0]![key] = value;
      else (variables[variable] as Record<string, unknown>)[key] = value;
      return { query, variables };
    },
  });
  const each = (name: string, mutation: boolean, query: string, base: Record<string, unknown>, fields: string[]) =>
    fields.map((at) => field(name, mutation, query, base, at));
  const enroll = {
    idNumber: known,
    idType: 'RESIDENT_ID_CARD',
    issuingCountry: null,
    name: '郑洁',
    regionCode: '440100',
    insuranceType: 'EMPLOYEE',
    startMonth: '2024-01',
  };
  const contribution = {
    idNumber: known,
    idType: 'RESIDENT_ID_CARD',
    regionCode: '440100',
    insuranceType: 'EMPLOYEE',
    month: '2024-07',
    amount: '480.00',
    paidOn: '2024-07-15',
    kind: 'REGULAR',
  };
  const entry = {
    idNumber: known,
    regionCode: '440100',
    kind: 'SPENDING',
    amount: '1.00',
    on: '2024-07-20',
    idempotencyKey: 'fuzz',
    direction: 'DEBIT',
  };
  const payout = {
    idNumber: known,
    regionCode: '440100',
    reason: 'IN_REGION_WITHOUT_PERSONAL_ACCOUNT',
    bankAccount: '6222020200001234',
    personConfirmed: false,
    on: '2024-07-20',
    idempotencyKey: 'fuzz-payout',
  };
  const application = {
    idNumber: known,
    idType: 'RESIDENT_ID_CARD',
    fromRegion: '440100',
    toRegion: '310000',
    kind: 'EMPLOYEE_TO_EMPLOYEE',
    mode: 'ONLINE',
    applicant: 'PERSON',
    idempotencyKey: 'fuzz-app',
    on: '2024-07-20',
  };
  const passport = { idNumber: 'X12345678', idType: 'PASSPORT', issuingCountry: 'USA' };
  const link = { idNumber: known, idType: 'RESIDENT_ID_CARD', document: passport, regionCode: '440100' };
  const unlink = { ...passport, regionCode: '440100' };
  const keys = (object: Record<string, unknown>, variable: string) =>
    Object.keys(object).map((key) => `${variable}.${key}`);
  return [
    ...each(
      'enroll',
      true,
      'mutation ($input: EnrollInput!) { enroll(input: $input) { id } }',
      { input: enroll },
      keys(enroll, 'input'),
    ),
    ...each(
      'suspendEnrollment',
      true,
      'mutation ($id: ID!, $on: Date) { suspendEnrollment(id: $id, on: $on) { id } }',
      { id: enrollmentId, on: '2023-12-31' },
      ['id', 'on'],
    ),
    ...each(
      'recordContributions',
      true,
      'mutation ($input: [ContributionInput!]!) { recordContributions(input: $input) { recorded } }',
      { input: [contribution] },
      keys(contribution, 'input'),
    ),
    ...each(
      'recordDeemedPeriod',
      true,
      'mutation ($input: DeemedPeriodInput!) { recordDeemedPeriod(input: $input) { id } }',
      { input: { idNumber: known, regionCode: '440100', months: 700, reason: 'WORK_SERVICE' } },
      ['input.idNumber', 'input.regionCode', 'input.months', 'input.reason'],
    ),
    ...each(
      'recordAccountEntry',
      true,
      'mutation ($input: AccountEntryInput!) { recordAccountEntry(input: $input) { id } }',
      { input: entry },
      keys(entry, 'input'),
    ),
    ...each(
      'payOutAccountBalance',
      true,
      'mutation ($input: PayoutInput!) { payOutAccountBalance(input: $input) { id } }',
      { input: payout },
      keys(payout, 'input'),
    ),
    ...each(
      'applyForTransfer',
      true,
      'mutation ($input: TransferApplicationInput!) { applyForTransfer(input: $input) { id } }',
      { input: application },
      keys(application, 'input'),
    ),
    ...each(
      'linkIdentityDocument',
      true,
      'mutation ($input: DocumentLinkInput!) { linkIdentityDocument(input: $input) { id } }',
      { input: link },
      keys(link, 'input'),
    ),
    ...each(
      'unlinkIdentityDocument',
      true,
      'mutation ($input: DocumentUnlinkInput!) { unlinkIdentityDocument(input: $input) { id } }',
      { input: unlink },
      keys(unlink, 'input'),
    ),
    ...each(
      'confirmFundsReceived',
      true,
      'mutation ($t: ID!, $a: Money!, $on: Date) { confirmFundsReceived(transferId: $t, amount: $a, on: $on) { id } }',
      { t: transferId, a: '1.00', on: '2024-07-20' },
      ['t', 'a', 'on'],
    ),
    ...each(
      'cancelTransfer',
      true,
      'mutation ($t: ID!, $on: Date) { cancelTransfer(transferId: $t, on: $on) { id } }',
      { t: transferId, on: '2000-01-01' },
      ['t', 'on'],
    ),
    ...each(
      'person',
      false,
      'query ($n: String!, $t: IdType, $c: String, $f: YearMonth, $r: String, $a: String) { person(idNumber: $n, idType: $t, issuingCountry: $c) { name contributions(from: $f, regionCode: $r) { month } arrears(regionCode: $r) contributionYears(asOfRegion: $a) { display } } }',
      { n: known, t: 'RESIDENT_ID_CARD', c: null, f: '2024-01', r: '440100', a: '120000' },
      ['n', 't', 'c', 'f', 'r', 'a'],
    ),
    ...each('persons', false, 'query ($ids: [String!]!) { persons(idNumbers: $ids) { name } }', { ids: [known] }, [
      'ids',
    ]),
    ...each(
      'region',
      false,
      'query ($c: String!, $p: String) { region(code: $c) { name } regions(provinceCode: $p) { code } }',
      { c: '440100', p: '440000' },
      ['c', 'p'],
    ),
    ...each('transfer', false, 'query ($t: ID!) { transfer(id: $t) { status } }', { t: transferId }, ['t']),
    ...each(
      'transfers',
      false,
      'query ($f: TransferFilter, $first: Int, $after: String) { transfers(filter: $f, first: $first, after: $after) { totalCount } }',
      { f: { fromRegion: '440100', toRegion: '310000', status: 'ACCEPTED', overdue: false }, first: 5, after: null },
      ['f.fromRegion', 'f.toRegion', 'f.status', 'f.overdue', 'first', 'after'],
    ),
    ...each(
      'transferPreview',
      false,
      'query ($input: TransferApplicationInput!) { transferPreview(input: $input) { eligible } }',
      { input: application },
      keys(application, 'input'),
    ),
    ...each(
      'settlementNetting',
      false,
      'query ($m: YearMonth!, $p: String, $r: String!, $on: Date!) { settlementNetting(month: $m, province: $p) { total } accountTransferOutApprovalForm(regionCode: $r, on: $on) { total } }',
      { m: '2024-07', p: '350000', r: '350100', on: '2024-07-20' },
      ['m', 'p', 'r', 'on'],
    ),
  ];
}

describe('hostile input, fuzzed through the gateway (production)', () => {
  let hub: ProductionStack;
  let token: string;
  let transferId: string;
  let enrollmentId: string;

  const owners: pg.Client[] = [];

  /** Rows in every data table of every subgraph (not the audit log, which reads add to), read as the owners. */
  async function rowCounts(): Promise<string> {
    const counts = await Promise.all(
      owners.map(async (client) => {
        const tables = (
          await client.query(
            `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('audit_log', 'migrations')`,
          )
        ).rows;
        const { rows } = await client.query(
          tables
            .map((row) => `SELECT '${row.tablename}' AS name, count(*)::int AS n FROM ${row.tablename}`)
            .join(' UNION ALL '),
        );
        return rows;
      }),
    );
    return JSON.stringify(counts);
  }

  beforeAll(async () => {
    hub = await startProductionStack('fuzz');
    token = await tokenFor({ role: 'NATIONAL', subject: 'fuzzer' });
    const national = await hub.as({ role: 'NATIONAL', subject: 'nhsa-admin' });
    const desk = agencyDesk(national);
    enrollmentId = await desk.enroll(known, '440100', 'EMPLOYEE', '2023-01', '郑洁');
    await desk.pay(known, '440100', 'EMPLOYEE', '2023-01', '2023-12');
    await desk.allocate(known, '440100', '300.00', '2023-12-31');
    await desk.suspend(enrollmentId, '2023-12-31');
    await desk.enroll(known, '310000', 'EMPLOYEE', '2024-01', '郑洁');
    transferId = (
      await transferDesk(national).apply({
        idNumber: known,
        fromRegion: '440100',
        toRegion: '310000',
        kind: 'EMPLOYEE_TO_EMPLOYEE',
        on: '2024-01-10',
      })
    ).id;
    for (const name of SUBGRAPH_NAMES) {
      const database = `${hub.config.databaseNamePrefix}${name}`;
      const client = new pg.Client({
        connectionString: subgraphDatabaseUrl(hub.serverUrl, database),
        options: `-c role=${rolesOf(database).owner}`,
      });
      await client.connect();
      owners.push(client);
    }
  }, 120_000);
  afterAll(async () => {
    await Promise.all(owners.map((client) => client.end()));
    await hub?.stop();
  });

  it('answers at least 2,000 hostile inputs in every field without a fault, an echo, a huge error or a stray write', async () => {
    const next = random(20261130);
    const values = [...HOSTILE, ...generated(next, 12)];
    const cases = targets(transferId, enrollmentId).flatMap((target) => values.map((value) => ({ target, value })));
    expect(cases.length).toBeGreaterThanOrEqual(2000);
    const failures: string[] = [];
    let before = await rowCounts();
    let refusedMutations = 0;
    for (const { target, value } of cases) {
      const response = await fetch(hub.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(target.request(value)),
      });
      const text = await response.text();
      const body = JSON.parse(text) as {
        data?: Record<string, unknown> | null;
        errors?: { extensions?: { code?: string } }[];
      };
      const label = `${target.name} = ${JSON.stringify(value)?.slice(0, 40)}`;
      if (response.status >= 500) failures.push(`${label}: HTTP ${response.status}`);
      if (body.errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR'))
        failures.push(`${label}: INTERNAL_SERVER_ERROR`);
      if (body.errors && Buffer.byteLength(text) > 64 * 1024)
        failures.push(`${label}: ${Buffer.byteLength(text)} bytes`);
      for (const id of idShaped) if (text.includes(id.trim())) failures.push(`${label}: echoes an ID number`);
      if (target.mutation) {
        const after = await rowCounts();
        const refused = !body.data || Object.values(body.data).every((result) => result === null);
        if (refused) {
          refusedMutations++;
          if (after !== before) failures.push(`${label}: refused, yet rows changed`);
        }
        before = after;
      }
    }
    expect(failures).toEqual([]);
    expect(refusedMutations).toBeGreaterThan(1000);
  }, 300_000);
});
