import { gql } from 'graphql-request';
import { readAuditWriterFor } from '#shared/audit/audit-trail.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphName } from '#shared/config.ts';
import { testIdNumber } from './support/people.ts';
import { errorsOf, startTestStack, type TestStack } from './support/test-stack.ts';

const PEOPLE = 500;
const ids = Array.from({ length: PEOPLE }, (_, n) => testIdNumber(n + 1000, '350102'));

/** One aliased mutation per item, sent in one request (the gateway runs them in order). */
function aliased(field: string, inputType: string, inputs: unknown[]): [string, Record<string, unknown>] {
  const variables = inputs.map((_, i) => `$i${i}: ${inputType}!`).join(', ');
  const fields = inputs.map((_, i) => `m${i}: ${field}(input: $i${i}) { __typename }`).join('\n');
  return [`mutation (${variables}) {\n${fields}\n}`, Object.fromEntries(inputs.map((input, i) => [`i${i}`, input]))];
}

const DASHBOARD = gql`
  query ($idNumbers: [String!]!) {
    persons(idNumbers: $idNumbers) {
      name
      enrollments {
        status
        startMonth
        region {
          name
          agency {
            name
          }
        }
      }
      contributions {
        month
        amount
        region {
          name
        }
      }
      deemedPeriods {
        months
      }
      accounts {
        balance
        region {
          name
        }
        entries {
          kind
          amount
          balanceAfter
        }
      }
      transfers {
        id
      }
    }
  }
`;

describe('persons(idNumbers:) for dashboards', () => {
  let hub: TestStack;

  beforeAll(async () => {
    hub = await startTestStack();
    for (let start = 0; start < PEOPLE; start += 100) {
      const chunk = ids.slice(start, start + 100);
      await hub.client.request(
        ...aliased(
          'enroll',
          'EnrollInput',
          chunk.map((idNumber, i) => ({
            idNumber,
            name: `测试${start + i}`,
            regionCode: i % 2 ? '350100' : '350200',
            insuranceType: 'EMPLOYEE',
            startMonth: '2023-01',
          })),
        ),
      );
      await hub.client.request(
        ...aliased(
          'recordAccountEntry',
          'AccountEntryInput',
          chunk.map((idNumber, i) => ({
            idNumber,
            regionCode: i % 2 ? '350100' : '350200',
            kind: 'ALLOCATION',
            amount: '88.00',
            on: '2023-03-31',
          })),
        ),
      );
    }
    const months = ['2023-01', '2023-02', '2023-03'];
    await hub.client.request(
      gql`
        mutation ($input: [ContributionInput!]!) {
          recordContributions(input: $input) {
            recorded
          }
        }
      `,
      {
        input: ids.flatMap((idNumber, i) =>
          months.map((month) => ({
            idNumber,
            regionCode: i % 2 ? '350100' : '350200',
            insuranceType: 'EMPLOYEE',
            month,
            amount: '400.00',
            paidOn: `${month}-20`,
          })),
        ),
      },
    );
  }, 180_000);
  afterAll(() => hub?.stop());

  /** Runs the dashboard query and counts the SQL statements each subgraph sent for it. */
  async function statementsFor(idNumbers: string[]) {
    const names: SubgraphName[] = ['enrollment', 'contributions', 'accounts', 'transfers'];
    for (const name of names) hub.subgraphs[name].db!.queries.count = 0;
    const result = await hub.client.request<{ persons: unknown[] }>(DASHBOARD, { idNumbers });
    // The reads' audit rows are written in the background, just after each answer: count them too.
    await Promise.all(names.map((name) => readAuditWriterFor(hub.subgraphs[name].db!.dataSource).drain()));
    const statements = Object.fromEntries(names.map((name) => [name, hub.subgraphs[name].db!.queries.count]));
    return { persons: result.persons, statements };
  }

  it('keeps the order asked and answers null for unknown people', async () => {
    const unknown = testIdNumber(9999, '350102');
    const query = gql`
      query ($idNumbers: [String!]!) {
        persons(idNumbers: $idNumbers) {
          name
        }
      }
    `;
    const result = await hub.client.request(query, { idNumbers: [ids[7], unknown, ids[3]] });
    expect(result).toEqual({ persons: [{ name: '测试7' }, null, { name: '测试3' }] });
  });

  it('costs the same small number of SQL statements per subgraph for 5 people as for 500 (no N+1)', async () => {
    const few = await statementsFor(ids.slice(0, 5));
    const all = await statementsFor(ids);
    expect(all.persons).toHaveLength(500);
    expect(all.persons[499]).toEqual({
      name: '测试499',
      enrollments: [
        {
          status: 'ACTIVE',
          startMonth: '2023-01',
          region: { name: '福州市', agency: { name: '福州市医疗保障事业管理中心' } },
        },
      ],
      contributions: ['2023-01', '2023-02', '2023-03'].map((month) => ({
        month,
        amount: '400.00',
        region: { name: '福州市' },
      })),
      deemedPeriods: [],
      accounts: [
        {
          balance: '88.00',
          region: { name: '福州市' },
          entries: [{ kind: 'ALLOCATION', amount: '88.00', balanceAfter: '88.00' }],
        },
      ],
      transfers: [],
    });
    // One statement per loader — person, documents (their record keys) and enrollments; contributions + deemed
    // periods; accounts + entries; transfers — and one per subgraph for the audit trail of the reads. Regions cost none.
    const expected = { enrollment: 4, contributions: 3, accounts: 3, transfers: 2 };
    expect(few.statements).toEqual(expected);
    expect(all.statements).toEqual(expected);
  });

  it('refuses more than 1000 numbers at once, and any malformed number, naming its position', async () => {
    const tooMany = Array.from({ length: 1001 }, () => ids[0]!);
    const [tooManyError] = await errorsOf(hub.client.request(DASHBOARD, { idNumbers: tooMany }));
    expect(tooManyError).toMatchObject({
      message: 'idNumbers: 1001 numbers asked, at most 1000 per request: split the list.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const [malformed] = await errorsOf(hub.client.request(DASHBOARD, { idNumbers: [ids[0], '12345'] }));
    expect(malformed).toMatchObject({
      message:
        'No person was looked up. idNumbers[1]: the ID number has 18 characters (17 digits and a check character, a digit or X), or 15 digits on a first-generation card.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
