import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { gql, type GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskDocumentNumber } from '#shared/identity/documents.ts';
import { IMPORT_KINDS } from '../scripts/import/kinds.ts';
import { runImport, type ImportOptions } from '../scripts/import/run-import.ts';
import { loadState, saveState } from '../scripts/import/state.ts';
import { asOwner as asOwnerOf } from './support/database-roles.ts';
import { testIdNumber, withWrongCheckCharacter } from './support/people.ts';
import { startProductionStack, tokenFor, type ProductionStack } from './support/production.ts';

/**
 * `npm run import` against the whole hub in production mode, as Guangzhou's agency (an AGENCY token for 440100):
 * good rows, bad rows of every kind (the report's lines and columns exact), a duplicate row, rows the hub itself
 * refuses, an interrupted run resumed; what the hub then holds is read back through the gateway and the database.
 */
const GUANGZHOU = '440100';
const A = testIdNumber(1701);
const B = testIdNumber(1702);
const PASSPORT = 'E12345678';

describe('bulk import through the gateway', () => {
  let stack: ProductionStack;
  let agency: GraphQLClient;
  let token: string;
  let dir: string;

  beforeAll(async () => {
    stack = await startProductionStack('imp');
    token = await tokenFor({ role: 'AGENCY', subject: 'gz-import', regionCode: GUANGZHOU });
    agency = await stack.as({ role: 'AGENCY', subject: 'gz-desk', regionCode: GUANGZHOU });
    dir = await mkdtemp(join(tmpdir(), 'medins-import-'));
  });
  afterAll(async () => {
    await stack?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** One statement in a subgraph's database as its owner role. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of any query, as pg hands them over
  async function asOwner(subgraph: string, sql: string): Promise<any[]> {
    const database = `${stack.config.databaseNamePrefix}${subgraph}`;
    return asOwnerOf(stack.serverUrl, database, async (client) => (await client.query(sql)).rows);
  }

  async function importFile(kind: string, name: string, lines: string[], extra: Partial<ImportOptions> = {}) {
    const file = join(dir, name);
    if (lines.length > 0) await writeFile(file, `${lines.join('\n')}\n`);
    return runImport({
      kind: IMPORT_KINDS[kind]!,
      file,
      gateway: stack.gatewayUrl,
      token,
      concurrency: 4,
      statePath: `${file}.import-state.json`,
      reportPath: `${file}.import-report.csv`,
      dryRun: false,
      restart: false,
      progress: false,
      ...extra,
    });
  }

  /** The report's lines as [line, stage, column, id_number, problem]. */
  async function reportOf(name: string): Promise<string[][]> {
    const rows = (parse(await readFile(join(dir, `${name}.import-report.csv`), 'utf8')) as string[][]).slice(1);
    // Rows the checks reject are reported as they are read, those the hub refuses when their batch is answered.
    return rows.sort((a, b) => Number(a[0]) - Number(b[0]));
  }

  it('enrolls people, reports bad rows at their line and column, and counts a repeated row as unchanged', async () => {
    const summary = await importFile('enrollments', 'enrollments.csv', [
      'id_number,id_type,issuing_country,name,gender,region_code,insurance_type,start_month',
      `${A},,,陈伟,,${GUANGZHOU},EMPLOYEE,2015-07`,
      `${B},,,林静,,${GUANGZHOU},EMPLOYEE,201803`,
      `${PASSPORT},PASSPORT,DEU,Anna Schmidt,FEMALE,${GUANGZHOU},EMPLOYEE,2022-09`,
      `${A},,,陈伟,,${GUANGZHOU},EMPLOYEE,2015-07`,
      `${testIdNumber(1703)},,,,,${GUANGZHOU},EMPLOYEE,2015-07`,
      `${testIdNumber(1704)},,,周敏,MALE,${GUANGZHOU},EMPLOYEE,2015-07`,
      `X7654321,PASSPORT,USA,John Smith,,${GUANGZHOU},EMPLOYEE,2015-07`,
      `${testIdNumber(1705)},,,黄志强,,310000,EMPLOYEE,2015-07`,
      `${A},,,陈伟,,${GUANGZHOU},RESIDENT,2016-01`,
    ]);
    expect(summary).toMatchObject({ recorded: 3, unchanged: 1, rejected: 4, refused: 1, finished: true });
    const id1704 = maskDocumentNumber(testIdNumber(1704));
    expect(await reportOf('enrollments.csv')).toEqual([
      [
        '6',
        'checked',
        'name',
        maskDocumentNumber(testIdNumber(1703)),
        'give the name as on the identity document (1 to 60 characters)',
      ],
      [
        '7',
        'checked',
        'gender',
        id1704,
        "it contradicts the number's gender digit (odd for men, even for women): check both, or leave gender out",
      ],
      ['8', 'checked', 'gender', 'X7****21', "a PASSPORT number does not say the holder's gender: give it"],
      [
        '9',
        'checked',
        'region_code',
        maskDocumentNumber(testIdNumber(1705)),
        "the token acts for region 440100: import only that region's rows with it",
      ],
      [
        '10',
        'refused',
        '',
        maskDocumentNumber(A),
        'the hub refused it (CONFLICT): The person is already actively enrolled in employee insurance (职工医保) in ' +
          '广州市 (440100) since 2015-07, and nobody may be enrolled twice (003 art 5): suspend or terminate that enrollment first.',
      ],
    ]);
    const rows = await asOwner(
      'enrollment',
      `SELECT insurance_type, start_month::text FROM enrollment ORDER BY start_month`,
    );
    expect(rows).toEqual([
      { insurance_type: 'EMPLOYEE', start_month: '2015-07-01' },
      { insurance_type: 'EMPLOYEE', start_month: '2018-03-01' },
      { insurance_type: 'EMPLOYEE', start_month: '2022-09-01' },
    ]);

    // The same file again, from the start: every good row is already there.
    const again = await importFile('enrollments', 'enrollments.csv', [], { restart: true });
    expect(again).toMatchObject({ recorded: 0, unchanged: 4, rejected: 4, refused: 1, finished: true });
  });

  it('records contributions in batches, one refused batch split around the row the hub refuses', async () => {
    await agency.request(
      gql`
        mutation ($input: [ContributionInput!]!) {
          recordContributions(input: $input) {
            recorded
          }
        }
      `,
      {
        input: [
          {
            idNumber: A,
            regionCode: GUANGZHOU,
            insuranceType: 'EMPLOYEE',
            month: '2023-12',
            amount: '480.00',
            paidOn: '2024-01-10',
          },
        ],
      },
    );
    const summary = await importFile('contributions', 'contributions.csv', [
      'id_number,id_type,issuing_country,region_code,insurance_type,month,amount,paid_on,kind',
      `${A},,,${GUANGZHOU},EMPLOYEE,2024-01,480.00,2024-01-15,`, // 2 good
      `${A},,,${GUANGZHOU},EMPLOYEE,2024-02,480,2024-02-15,REGULAR`, // 3 good: yuan without decimals
      `${A},,,${GUANGZHOU},EMPLOYEE,202403,480.00,,`, // 4 good: owed, YYYYMM
      `${B},,,${GUANGZHOU},EMPLOYEE,2024-01,500.00,2024-01-15,`, // 5 good
      `${A},,,${GUANGZHOU},EMPLOYEE,2024-01,480.00,2024-01-15,`, // 6 the same as line 2: unchanged
      `${withWrongCheckCharacter(B)},,,${GUANGZHOU},EMPLOYEE,2024-02,500.00,2024-02-15,`, // 7
      `${B},,,${GUANGZHOU},EMPLOYEE,2024-13,500.00,2024-02-15,`, // 8
      `${B},,,${GUANGZHOU},EMPLOYEE,2024-02,-5.00,2024-02-15,`, // 9
      `${B},,,${GUANGZHOU},EMPLOYEE,2024-02,0.00,2024-02-15,`, // 10
      `${B},,,440000,EMPLOYEE,2024-02,500.00,2024-02-15,`, // 11
      `${B},,,${GUANGZHOU},WORKER,2024-02,500.00,2024-02-15,`, // 12
      `${B},,,${GUANGZHOU},EMPLOYEE,2024-02,500.00,2024-02-30,`, // 13
      `${B},,,${GUANGZHOU},EMPLOYEE,2024-02,500.00,,BACK_PAY`, // 14
      `${B},,,${GUANGZHOU},EMPLOYEE,2099-01,500.00,2099-01-15,`, // 15
      `${B},,,${GUANGZHOU},EMPLOYEE,2024-02`, // 16
      `X1234567,PASSPORT,,${GUANGZHOU},EMPLOYEE,2024-02,500.00,2024-02-15,`, // 17
      `${A},,,${GUANGZHOU},EMPLOYEE,2023-12,500.00,2024-01-10,`, // 18 differs from the stored record
      `${PASSPORT},PASSPORT,deu,${GUANGZHOU},EMPLOYEE,2024-01,980.00,2024-01-18,`, // 19 good
      `${B},,,${GUANGZHOU},EMPLOYEE,2024-1,12.345,2024-02-15,`, // 20 two problems
    ]);
    expect(summary).toMatchObject({ recorded: 5, unchanged: 1, rejected: 12, refused: 1, finished: true });
    const b = maskDocumentNumber(B);
    expect(await reportOf('contributions.csv')).toEqual([
      [
        '7',
        'checked',
        'id_number',
        b.slice(0, -1) + withWrongCheckCharacter(B).slice(-1),
        'the check character of the ID number (the 18th) is wrong under GB 11643: check the number for a typo',
      ],
      [
        '8',
        'checked',
        'month',
        b,
        '"2024-13" is not a month: write YYYY-MM with a month from 01 to 12, e.g. "2019-06"',
      ],
      ['9', 'checked', 'amount', b, '"-5.00" is negative: amounts are written as positive yuan, e.g. "12.00"'],
      ['10', 'checked', 'amount', b, 'a contribution is a positive amount'],
      [
        '11',
        'checked',
        'region_code',
        b,
        '440000 is a province, not a pooling region: give a city\'s code, e.g. "440100"',
      ],
      ['12', 'checked', 'insurance_type', b, '"WORKER" is not one of EMPLOYEE, RESIDENT, OTHER'],
      [
        '13',
        'checked',
        'paid_on',
        b,
        '"2024-02-30" is not a date: write YYYY-MM-DD with a day that exists, e.g. "2024-09-27"',
      ],
      [
        '14',
        'checked',
        'paid_on',
        b,
        'a back-payment (BACK_PAY) has a payment date; an owed month is REGULAR without paid_on',
      ],
      ['15', 'checked', 'month', b, `months can be recorded up to ${new Date().getFullYear() + 1}-12`],
      ['15', 'checked', 'paid_on', b, '2099-01-15 is in the future'],
      ['16', 'checked', '', b, 'the row has 6 fields, the header 9: check its commas and quotes'],
      [
        '17',
        'checked',
        'issuing_country',
        'X1****67',
        'a passport needs its issuing state (ISO 3166-1 alpha-3, e.g. DEU)',
      ],
      [
        '18',
        'refused',
        '',
        maskDocumentNumber(A),
        'the hub refused it (CONFLICT): (2023-12, 440100, paid on 2024-01-10) is already recorded as 480.00 REGULAR. ' +
          'Stored records are not overwritten; send them as stored',
      ],
      [
        '20',
        'checked',
        'month',
        b,
        '"2024-1" is not a month: write YYYY-MM with a month from 01 to 12, e.g. "2019-06"',
      ],
      [
        '20',
        'checked',
        'amount',
        b,
        '"12.345" is not an amount of money: write yuan with at most two decimals, e.g. "1234.56"',
      ],
    ]);
    const history = await agency.request<{
      person: { contributions: { month: string; amount: string; paidOn: string }[]; arrears: string[] };
    }>(
      gql`
        query ($idNumber: String!) {
          person(idNumber: $idNumber) {
            contributions {
              month
              amount
              paidOn
            }
            arrears
          }
        }
      `,
      { idNumber: A },
    );
    expect(history.person).toEqual({
      contributions: [
        { month: '2023-12', amount: '480.00', paidOn: '2024-01-10' },
        { month: '2024-01', amount: '480.00', paidOn: '2024-01-15' },
        { month: '2024-02', amount: '480.00', paidOn: '2024-02-15' },
      ],
      arrears: ['2024-03'],
    });
    expect(
      await asOwner(
        'contributions',
        `SELECT month::text, amount_fen::text, paid_on::text FROM contribution ORDER BY amount_fen, month, paid_on`,
      ),
    ).toEqual([
      { month: '2023-12-01', amount_fen: '48000', paid_on: '2024-01-10' },
      { month: '2024-01-01', amount_fen: '48000', paid_on: '2024-01-15' },
      { month: '2024-02-01', amount_fen: '48000', paid_on: '2024-02-15' },
      { month: '2024-03-01', amount_fen: '48000', paid_on: null },
      { month: '2024-01-01', amount_fen: '50000', paid_on: '2024-01-15' },
      { month: '2024-01-01', amount_fen: '98000', paid_on: '2024-01-18' },
    ]);
  });

  it('posts account entries in file order per person, refusing a spending larger than the balance', async () => {
    const summary = await importFile(
      'account-entries',
      'entries.csv',
      [
        'id_number,id_type,issuing_country,region_code,kind,direction,amount,on,entry_id',
        `${A},,,${GUANGZHOU},ALLOCATION,,100.00,2024-01-31,E1`,
        `${A},,,${GUANGZHOU},SPENDING,,30.00,2024-02-03,E2`,
        `${A},,,${GUANGZHOU},SPENDING,,1000.00,2024-02-04,E3`,
        `${A},,,${GUANGZHOU},ALLOCATION,,100.00,2024-01-31,E1`,
        `${A},,,${GUANGZHOU},TRANSFER_OUT,,70.00,2024-02-05,E4`,
        `${A},,,${GUANGZHOU},SPENDING,CREDIT,5.00,2024-02-05,E5`,
        `${B},,,${GUANGZHOU},ALLOCATION,,50.00,2024-01-31,`,
        `${B},,,${GUANGZHOU},ADJUSTMENT,CREDIT,20.00,2024-02-01,E7`,
      ],
      { batchSize: 3 },
    );
    expect(summary).toMatchObject({ recorded: 3, unchanged: 1, rejected: 3, refused: 1, finished: true });
    const a = maskDocumentNumber(A);
    const report = await reportOf('entries.csv');
    expect(report.map((row) => row.slice(0, 4))).toEqual([
      ['4', 'refused', 'amount', a],
      ['6', 'checked', 'kind', a],
      ['7', 'checked', 'direction', a],
      ['8', 'checked', 'entry_id', maskDocumentNumber(B)],
    ]);
    expect(report.map((row) => row[4])).toEqual([
      'the hub refused it (BAD_USER_INPUT): the account in 440100 holds 70.00, so a debit of 1000.00 would make it negative; nothing was recorded.',
      'TRANSFER_OUT entries are made by the transfer workflow; record ALLOCATION, SPENDING or ADJUSTMENT',
      'an SPENDING is always a DEBIT; leave direction out',
      "give the old system's id of the entry: it makes a repeat harmless",
    ]);
    const accounts = async (idNumber: string) =>
      (
        await agency.request<{
          person: { accounts: { balance: string; entries: { kind: string; amount: string }[] }[] };
        }>(
          gql`
            query ($idNumber: String!) {
              person(idNumber: $idNumber) {
                accounts {
                  balance
                  entries {
                    kind
                    amount
                    balanceAfter
                  }
                }
              }
            }
          `,
          { idNumber },
        )
      ).person.accounts;
    expect(await accounts(A)).toEqual([
      {
        balance: '70.00',
        entries: [
          { kind: 'ALLOCATION', amount: '100.00', balanceAfter: '100.00' },
          { kind: 'SPENDING', amount: '30.00', balanceAfter: '70.00' },
        ],
      },
    ]);
    expect(await accounts(B)).toEqual([
      { balance: '20.00', entries: [{ kind: 'ADJUSTMENT', amount: '20.00', balanceAfter: '20.00' }] },
    ]);
  });

  it('stops after some batches and resumes where it stopped; rows sent again are unchanged', async () => {
    const people = Array.from({ length: 10 }, (_, i) => testIdNumber(1800 + i));
    const rows = people.flatMap((idNumber) =>
      ['2024-01', '2024-02', '2024-03', '2024-04'].map(
        (month) => `${idNumber},,,${GUANGZHOU},EMPLOYEE,${month},300.00,${month}-20,`,
      ),
    );
    rows[7] = `${people[1]},,,${GUANGZHOU},EMPLOYEE,2024-04,300,2024-04-31,`; // line 9: no such day
    const lines = ['id_number,id_type,issuing_country,region_code,insurance_type,month,amount,paid_on,kind', ...rows];
    const first = await importFile('contributions', 'resume.csv', lines, {
      concurrency: 1,
      batchSize: 5,
      stopAfterBatches: 3,
    });
    // Batches of lines 2–6, 7–8 and 10–12, 13–17; the fourth (from line 18) never went.
    expect(first).toMatchObject({
      rowsRead: 21,
      recorded: 15,
      unchanged: 0,
      rejected: 1,
      batches: 3,
      committedLine: 17,
      finished: false,
      stoppedBecause: 'stopped after 3 batches (--stop-after)',
    });
    const statePath = join(dir, 'resume.csv.import-state.json');
    expect(await loadState(statePath)).toMatchObject({ committedLine: 17, recorded: 15, finished: false });

    const second = await importFile('contributions', 'resume.csv', []);
    expect(second).toMatchObject({
      skipped: 16,
      rowsRead: 24,
      recorded: 39,
      unchanged: 0,
      rejected: 1,
      finished: true,
    });
    const count = async () =>
      (await asOwner('contributions', `SELECT count(*)::int AS n FROM contribution WHERE amount_fen = 30000`))[0].n;
    expect(await count()).toBe(39);

    // A state saved before its last batches were answered (a crash): those rows go again, and change nothing.
    const state = (await loadState(statePath))!;
    await saveState(statePath, { ...state, committedLine: 11, finished: false });
    const third = await importFile('contributions', 'resume.csv', []);
    expect(third).toMatchObject({
      skipped: 10,
      rowsRead: 30,
      recorded: 39,
      unchanged: 30,
      rejected: 1,
      finished: true,
    });
    expect(await count()).toBe(39);
    expect((await reportOf('resume.csv')).map((row) => row.slice(0, 3))).toEqual([['9', 'checked', 'paid_on']]);
  });

  it('checks without sending in a dry run, and refuses a file whose header it does not know', async () => {
    for (const kind of ['enrollments', 'contributions', 'account-entries']) {
      const file = join(import.meta.dirname, '..', 'docs', 'import', `${kind}.csv`);
      const summary = await runImport({
        kind: IMPORT_KINDS[kind]!,
        file,
        gateway: stack.gatewayUrl,
        token,
        concurrency: 4,
        statePath: join(dir, `${kind}.state.json`),
        reportPath: join(dir, `${kind}.example-report.csv`),
        dryRun: true,
        restart: false,
        progress: false,
      });
      expect({ kind, valid: summary.valid, rejected: summary.rejected, batches: summary.batches }).toEqual({
        kind,
        valid: { enrollments: 5, contributions: 9, 'account-entries': 6 }[kind],
        rejected: 0,
        batches: 0,
      });
    }
    await expect(
      importFile('contributions', 'misspelt.csv', [
        'id_number,region_code,insurance_type,month,amount,paid_date',
        `${A},${GUANGZHOU},EMPLOYEE,2024-05,480.00,2024-05-15`,
      ]),
    ).rejects.toThrow(
      'line 1: "paid_date" is not a column of contributions files; the columns are id_number, id_type, issuing_country, region_code, insurance_type, month, amount, paid_on, kind',
    );
  });
});
