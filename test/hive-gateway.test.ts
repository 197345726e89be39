import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken, type TokenClaims } from '#shared/auth/tokens.ts';
import type { RunningHttpServer } from '#shared/server/http-server.ts';
import { createHiveGateway } from '../gateway/hive/hive-gateway.ts';
import { startGateway } from '../gateway/src/server.ts';
import { HISTORY } from '../scripts/bench/queries.ts';
import { demoPopulation } from '../scripts/lib/demo-population.ts';
import { seedDemo } from '../scripts/lib/seed-demo.ts';
import { startTestStack, type TestStack } from './support/test-stack.ts';

const keys = generateKeyPairSync('ed25519');
const publicKey = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const privateKey = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const [first, second] = demoPopulation(); // Zhengzhou → Guangzhou → Shenzhen; Tianjin → Fuzhou

interface Answer {
  data?: { person: { name: string; enrollments: { region: { code: string } }[] } | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe('Hive Gateway over the same supergraph answers as the Apollo gateway does', () => {
  let hub: TestStack;
  let apollo: RunningHttpServer;
  let hive: ReturnType<typeof createHiveGateway>;
  let hiveServer: Server;
  let hiveUrl: string;

  const ask = async (url: string, idNumber: string, claims?: TokenClaims): Promise<Answer> => {
    const authorization: Record<string, string> = claims
      ? { authorization: `Bearer ${await mintToken(privateKey, claims)}` }
      : {};
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorization },
      body: JSON.stringify({ query: HISTORY, variables: { idNumber } }),
    });
    return (await response.json()) as Answer;
  };
  const both = async (idNumber: string, claims?: TokenClaims) => {
    const [fromApollo, fromHive] = await Promise.all([
      ask(apollo.url, idNumber, claims),
      ask(hiveUrl, idNumber, claims),
    ]);
    return { fromApollo, fromHive };
  };

  beforeAll(async () => {
    hub = await startTestStack();
    await seedDemo(hub.gatewayUrl);
    const subgraphUrls = Object.fromEntries(
      Object.values(hub.subgraphs).map((subgraph) => [subgraph.name, subgraph.url]),
    );
    // Both gateways verify tokens with the same key, so that callers other than the development administrator count.
    apollo = await startGateway({
      config: hub.config,
      port: 0,
      host: '127.0.0.1',
      subgraphUrls,
      developmentPublicKey: publicKey,
    });
    hive = createHiveGateway({ config: hub.config, subgraphUrls, developmentPublicKey: publicKey });
    hiveServer = createServer(hive);
    await new Promise<void>((resolve) => hiveServer.listen(0, '127.0.0.1', resolve));
    hiveUrl = `http://127.0.0.1:${(hiveServer.address() as { port: number }).port}/graphql`;
  }, 180_000);
  afterAll(async () => {
    await new Promise((resolve) => hiveServer?.close(resolve));
    await hive?.dispose();
    await apollo?.close();
    await hub?.stop();
  });

  it("gives the benchmark's person history identically, every field from all four subgraphs", async () => {
    const { fromApollo, fromHive } = await both(first!.idNumber);
    expect(fromHive).toEqual(fromApollo);
    expect(fromApollo.errors).toBeUndefined();
    expect(fromApollo.data!.person!.name).toBe(first!.name);
    expect(fromApollo.data!.person!.enrollments.map((enrollment) => enrollment.region.code)).toEqual([
      '410100',
      '440100',
      '440300',
    ]);
    expect(JSON.stringify(fromHive).length).toBeGreaterThan(10_000); // every month of twenty years, and the ledgers
  });

  it("forwards the caller's own identity, signed per subgraph: an agency reads its region's people only", async () => {
    const shenzhen: TokenClaims = { role: 'AGENCY', subject: 'shenzhen-desk', regionCode: '440300' };
    const own = await both(first!.idNumber, shenzhen);
    expect(own.fromHive).toEqual(own.fromApollo);
    expect(own.fromHive.data!.person!.name).toBe(first!.name);
    const other = await both(second!.idNumber, shenzhen);
    expect(other.fromHive).toEqual(other.fromApollo);
    expect(other.fromHive.data?.person ?? null).toBeNull();
    expect(other.fromHive.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('refuses an alias named like a key field (it would forge representations), as the Apollo gateway does', async () => {
    const forged = { query: `query Forged($idNumber: String!) { person(idNumber: $idNumber) { id: name } }` };
    const post = async (url: string) =>
      (await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...forged, variables: { idNumber: first!.idNumber } }),
      }).then((response) => response.json())) as Answer;
    const [fromApollo, fromHive] = await Promise.all([post(apollo.url), post(hiveUrl)]);
    expect(fromApollo.errors?.map((error) => error.message)).toEqual([
      'The alias "id" on Person.name takes the name of a field the hub joins Person across its services by: rename the alias (e.g. "nameValue").',
    ]);
    expect(fromHive.errors?.map((error) => error.message)).toEqual(fromApollo.errors?.map((error) => error.message));
    expect(fromHive.data).toBeUndefined();
  });

  it('refuses a token it cannot verify before asking any subgraph', async () => {
    const response = await fetch(hiveUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
      body: JSON.stringify({ query: HISTORY, variables: { idNumber: first!.idNumber } }),
    });
    const answer = (await response.json()) as Answer;
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});
