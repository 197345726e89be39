import { createServer, type Server } from 'node:http';
import { GraphQLClient, gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { IDENTITY_HEADER, signIdentity } from '#shared/auth/identity.ts';
import { mintToken, type TokenClaims } from '#shared/auth/tokens.ts';
import { SUBGRAPH_NAMES } from '#shared/config.ts';
import { dropDatabase } from '#shared/database/subgraph-database.ts';
import { documentKeyFor } from '#shared/identity/documents.ts';
import { startGateway, OPERATION_LIMITS } from '../gateway/src/server.ts';
import { startStack, type Stack } from '../scripts/lib/stack.ts';
import { testIdNumber } from './support/people.ts';
import { eventually } from './support/eventually.ts';
import { agencyDesk } from './support/people-helpers.ts';
import { transferDesk } from './support/transfer-desk.ts';
import { asOwner } from './support/database-roles.ts';
import { personRepresentation } from './support/representations.ts';
import { codes, outcome, type Reported } from './support/outcome.ts';
import { privateKey, productionConfig, subgraphSecret } from './support/production.ts';

const secret = subgraphSecret;

describe('security in production mode: who may see and do what', () => {
  const serverUrl = inject('databaseServerUrl');
  const config = productionConfig(`sec${Date.now() % 100000}_`);
  let stack: Stack;
  const as = async (claims: TokenClaims) =>
    new GraphQLClient(stack.gatewayUrl, {
      headers: { authorization: `Bearer ${await mintToken(privateKey, claims, { audience: 'medins-hub' })}` },
    });
  let national: GraphQLClient;
  const alice = testIdNumber(300, '330102'); // enrolled in Hangzhou, moving to Shanghai
  const bob = testIdNumber(301, '440106'); // enrolled in Guangzhou only
  const aliceId = documentKeyFor(config.personIdKey, { idNumber: alice });
  let transferId: string;

  beforeAll(async () => {
    stack = await startStack({ config, serverUrl, host: '127.0.0.1', ports: 'any' });
    national = await as({ role: 'NATIONAL', subject: 'nhsa-admin' });
    const desk = agencyDesk(national);
    const hangzhou = await desk.enroll(alice, '330100', 'EMPLOYEE', '2022-01');
    await desk.pay(alice, '330100', 'EMPLOYEE', '2022-01', '2024-06');
    await desk.suspend(hangzhou, '2024-06-30');
    await desk.enroll(alice, '310000', 'EMPLOYEE', '2024-07');
    await desk.enroll(bob, '440100', 'EMPLOYEE', '2023-01');
    await desk.pay(bob, '440100', 'EMPLOYEE', '2023-01', '2023-06');
    const employer = await as({ role: 'EMPLOYER', subject: 'acme-hr', employerId: '91310000MA1FL0001X' });
    transferId = (
      await transferDesk(employer).apply({
        idNumber: alice,
        fromRegion: '330100',
        toRegion: '310000',
        kind: 'EMPLOYEE_TO_EMPLOYEE',
        applicant: 'EMPLOYER',
        on: '2024-07-15',
      })
    ).id;
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    await Promise.all(SUBGRAPH_NAMES.map((name) => dropDatabase(serverUrl, `${config.databaseNamePrefix}${name}`)));
  });

  const PERSON = gql`
    query ($idNumber: String!) {
      person(idNumber: $idNumber) {
        name
        idNumber
        contributions {
          month
        }
        accounts {
          balance
        }
        transfers {
          id
        }
      }
    }
  `;

  describe('authentication at the gateway', () => {
    it('refuses a request without a token, with a bad one, an expired one, or one for another audience', async () => {
      const anonymous = new GraphQLClient(stack.gatewayUrl);
      const forged = new GraphQLClient(stack.gatewayUrl, { headers: { authorization: 'Bearer not.a.token' } });
      const expired = new GraphQLClient(stack.gatewayUrl, {
        headers: {
          authorization: `Bearer ${await mintToken(privateKey, { role: 'NATIONAL', subject: 'x' }, { hours: -1, audience: 'medins-hub' })}`,
        },
      });
      const otherAudience = new GraphQLClient(stack.gatewayUrl, {
        headers: {
          authorization: `Bearer ${await mintToken(privateKey, { role: 'NATIONAL', subject: 'x' }, { audience: 'another-app' })}`,
        },
      });
      for (const client of [anonymous, forged, expired, otherAudience]) {
        const { errors } = await outcome(
          client.request(gql`
            {
              regions {
                code
              }
            }
          `),
        );
        expect(codes(errors)).toEqual(['UNAUTHENTICATED']);
      }
    });

    it('refuses a token whose claims do not fit its role', async () => {
      const { errors } = await outcome(
        (await as({ role: 'AGENCY', subject: 'x' })).request(gql`
          {
            regions {
              code
            }
          }
        `),
      );
      expect(errors?.map((error) => error.message)).toEqual([
        "An AGENCY token carries the region claim: its pooling region's 6-digit code.",
      ]);
    });
  });

  describe('PERSON: their own record only', () => {
    it('reads their own record in full, and nobody else’s, by either root field', async () => {
      const client = await as({ role: 'PERSON', subject: 'alice', personId: aliceId });
      const own = await outcome(client.request(PERSON, { idNumber: alice }));
      expect(own.errors).toBeUndefined();
      expect(own.data).toMatchObject({
        person: { idNumber: alice, contributions: expect.any(Array), transfers: [{ id: transferId }] },
      });
      expect(codes((await outcome(client.request(PERSON, { idNumber: bob }))).errors)).toEqual(['FORBIDDEN']);
      const both = await outcome(
        client.request(
          gql`
            query ($ids: [String!]!) {
              persons(idNumbers: $ids) {
                name
              }
            }
          `,
          { ids: [alice, bob] },
        ),
      );
      expect(both.data).toEqual({ persons: [{ name: '林静' }, null] });
    });

    it('cannot enroll, record or act for an agency', async () => {
      const client = await as({ role: 'PERSON', subject: 'alice', personId: aliceId });
      const { errors } = await outcome(agencyDesk(client).enroll(alice, '330100', 'EMPLOYEE', '2025-01'));
      expect(errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
        ['FORBIDDEN', 'Enrolling a person is for the agency of region 330100 (or the national administrator).'],
      ]);
      expect(codes((await outcome(transferDesk(client).completeOut(transferId, '2024-07-20'))).errors)).toEqual([
        'FORBIDDEN',
      ]);
    });
  });

  describe('AGENCY: people enrolled in its region, transfers touching it, its own steps', () => {
    it('reads people enrolled in its region with full ID numbers, not others', async () => {
      const hangzhou = await as({ role: 'AGENCY', subject: 'hz-clerk', regionCode: '330100' });
      expect((await outcome(hangzhou.request(PERSON, { idNumber: alice }))).data).toMatchObject({
        person: { idNumber: alice },
      });
      expect(codes((await outcome(hangzhou.request(PERSON, { idNumber: bob }))).errors)).toEqual(['FORBIDDEN']);
    });

    it('performs the steps of its own region only', async () => {
      const shanghai = await as({ role: 'AGENCY', subject: 'sh-clerk', regionCode: '310000' });
      const { errors } = await outcome(transferDesk(shanghai).completeOut(transferId, '2024-07-20'));
      expect(errors?.map((error) => error.message)).toEqual([
        'Completing the transfer-out is for the agency of region 330100 (or the national administrator).',
      ]);
      const hangzhou = await as({ role: 'AGENCY', subject: 'hz-clerk', regionCode: '330100' });
      expect((await transferDesk(hangzhou).completeOut(transferId, '2024-07-20')).status).toBe('OUT_COMPLETED');
      const guangzhou = await as({ role: 'AGENCY', subject: 'gz-clerk', regionCode: '440100' });
      expect(codes((await outcome(transferDesk(guangzhou).get(transferId))).errors)).toEqual(['FORBIDDEN']);
    });

    it("lets only the in-region (or national) agency settle a transfer's funds, and a refusal writes nothing", async () => {
      const transfersAudit = () =>
        asOwner(
          serverUrl,
          `${config.databaseNamePrefix}transfers`,
          async (client) =>
            (await client.query(`SELECT role, region FROM audit_log WHERE operation = 'settleTransferFunds'`)).rows,
        );
      for (const [subject, regionCode] of [
        ['hz-clerk', '330100'],
        ['gz-clerk', '440100'],
      ] as const) {
        const agency = await as({ role: 'AGENCY', subject, regionCode });
        const { errors } = await outcome(
          transferDesk(agency).settleFunds(transferId, 'RETURN_TO_OUT_REGION', null, '2024-07-22'),
        );
        expect(errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
          ['FORBIDDEN', 'Settling the funds is for the agency of region 310000 (or the national administrator).'],
        ]);
      }
      expect(await transfersAudit()).toEqual([]);
      // The in-region's own agency passes the check and meets the rule: this sheet moves no money to settle.
      const shanghai = await as({ role: 'AGENCY', subject: 'sh-clerk', regionCode: '310000' });
      const { errors } = await outcome(
        transferDesk(shanghai).settleFunds(transferId, 'RETURN_TO_OUT_REGION', null, '2024-07-22'),
      );
      expect(errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
        [
          'CONFLICT',
          'The Info Sheet moves no account money (0.00): there are no funds to confirm; complete the transfer-in.',
        ],
      ]);
      expect(await transfersAudit()).toEqual([]);
    });
  });

  describe('EMPLOYER: the transfers it applied for', () => {
    it('follows its transfer, but not the person’s record', async () => {
      const employer = await as({ role: 'EMPLOYER', subject: 'acme-hr', employerId: '91310000MA1FL0001X' });
      const followed = await employer.request(
        gql`
          query ($id: ID!) {
            transfer(id: $id) {
              status
              events {
                step
                actor
              }
            }
          }
        `,
        { id: transferId },
      );
      expect(followed).toEqual({
        transfer: {
          status: 'OUT_COMPLETED',
          events: [
            { step: 'APPLICATION_ACCEPTED', actor: 'EMPLOYER' },
            { step: 'TRANSFER_OUT_COMPLETED', actor: 'OUT_AGENCY' },
            { step: 'INFO_SHEET_ISSUED', actor: 'OUT_AGENCY' },
          ],
        },
      });
      const withPerson = await outcome(
        employer.request(
          gql`
            query ($id: ID!) {
              transfer(id: $id) {
                status
                person {
                  name
                }
              }
            }
          `,
          { id: transferId },
        ),
      );
      expect(codes(withPerson.errors)).toEqual(['FORBIDDEN']);
      const other = await as({ role: 'EMPLOYER', subject: 'other-hr', employerId: '91440000MA2XX0002Y' });
      expect(
        codes(
          (
            await outcome(
              other.request(
                gql`
                  query ($id: ID!) {
                    transfer(id: $id) {
                      status
                    }
                  }
                `,
                { id: transferId },
              ),
            )
          ).errors,
        ),
      ).toEqual(['FORBIDDEN']);
      const list = await other.request<{ transfers: { totalCount: number } }>(gql`
        {
          transfers {
            totalCount
          }
        }
      `);
      expect(list.transfers.totalCount).toBe(0);
    });
  });

  it('NATIONAL reads everything, with ID numbers masked', async () => {
    const { person } = await national.request<{ person: { idNumber: string } }>(PERSON, { idNumber: bob });
    expect(person.idNumber).toBe(`${bob.slice(0, 6)}********${bob.slice(-4)}`);
  });

  describe('subgraphs trust only the gateway', () => {
    const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { contributions { month } } } }`;
    const call = (headers: Record<string, string>, query = entities) =>
      fetch(stack.subgraphs.contributions.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          query,
          variables: { r: [personRepresentation(config, aliceId, ['330100', '310000'])] },
        }),
      });

    it('refuses direct calls without an identity, or signed with the wrong secret, _service and _entities included', async () => {
      const unsigned: Record<string, string> = {};
      const forged: Record<string, string> = {
        [IDENTITY_HEADER]: signIdentity(
          { role: 'NATIONAL', subject: 'forger' },
          'not-the-contributions-secret-at-all-0000',
        ),
      };
      for (const headers of [unsigned, forged]) {
        for (const query of [entities, '{ _service { sdl } }']) {
          const response = await call(headers, query);
          expect(response.status).toBe(401);
          expect(
            ((await response.json()) as { errors: Reported[] }).errors.map((error) => error.extensions?.code),
          ).toEqual(['UNAUTHENTICATED']);
        }
      }
    });

    it('checks each _entities representation against the caller, not only the root fields', async () => {
      const bobIdentity = {
        role: 'PERSON' as const,
        subject: 'bob',
        personId: documentKeyFor(config.personIdKey, { idNumber: bob }),
      };
      const response = await call({ [IDENTITY_HEADER]: signIdentity(bobIdentity, secret('contributions')) });
      const body = (await response.json()) as { data: unknown; errors: Reported[] };
      expect(body.errors.map((error) => [error.extensions?.code, error.message])).toEqual([
        [
          'FORBIDDEN',
          "This person's record is not open to you: a person sees their own, an agency those enrolled in its region.",
        ],
      ]);
      expect(body.data).toEqual({ _entities: [{ contributions: null }] });
    });
  });

  describe('the audit trail', () => {
    it('records reads of person records and mutations (who, what, from where), and cannot be edited', async () => {
      const enrollment = (sql: string, parameters?: unknown[]) =>
        asOwner(
          serverUrl,
          `${config.databaseNamePrefix}enrollment`,
          async (client) => (await client.query(sql, parameters)).rows,
        );
      // Read rows are written in the background, just after the answer (group commit).
      const rows = await eventually(async () => {
        const found = await enrollment(
          `SELECT action, operation, role, subject, region, client_ip FROM audit_log WHERE person_id = $1 ORDER BY id`,
          [aliceId],
        );
        return found.some((row) => row.action === 'READ') ? found : undefined;
      }, 5_000);
      expect(rows).toContainEqual({
        action: 'WRITE',
        operation: 'enroll',
        role: 'NATIONAL',
        subject: 'nhsa-admin',
        region: null,
        client_ip: '127.0.0.1',
      });
      expect(rows).toContainEqual({
        action: 'READ',
        operation: 'read',
        role: 'AGENCY',
        subject: 'hz-clerk',
        region: '330100',
        client_ip: '127.0.0.1',
      });
      // Even the tables' owner cannot edit it (the service's own role may not even try: see database-roles.test.ts).
      await expect(enrollment(`UPDATE audit_log SET subject = 'someone else'`)).rejects.toThrow(
        'the audit log is append-only',
      );
      await expect(enrollment(`DELETE FROM audit_log`)).rejects.toThrow('the audit log is append-only');
      const details = JSON.stringify(await enrollment(`SELECT detail FROM audit_log`));
      expect(details).not.toMatch(/\d{17}[\dX]/);
    });
  });

  describe('operation limits', () => {
    const nested = (depth: number) => {
      // region(1) > agency(2) > … : person(1) > transfers(2) > person(3) > transfers(4) …
      let selection = 'id';
      for (let level = depth - 1; level >= 1; level--)
        selection = level % 2 === 1 ? `person { ${selection} }` : `transfers { ${selection} }`;
      return `query ($id: ID!) { transfer(id: $id) { ${selection} } }`;
    };
    const validationCodes = async (query: string, variables: Record<string, unknown> = {}) =>
      (await outcome(national.request(query, variables))).errors?.filter((error) =>
        /limit|exceed|Syntax Error|Token/i.test(error.message),
      ) ?? [];

    it(`allows a depth of ${OPERATION_LIMITS.depth} and refuses ${OPERATION_LIMITS.depth + 1}`, async () => {
      // nested(n) is n fields deep plus its leaf.
      expect(await validationCodes(nested(OPERATION_LIMITS.depth - 1), { id: transferId })).toEqual([]);
      const over = await validationCodes(nested(OPERATION_LIMITS.depth), { id: transferId });
      expect(over.map((error) => error.message)).toEqual([
        `Syntax Error: Query depth limit of ${OPERATION_LIMITS.depth} exceeded, found ${OPERATION_LIMITS.depth + 1}.`,
      ]);
    });

    it(`allows ${OPERATION_LIMITS.aliases} aliases and refuses ${OPERATION_LIMITS.aliases + 1}`, async () => {
      const aliases = (n: number) =>
        `{ ${Array.from({ length: n }, (_, i) => `a${i}: region(code: "440100") { code }`).join(' ')} }`;
      expect(await validationCodes(aliases(OPERATION_LIMITS.aliases))).toEqual([]);
      expect((await validationCodes(aliases(OPERATION_LIMITS.aliases + 1))).map((error) => error.message)).toEqual([
        `Syntax Error: Aliases limit of ${OPERATION_LIMITS.aliases} exceeded, found ${OPERATION_LIMITS.aliases + 1}.`,
      ]);
    });

    it(`allows ${OPERATION_LIMITS.directives} directives and refuses ${OPERATION_LIMITS.directives + 1}`, async () => {
      const directives = (n: number) => `{ region(code: "440100") { code ${'@include(if: true) '.repeat(n)} } }`;
      expect(await validationCodes(directives(OPERATION_LIMITS.directives))).toEqual([]);
      expect(
        (await validationCodes(directives(OPERATION_LIMITS.directives + 1))).map((error) => error.message),
      ).toEqual([
        `Syntax Error: Directives limit of ${OPERATION_LIMITS.directives} exceeded, found ${OPERATION_LIMITS.directives + 1}.`,
      ]);
    });

    it(`refuses a document of more than ${OPERATION_LIMITS.tokens} tokens`, async () => {
      const padded = (fields: number) => `{ region(code: "440100") { ${'code '.repeat(fields)} } }`;
      const base = 10; // { region ( code : "440100" ) { } } — the end of the document is not counted
      expect(await validationCodes(padded(OPERATION_LIMITS.tokens - base))).toEqual([]);
      expect((await validationCodes(padded(OPERATION_LIMITS.tokens - base + 1))).map((error) => error.message)).toEqual(
        [`Syntax Error: Document contains more that ${OPERATION_LIMITS.tokens} tokens. Parsing aborted.`],
      );
    });

    it('turns off introspection, field suggestions and the GraphiQL page', async () => {
      expect((await fetch(stack.gatewayUrl.replace(/graphql$/, ''))).status).toBe(404);
      expect(
        codes(
          (
            await outcome(
              national.request(gql`
                {
                  __schema {
                    types {
                      name
                    }
                  }
                }
              `),
            )
          ).errors,
        ),
      ).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      const misspelt = await outcome(
        national.request(gql`
          {
            regoins {
              code
            }
          }
        `),
      );
      expect(misspelt.errors?.map((error) => error.message)).toEqual([
        'Cannot query field "regoins" on type "Query". [Suggestion hidden]?',
      ]);
    });

    it('refuses batched requests, cross-site (CSRF) requests and oversized bodies', async () => {
      const token = await mintToken(privateKey, { role: 'NATIONAL', subject: 'x' }, { audience: 'medins-hub' });
      const post = (body: string, contentType = 'application/json') =>
        fetch(stack.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': contentType, authorization: `Bearer ${token}` },
          body,
        });
      expect(
        (await post(JSON.stringify([{ query: '{ regions { code } }' }, { query: '{ regions { code } }' }]))).status,
      ).toBe(400);
      expect((await post('{ regions { code } }', 'text/plain')).status).toBe(400);
      expect(
        (
          await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ regions { code } }')}`, {
            headers: { authorization: `Bearer ${token}` },
          })
        ).status,
      ).toBe(400);
      expect(
        (await post(JSON.stringify({ query: `{ regions { code } } #${'x'.repeat(5 * 1024 * 1024)}` }))).status,
      ).toBe(413);
    });

    it('gives up on a subgraph that does not answer in time', async () => {
      const silent: Server = createServer(() => {}); // accepts the request and never answers
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
      const port = (silent.address() as { port: number }).port;
      const gateway = await startGateway({
        config: productionConfig('unused_', { SUBGRAPH_TIMEOUT_MS: '300' }),
        port: 0,
        host: '127.0.0.1',
        subgraphUrls: { enrollment: `http://127.0.0.1:${port}/graphql` },
      });
      try {
        const client = new GraphQLClient(gateway.url, {
          headers: {
            authorization: `Bearer ${await mintToken(privateKey, { role: 'NATIONAL', subject: 'x' }, { audience: 'medins-hub' })}`,
          },
        });
        const began = Date.now();
        const { data, errors } = await outcome(
          client.request(gql`
            {
              region(code: "440100") {
                name
              }
            }
          `),
        );
        expect(data).toEqual({ region: null });
        expect(codes(errors)).toEqual(['SUBGRAPH_UNAVAILABLE']);
        expect(Date.now() - began).toBeLessThan(5_000);
      } finally {
        await gateway.close();
        silent.closeAllConnections();
        silent.close();
      }
    });
  });
});
