import { createServer, type Server } from 'node:http';
import { GraphQLClient, gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphName } from '#shared/config.ts';
import { startGateway } from '../gateway/src/server.ts';
import { outcome } from './support/outcome.ts';
import { testIdNumber } from './support/people.ts';
import { agencyDesk } from './support/people-helpers.ts';
import { productionConfig, startProductionStack, tokenFor, type ProductionStack } from './support/production.ts';
import { transferDesk } from './support/transfer-desk.ts';

/**
 * Issue 10, finding 7: one subgraph's failure costs only its own fields. A second gateway is put in front of the
 * same subgraphs with one of them replaced by a closed port (down) or by a server that never answers (hung).
 */
const TIMEOUT_MS = 400;

describe('partial results when one subgraph fails (production)', () => {
  let hub: ProductionStack;
  let hung: Server;
  const idNumber = testIdNumber(500, '330102');

  beforeAll(async () => {
    hub = await startProductionStack('partial');
    const desk = agencyDesk(await hub.as({ role: 'NATIONAL', subject: 'nhsa-admin' }));
    const hangzhou = await desk.enroll(idNumber, '330100', 'EMPLOYEE', '2024-01', '周洁');
    await desk.pay(idNumber, '330100', 'EMPLOYEE', '2024-01', '2024-03');
    await desk.allocate(idNumber, '330100', '120.00', '2024-03-31');
    await desk.suspend(hangzhou, '2024-03-31');
    await desk.enroll(idNumber, '310000', 'EMPLOYEE', '2024-04', '周洁');
    await transferDesk(await hub.as({ role: 'NATIONAL', subject: 'nhsa-admin' })).apply({
      idNumber,
      fromRegion: '330100',
      toRegion: '310000',
      kind: 'EMPLOYEE_TO_EMPLOYEE',
      on: '2024-04-08',
    });
    hung = createServer(() => {}); // accepts every request and never answers
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', () => resolve()));
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    down = `http://127.0.0.1:${(closed.address() as { port: number }).port}/graphql`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
  }, 120_000);
  afterAll(async () => {
    hung?.closeAllConnections();
    hung?.close();
    await hub?.stop();
  });

  /** A gateway in front of the hub's subgraphs, with one of them at another address. */
  async function gatewayWith(name: SubgraphName, url: string) {
    const gateway = await startGateway({
      config: productionConfig(hub.config.databaseNamePrefix, { SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS) }),
      port: 0,
      host: '127.0.0.1',
      subgraphUrls: { ...Object.fromEntries(Object.values(hub.subgraphs).map((s) => [s.name, s.url])), [name]: url },
    });
    const client = new GraphQLClient(gateway.url, {
      headers: { authorization: `Bearer ${await tokenFor({ role: 'NATIONAL', subject: 'dashboard' })}` },
    });
    return { client, url: gateway.url, close: () => gateway.close() };
  }
  let down: string; // a port nothing listens on
  const hungUrl = () => `http://127.0.0.1:${(hung.address() as { port: number }).port}/graphql`;
  const UNAVAILABLE =
    'The service that holds this field is unavailable; the rest of the answer is complete. Try again later.';

  it('accounts down: the accounts are null with an error at their path, the rest is answered', async () => {
    const gateway = await gatewayWith('accounts', down);
    try {
      const query = gql`
        query ($n: String!) {
          person(idNumber: $n) {
            name
            contributions {
              month
            }
            accounts {
              balance
            }
          }
        }
      `;
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await tokenFor({ role: 'NATIONAL', subject: 'dashboard' })}`,
        },
        body: JSON.stringify({ query, variables: { n: idNumber } }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        data: {
          person: {
            name: '周洁',
            contributions: [{ month: '2024-01' }, { month: '2024-02' }, { month: '2024-03' }],
            accounts: null,
          },
        },
        errors: [{ message: UNAVAILABLE, path: ['person', 'accounts'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }],
      });
    } finally {
      await gateway.close();
    }
  });

  it('enrollment down: the transfers list is answered, each person null with an error at its path', async () => {
    const gateway = await gatewayWith('enrollment', down);
    try {
      const { data, errors } = await outcome(
        gateway.client.request(gql`
          {
            transfers(first: 5) {
              totalCount
              edges {
                node {
                  status
                  fromRegion {
                    name
                  }
                  toRegion {
                    name
                    province
                  }
                  person {
                    name
                  }
                }
              }
            }
          }
        `),
      );
      expect(data).toEqual({
        transfers: {
          totalCount: 1,
          edges: [
            {
              node: {
                status: 'ACCEPTED',
                fromRegion: { name: '杭州市' },
                toRegion: { name: '上海市', province: '上海市' },
                person: null,
              },
            },
          ],
        },
      });
      expect(errors).toEqual([
        {
          message: UNAVAILABLE,
          path: ['transfers', 'edges', 0, 'node', 'person', 'name'],
          extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
        },
      ]);
    } finally {
      await gateway.close();
    }
  });

  it('contributions down: each of its fields is null with its own error, dashboards keep the rest', async () => {
    const gateway = await gatewayWith('contributions', down);
    try {
      const { data, errors } = await outcome(
        gateway.client.request(
          gql`
            query ($ids: [String!]!) {
              persons(idNumbers: $ids) {
                name
                arrears
                years: contributionYears {
                  display
                }
                transfers {
                  status
                }
              }
            }
          `,
          {
            ids: [idNumber],
          },
        ),
      );
      expect(data).toEqual({
        persons: [{ name: '周洁', arrears: null, years: null, transfers: [{ status: 'ACCEPTED' }] }],
      });
      expect(errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
        [['persons', 0, 'arrears'], 'SUBGRAPH_UNAVAILABLE'],
        [['persons', 0, 'years'], 'SUBGRAPH_UNAVAILABLE'],
      ]);
    } finally {
      await gateway.close();
    }
  });

  it('accounts hung: costs the timeout, for its own fields only', async () => {
    const gateway = await gatewayWith('accounts', hungUrl());
    try {
      const began = Date.now();
      const { data, errors } = await outcome(
        gateway.client.request(
          gql`
            query ($n: String!) {
              person(idNumber: $n) {
                name
                accounts {
                  balance
                }
                transfers {
                  status
                }
              }
            }
          `,
          { n: idNumber },
        ),
      );
      const took = Date.now() - began;
      expect(data).toEqual({ person: { name: '周洁', accounts: null, transfers: [{ status: 'ACCEPTED' }] } });
      expect(errors).toEqual([
        {
          message: `The service that holds this field did not answer within ${TIMEOUT_MS / 1000} s; the rest of the answer is complete. Try again later.`,
          path: ['person', 'accounts'],
          extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
        },
      ]);
      expect(took).toBeGreaterThanOrEqual(TIMEOUT_MS);
      expect(took).toBeLessThan(TIMEOUT_MS + 3_000);
    } finally {
      await gateway.close();
    }
  });

  it('a bad value only a subgraph could check is refused before planning, or nulls just its field with its path', async () => {
    const national = await hub.as({ role: 'NATIONAL', subject: 'nhsa-admin' });
    const variable = await outcome(
      national.request(
        gql`
          query ($n: String!, $f: YearMonth) {
            person(idNumber: $n) {
              name
              contributions(from: $f) {
                month
              }
            }
          }
        `,
        { n: idNumber, f: '2019-13' },
      ),
    );
    expect(variable.data).toBeUndefined();
    expect(variable.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      [
        'BAD_USER_INPUT',
        'Variable "$f" got invalid value "2019-13"; "2019-13" is not a month: write YYYY-MM with a month from 01 to 12, e.g. "2019-06"',
      ],
    ]);
    const argument = await outcome(
      national.request(
        gql`
          query ($n: String!) {
            person(idNumber: $n) {
              name
              years: contributionYears(asOfRegion: "999999") {
                display
              }
              arrears
            }
          }
        `,
        { n: idNumber },
      ),
    );
    expect(argument.data).toEqual({ person: { name: '周洁', years: null, arrears: [] } });
    expect(argument.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['person', 'years'], 'BAD_USER_INPUT'],
    ]);
  });
});
