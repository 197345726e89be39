import { createServer, type Server } from 'node:http';
import pg from 'pg';
import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SUBGRAPH_NAMES, type SubgraphName } from '#shared/config.ts';
import { dropDatabase, subgraphDatabaseUrl } from '#shared/database/subgraph-database.ts';
import { startTracing, type Tracing } from '#shared/observability/tracing.ts';
import { startStack, type Stack } from '../scripts/lib/stack.ts';
import { eventually } from './support/eventually.ts';
import { agencyDesk } from './support/people-helpers.ts';
import { testIdNumber } from './support/people.ts';
import { SubgraphProcess } from './support/subgraph-process.ts';
import { testConfig } from './support/test-stack.ts';

type OtlpSpan = { traceId: string; name: string };
type OtlpExport = {
  resourceSpans: {
    resource: { attributes: { key: string; value: { stringValue?: string } }[] };
    scopeSpans: { spans: OtlpSpan[] }[];
  }[];
};

/** An OpenTelemetry collector for the test: it keeps every span sent to it (OTLP/HTTP, JSON), by service. */
async function startCollector(): Promise<{ url: string; spans: { service: string; span: OtlpSpan }[]; close(): void }> {
  const spans: { service: string; span: OtlpSpan }[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      for (const resource of (JSON.parse(body) as OtlpExport).resourceSpans) {
        const service = resource.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '';
        for (const scope of resource.scopeSpans) for (const span of scope.spans) spans.push({ service, span });
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    spans,
    close: () => server.close(),
  };
}

/**
 * The services as processes of their own, as deployed, for what only a process shows: traces exported from each,
 * and a SIGTERM. The gateway runs in this test's process (traced here as `gateway`); the four subgraphs each in
 * its own, exporting to the test's collector.
 */
describe('the hub as processes: one trace per request, and SIGTERM lets a request finish', () => {
  const serverUrl = inject('databaseServerUrl');
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let tracing: Tracing;
  let stack: Stack;
  let client: GraphQLClient;
  const processes = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, new SubgraphProcess(name, serverUrl)]),
  ) as Record<SubgraphName, SubgraphProcess>;
  let config: ReturnType<typeof testConfig>;
  const idNumber = testIdNumber(9201, '440106');

  beforeAll(async () => {
    collector = await startCollector();
    tracing = startTracing('gateway', collector.url);
    config = testConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, SHUTDOWN_GRACE_MS: '20000' });
    stack = await startStack({
      config,
      serverUrl,
      host: '127.0.0.1',
      ports: 'any',
      external: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, processes[name].start])),
    });
    client = new GraphQLClient(stack.gatewayUrl);
    const desk = agencyDesk(client);
    await desk.enroll(idNumber, '440100', 'EMPLOYEE', '2021-01');
    await desk.pay(idNumber, '440100', 'EMPLOYEE', '2021-01', '2021-03');
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    await tracing?.shutdown();
    collector?.close();
    await Promise.all(SUBGRAPH_NAMES.map((name) => dropDatabase(serverUrl, `${config.databaseNamePrefix}${name}`)));
  });

  it('joins the spans of the gateway and of each subgraph it called (HTTP and SQL) in one trace', async () => {
    await client.request(`query TracedHistory($n: String!) { person(idNumber: $n) { name contributions { month } } }`, {
      n: idNumber,
    });
    // The history's trace: the one request of this test that reached both enrollment and contributions.
    const trace = await eventually(async () => {
      const requests = collector.spans.filter((s) => s.service === 'gateway' && s.span.name === 'gateway.request');
      for (const request of requests) {
        const spans = collector.spans.filter((s) => s.span.traceId === request.span.traceId);
        const services = new Set(spans.map((s) => s.service));
        if (services.has('enrollment') && services.has('contributions')) return spans;
      }
      return undefined;
    }, 15_000);
    const names = (service: string) => new Set(trace.filter((s) => s.service === service).map((s) => s.span.name));
    expect([...names('gateway')]).toEqual(expect.arrayContaining(['gateway.request', 'gateway.plan', 'gateway.fetch']));
    for (const service of ['enrollment', 'contributions']) {
      expect([...names(service)]).toEqual(expect.arrayContaining(['POST']));
      expect([...names(service)].some((name) => name.startsWith('pg.query:SELECT'))).toBe(true);
    }
    // The accounts subgraph was not asked, so it has no part in this trace.
    expect(names('accounts').size).toBe(0);
  });

  it('on SIGTERM stops accepting but finishes the request in flight, then exits 0', async () => {
    const accountsDatabase = new pg.Client({
      connectionString: subgraphDatabaseUrl(serverUrl, `${config.databaseNamePrefix}accounts`),
    });
    await accountsDatabase.connect();
    try {
      // A slow request: the accounts table is locked, so the accounts subgraph's read waits.
      await accountsDatabase.query('BEGIN');
      await accountsDatabase.query('LOCK TABLE personal_account IN ACCESS EXCLUSIVE MODE');
      const answer = client.request<{ person: { name: string; accounts: unknown[] } }>(
        `query SlowAccounts($n: String!) { person(idNumber: $n) { name accounts { balance } } }`,
        { n: idNumber },
      );
      await eventually(async () => {
        // Inside a transaction the activity view is read once: clear that snapshot to see the wait come.
        await accountsDatabase.query('SELECT pg_stat_clear_snapshot()');
        const { rows } = await accountsDatabase.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return rows[0]!.n > 0 ? true : undefined;
      });
      const exited = processes.accounts.terminate();
      let exitCode: number | null | 'running' = 'running';
      void exited.then((code) => (exitCode = code));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(exitCode).toBe('running');
      await accountsDatabase.query('COMMIT');
      expect(await answer).toEqual({ person: { name: '林静', accounts: [] } });
      expect(await exited).toBe(0);
    } finally {
      await accountsDatabase.end();
    }
  });
});
