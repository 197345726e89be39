import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OPERATION_COST } from '../gateway/src/operation-cost.ts';
import { testIdNumber } from './support/people.ts';
import { agencyDesk } from './support/people-helpers.ts';
import { startProductionStack, tokenFor, type ProductionStack } from './support/production.ts';

/**
 * Issue 10, findings 4–6, in production mode: a client's mistake is answered as one (a 4xx with a code and a
 * message saying what to send), messages never echo an ID number or a huge value, and the cost limit counts
 * the size of list arguments.
 */
describe('client mistakes are answered as client mistakes (production)', () => {
  let hub: ProductionStack;
  let token: string;
  const idNumber = testIdNumber(600, '440106');

  beforeAll(async () => {
    hub = await startProductionStack('mistakes');
    token = await tokenFor({ role: 'NATIONAL', subject: 'nhsa-admin' });
    const desk = agencyDesk(await hub.as({ role: 'NATIONAL', subject: 'nhsa-admin' }));
    await desk.enroll(idNumber, '440100', 'EMPLOYEE', '2024-01', '黄磊');
    await desk.pay(idNumber, '440100', 'EMPLOYEE', '2024-01', '2024-06');
  }, 120_000);
  afterAll(() => hub?.stop());

  /** The raw HTTP answer: status, body and its size in bytes. */
  async function post(body: Record<string, unknown>) {
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      bytes: Buffer.byteLength(text),
      body: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] },
    };
  }
  const refusal = (answer: Awaited<ReturnType<typeof post>>) => [
    answer.status,
    answer.body.errors?.map((error) => [error.extensions.code, error.message]),
  ];

  describe('finding 5: what the gateway used to answer with a 500', () => {
    it('two operations and no operationName', async () => {
      expect(
        refusal(await post({ query: 'query A { regions { code } } query B { region(code: "440100") { name } }' })),
      ).toEqual([
        400,
        [
          [
            'OPERATION_RESOLUTION_FAILURE',
            'The document holds 2 operations (A, B): send operationName to say which one to run.',
          ],
        ],
      ]);
    });

    it('an operationName the document does not have', async () => {
      expect(refusal(await post({ query: 'query A { regions { code } }', operationName: 'C' }))).toEqual([
        400,
        [['OPERATION_RESOLUTION_FAILURE', 'The document has no operation named "C": send operationName as one of A.']],
      ]);
    });

    it('a subscription', async () => {
      expect(refusal(await post({ query: 'subscription { regions { code } }' }))).toEqual([
        400,
        [
          [
            'GRAPHQL_VALIDATION_FAILED',
            'This hub has no subscriptions: send a query or a mutation (and query again for changes).',
          ],
        ],
      ]);
    });

    it('a document over the token limit', async () => {
      expect(refusal(await post({ query: `{ region(code: "440100") { ${'code '.repeat(3000)} } }` }))).toEqual([
        400,
        [['GRAPHQL_PARSE_FAILED', 'Syntax Error: Document contains more that 3000 tokens. Parsing aborted.']],
      ]);
    });
  });

  describe('finding 4: messages never echo an ID number or a huge value', () => {
    const CONFIRM = 'mutation ($t: ID!, $a: Money!) { confirmFundsReceived(transferId: $t, amount: $a) { id } }';

    it('masks an ID number sent as an amount', async () => {
      const answer = await post({
        query: CONFIRM,
        variables: { t: 'c0ffee00-0000-4000-8000-000000000000', a: idNumber },
      });
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.body)).not.toContain(idNumber);
      expect(answer.body.errors?.map((error) => error.message)).toEqual([
        `Variable "$a" got invalid value "440106********${idNumber.slice(-4)}"; "440106********${idNumber.slice(-4)}" is not an amount of money: write yuan with at most two decimals, e.g. "1234.56"`,
      ]);
    });

    it('quotes a short prefix of a long value, and refuses a huge one without repeating it', async () => {
      const long = `1234.${'x'.repeat(795)}`; // under the 1000-character limit, so graphql-js quotes it
      const quoted = await post({ query: CONFIRM, variables: { t: 'c0ffee00-0000-4000-8000-000000000000', a: long } });
      expect(quoted.status).toBe(400);
      expect(quoted.body.errors?.[0]?.message).toBe(
        `Variable "$a" got invalid value "1234.${'x'.repeat(27)}…" (800 characters); "1234.${'x'.repeat(27)}…" (800 characters) is not an amount of money: write yuan with at most two decimals, e.g. "1234.56"`,
      );
      for (const variables of [
        { t: 'c0ffee00-0000-4000-8000-000000000000', a: '1'.repeat(4_900_000) },
        { t: 'f'.repeat(4_900_000), a: '1.00' },
      ]) {
        const huge = await post({ query: CONFIRM, variables });
        expect(huge.status).toBe(400);
        expect(huge.bytes).toBeLessThan(1_000);
        expect(huge.body.errors?.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
        expect(huge.body.errors?.[0]?.message).toMatch(
          /^The request was refused and nothing was written\. \$[ta]: is 4900000 characters long; at most 1000 are accepted\.$/,
        );
      }
    });
  });

  describe('finding 6: the cost limit counts list arguments', () => {
    // Per person: name 1, enrollments { status } 2, contributions { month amount } 3,
    // accounts { balance entries { kind amount } } 5, transfers { status } 2: 13. `persons` of n numbers: 1 + 13n.
    const SELECTION =
      'name enrollments { status } contributions { month amount } accounts { balance entries { kind amount } } transfers { status }';
    const aliases = (count: number) =>
      `query ($ids: [String!]!) { ${Array.from({ length: count }, (_, i) => `p${i}: persons(idNumbers: $ids) { ${SELECTION} }`).join(' ')} }`;
    const thousandTimes = () => Array.from({ length: 1000 }, () => idNumber);

    it(`refuses 15 aliases × persons of 1000 numbers before it runs, with its cost and the limit`, async () => {
      const began = Date.now();
      expect(refusal(await post({ query: aliases(15), variables: { ids: thousandTimes() } }))).toEqual([
        400,
        [
          [
            'GRAPHQL_VALIDATION_FAILED',
            `This operation costs 195,015, over the limit of ${MAX_OPERATION_COST.toLocaleString('en')}: ask for fewer people, items or fields per request (a list argument of N values costs N times what is selected under it).`,
          ],
        ],
      ]);
      expect(Date.now() - began).toBeLessThan(2_000);
    });

    it('allows 7 such aliases (91,007) and refuses 8 (104,008)', async () => {
      const seven = await post({ query: aliases(7), variables: { ids: thousandTimes() } });
      expect([seven.status, seven.body.errors]).toEqual([200, undefined]);
      expect(refusal(await post({ query: aliases(8), variables: { ids: thousandTimes() } }))[1]).toEqual([
        [
          'GRAPHQL_VALIDATION_FAILED',
          expect.stringMatching(/^This operation costs 104,008, over the limit of 100,000:/),
        ],
      ]);
    });

    it('passes the dashboard: 500 people with the GraphiQL example’s whole history', async () => {
      const { EXAMPLE_QUERY } = await import('../gateway/src/graphiql.ts');
      const dashboard = EXAMPLE_QUERY.replace(
        'query PersonHistory($idNumber: String!) {\n  person(idNumber: $idNumber) {',
        'query Dashboard($ids: [String!]!) {\n  persons(idNumbers: $ids) {',
      );
      const answer = await post({ query: dashboard, variables: { ids: Array.from({ length: 500 }, () => idNumber) } });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect((answer.body.data as { persons: unknown[] }).persons).toHaveLength(500);
    });
  });
});
