import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERY } from '../gateway/src/graphiql.ts';
import { EXAMPLE_ID_NUMBER, seedDemo } from '../scripts/lib/seed-demo.ts';
import { startTestStack, type TestStack } from './support/test-stack.ts';

describe('what `npm start` gives a person exploring the graph', () => {
  let hub: TestStack;
  let origin: string;

  const tableSizes = async () => {
    const count = async (subgraph: keyof TestStack['subgraphs'], table: string) =>
      (await hub.asOwner(subgraph, `SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
    return {
      people: await count('enrollment', 'person'),
      enrollments: await count('enrollment', 'enrollment'),
      contributions: await count('contributions', 'contribution'),
      deemedPeriods: await count('contributions', 'deemed_period'),
      accountEntries: await count('accounts', 'account_entry'),
      transfers: await count('transfers', 'transfer'),
    };
  };

  beforeAll(async () => {
    hub = await startTestStack({ idNumber: EXAMPLE_ID_NUMBER });
    origin = new URL(hub.gatewayUrl).origin;
    await seedDemo(hub.gatewayUrl);
  }, 120_000);
  afterAll(() => hub?.stop());

  it('seeds the demo population idempotently: a second run changes nothing', async () => {
    const first = await tableSizes();
    expect(first.people).toBe(36);
    expect(first.deemedPeriods).toBe(8);
    expect(first.transfers).toBe(4); // the pending moves: Shanghai → Hangzhou → Chengdu
    const pending = await hub.asOwner('transfers', `SELECT DISTINCT status, from_region, to_region FROM transfer`);
    expect(pending).toEqual([{ status: 'ACCEPTED', from_region: '330100', to_region: '510100' }]);
    await seedDemo(hub.gatewayUrl);
    expect(await tableSizes()).toEqual(first);
  }, 120_000);

  it("serves GraphiQL at / from the project's own assets, with nothing from the internet", async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(assets).toEqual([
      '/graphiql/graphiql.css',
      '/graphiql/react.js',
      '/graphiql/react-dom.js',
      '/graphiql/graphiql.js',
    ]);
    for (const asset of assets) {
      const file = await fetch(`${origin}${asset}`);
      expect(file.status).toBe(200);
      expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect(html).toContain(EXAMPLE_ID_NUMBER);
  });

  it("opens with an example that returns a demo person's whole history across three regions", async () => {
    const { person } = await hub.client.request<{
      person: { enrollments: { region: { code: string }; status: string }[] };
    }>(EXAMPLE_QUERY, { idNumber: EXAMPLE_ID_NUMBER });
    expect(person.enrollments.map((enrollment) => [enrollment.region.code, enrollment.status])).toEqual([
      ['410100', 'TERMINATED'],
      ['440100', 'TERMINATED'],
      ['440300', 'ACTIVE'],
    ]);
  });

  it('answers unknown paths with a pointer to /graphql', async () => {
    const response = await fetch(`${origin}/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [
        { message: 'Nothing at /nowhere: the GraphQL endpoint is /graphql.', extensions: { code: 'NOT_FOUND' } },
      ],
    });
  });
});
