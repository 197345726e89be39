import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureLogging } from '#shared/observability/log.ts';
import { agencyDesk } from './support/people-helpers.ts';
import { testIdNumber } from './support/people.ts';
import { startProductionStack, tokenFor, type ProductionStack } from './support/production.ts';

const METRICS_TOKEN = 'metrics-token-for-the-operations-tests';
const DASHBOARD = 'https://dash.example.gov.cn';
const HISTORY = `query PersonHistory($n: String!) {
  person(idNumber: $n) { name enrollments { region { code } status } contributions { month amount } accounts { balance } }
}`;

/** Every JSON line the services log while this file runs (the stack's loggers are made after this). */
const lines: Record<string, unknown>[] = [];
const capture = new PassThrough();
capture.on('data', (chunk: Buffer) => {
  for (const line of chunk.toString().split('\n').filter(Boolean))
    lines.push(JSON.parse(line) as Record<string, unknown>);
});

/** One sample of a metric in Prometheus's text format: its value, or undefined when it is not there. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text
    .split('\n')
    .find(
      (candidate) =>
        candidate.startsWith(`${name}{`) &&
        wanted.every((label) => candidate.slice(0, candidate.indexOf('}')).includes(label)),
    );
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('running the hub as a production service (HTTP)', () => {
  let stack: ProductionStack;
  let origin: string;
  let subgraphOrigin: (name: keyof ProductionStack['subgraphs']) => string;
  let bearer: string;
  const idNumber = testIdNumber(9101, '440106');

  beforeAll(async () => {
    configureLogging({ logLevel: 'info', nodeEnv: 'production' }, capture);
    stack = await startProductionStack('ops', { METRICS_TOKEN, CORS_ORIGINS: `${DASHBOARD},http://localhost:5173` });
    origin = new URL(stack.gatewayUrl).origin;
    subgraphOrigin = (name) => new URL(stack.subgraphs[name].url).origin;
    bearer = `Bearer ${await tokenFor({ role: 'NATIONAL', subject: 'ops-test' })}`;
    const desk = agencyDesk(await stack.as({ role: 'AGENCY', subject: 'ops', regionCode: '440100' }));
    await desk.enroll(idNumber, '440100', 'EMPLOYEE', '2020-01');
    await desk.pay(idNumber, '440100', 'EMPLOYEE', '2020-01', '2020-06');
  });
  afterAll(async () => {
    await stack?.stop();
    configureLogging({ logLevel: 'warn', nodeEnv: 'test' });
  });

  const graphql = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: bearer, ...headers },
      body: JSON.stringify(body),
    });

  it('answers /healthz and /readyz on every service without a token, saying nothing about people', async () => {
    for (const base of [
      origin,
      ...(['enrollment', 'contributions', 'accounts', 'transfers'] as const).map(subgraphOrigin),
    ]) {
      const health = await fetch(`${base}/healthz`);
      expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    }
    const subgraph = await fetch(`${subgraphOrigin('accounts')}/readyz`);
    expect([subgraph.status, await subgraph.json()]).toEqual([
      200,
      { status: 'ready', checks: { database: 'ok', migrations: 'applied' } },
    ]);
    const gateway = await fetch(`${origin}/readyz`);
    expect([gateway.status, await gateway.json()]).toEqual([
      200,
      {
        status: 'ready',
        checks: { enrollment: 'ready', contributions: 'ready', accounts: 'ready', transfers: 'ready' },
      },
    ]);
  });

  it('counts requests, their time and their errors by operation name and code, and each subgraph fetch', async () => {
    for (let i = 0; i < 3; i++)
      expect((await graphql({ query: HISTORY, variables: { n: idNumber } })).status).toBe(200);
    const refused = await graphql({ query: HISTORY.replace('PersonHistory', 'BadHistory'), variables: { n: '12345' } });
    expect(refused.status).toBe(200);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'BAD_USER_INPUT',
    );

    const scrape = (base: string) =>
      fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } }).then((r) => r.text());
    const gateway = await scrape(origin);
    const labels = { service: 'gateway', operation: 'PersonHistory' };
    expect(sample(gateway, 'graphql_requests_total', labels)).toBe(3);
    expect(sample(gateway, 'graphql_request_duration_seconds_count', labels)).toBe(3);
    expect(sample(gateway, 'graphql_errors_total', labels)).toBeUndefined();
    expect(sample(gateway, 'graphql_requests_total', { ...labels, operation: 'BadHistory' })).toBe(1);
    expect(sample(gateway, 'graphql_errors_total', { operation: 'BadHistory', code: 'BAD_USER_INPUT' })).toBe(1);
    // Enrollment: the enrollment, three histories and the refused one (it stops there); contributions: the months
    // paid and three histories; accounts: three histories.
    const fetches = (subgraph: string) =>
      sample(gateway, 'gateway_subgraph_fetch_duration_seconds_count', { subgraph });
    expect([fetches('enrollment'), fetches('contributions'), fetches('accounts')]).toEqual([5, 4, 3]);
    expect(gateway).not.toContain('gateway_subgraph_fetch_failures_total{');
    expect(sample(gateway, 'nodejs_eventloop_lag_seconds', { service: 'gateway' })).toBeGreaterThanOrEqual(0);

    const contributions = await scrape(subgraphOrigin('contributions'));
    expect(sample(contributions, 'db_pool_connections', { state: 'waiting' })).toBe(0);
    expect(sample(contributions, 'db_pool_connections', { state: 'idle' })).toBeGreaterThan(0);
    const transfers = await scrape(subgraphOrigin('transfers'));
    expect(sample(transfers, 'transfer_effects', { status: 'PENDING' })).toBe(0);
    expect(sample(transfers, 'transfer_effects', { status: 'PARKED' })).toBe(0);
    expect(sample(transfers, 'transfer_effect_oldest_pending_age_seconds', { service: 'transfers' })).toBe(0);

    // No label holds an ID number or a person id (a run of digits or hex).
    for (const text of [gateway, contributions, transfers]) {
      const values = [...text.matchAll(/="([^"]*)"/g)].map((match) => match[1]!);
      expect(values.filter((value) => /\d{6}|[0-9a-f]{16}/i.test(value))).toEqual([]);
    }
  });

  it('serves metrics only with the token', async () => {
    expect((await fetch(`${origin}/metrics`)).status).toBe(401);
    expect((await fetch(`${origin}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  it("writes one line per request carrying its id, in the gateway's log and in every subgraph's it called", async () => {
    const response = await graphql({ query: HISTORY, variables: { n: idNumber } }, { 'x-request-id': 'ops-req-0001' });
    expect(response.headers.get('x-request-id')).toBe('ops-req-0001');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const mine = lines.filter((line) => line.requestId === 'ops-req-0001' && line.msg === 'request');
    expect(mine.map((line) => [line.service, line.path, line.status]).sort()).toEqual([
      ['accounts', '/graphql', 200],
      ['contributions', '/graphql', 200],
      ['enrollment', '/graphql', 200],
      ['gateway', '/graphql', 200],
    ]);
    expect(mine.find((line) => line.service === 'gateway')!.operation).toBe('PersonHistory');
    // A request without an id gets one of its own, sent back.
    expect((await graphql({ query: '{ __typename }' })).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(lines)).not.toContain(idNumber);
  });

  it('admits a cross-origin preflight from an allowed origin only', async () => {
    const preflight = (from: string) =>
      fetch(stack.gatewayUrl, {
        method: 'OPTIONS',
        headers: {
          origin: from,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
        },
      });
    const allowed = await preflight(DASHBOARD);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    const other = await preflight('https://elsewhere.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('compresses a large answer when asked, with brotli or gzip', async () => {
    const query = `query Many($n: [String!]!) { persons(idNumbers: $n) { name contributions { month amount paidOn } } }`;
    const variables = { n: Array.from({ length: 40 }, () => idNumber) };
    const plain = await graphql({ query, variables }, { 'accept-encoding': 'identity' });
    const expected = await plain.text();
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(expected.length).toBeGreaterThan(10_000);
    for (const encoding of ['br', 'gzip']) {
      const compressed = await graphql({ query, variables }, { 'accept-encoding': encoding });
      expect(compressed.headers.get('content-encoding')).toBe(encoding);
      expect(await compressed.text()).toBe(expected);
    }
  });
});
