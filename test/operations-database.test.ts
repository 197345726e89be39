import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { SUBGRAPH_NAMES } from '#shared/config.ts';
import { provideDatabaseServer } from '#shared/database/database-server.ts';
import { dropDatabase, subgraphDatabaseUrl } from '#shared/database/subgraph-database.ts';
import { serveSubgraph, type RunningSubgraph } from '#shared/server/subgraph.ts';
import { startGateway } from '../gateway/src/server.ts';
import { SUBGRAPHS } from '../scripts/lib/stack.ts';
import { freePort } from '../scripts/lib/service-process.ts';
import { testConfig } from './support/test-stack.ts';

const readiness = async (url: string) => {
  const response = await fetch(new URL('/readyz', url));
  return [response.status, await response.json()] as const;
};

describe('readiness follows the database', () => {
  it('a subgraph whose PostgreSQL stops is alive but not ready, and so is the gateway in front of it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'medins-readiness-'));
    await chmod(dataDir, 0o755);
    const database = await provideDatabaseServer({ dataDir, port: await freePort() });
    const config = testConfig();
    let subgraph: RunningSubgraph | undefined;
    let gateway: Awaited<ReturnType<typeof startGateway>> | undefined;
    try {
      const contributions = SUBGRAPHS.find((definition) => definition.name === 'contributions')!;
      subgraph = await serveSubgraph(contributions, { serverUrl: database.url, config, port: 0, host: '127.0.0.1' });
      const unreachable = `http://127.0.0.1:${await freePort()}/graphql`;
      gateway = await startGateway({
        config,
        port: 0,
        host: '127.0.0.1',
        subgraphUrls: {
          enrollment: unreachable,
          contributions: subgraph.url,
          accounts: unreachable,
          transfers: unreachable,
        },
      });
      expect(await readiness(subgraph.url)).toEqual([
        200,
        { status: 'ready', checks: { database: 'ok', migrations: 'applied' } },
      ]);
      const down = { enrollment: 'unavailable', accounts: 'unavailable', transfers: 'unavailable' };
      expect(await readiness(gateway.url)).toEqual([
        503,
        { status: 'not ready', checks: { ...down, contributions: 'ready' } },
      ]);

      await database.stop();
      expect(await readiness(subgraph.url)).toEqual([
        503,
        { status: 'not ready', checks: { database: 'unavailable' } },
      ]);
      expect((await fetch(new URL('/healthz', subgraph.url))).status).toBe(200);
      expect(await readiness(gateway.url)).toEqual([
        503,
        { status: 'not ready', checks: { ...down, contributions: 'not ready' } },
      ]);
    } finally {
      await gateway?.close();
      await subgraph?.stop().catch(() => {});
      await database.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('replicas', () => {
  it('three replicas of each subgraph started at once on a fresh server all become ready, migrated once', async () => {
    const serverUrl = inject('databaseServerUrl');
    const config = testConfig();
    const started = await Promise.allSettled(
      SUBGRAPHS.flatMap((definition) =>
        [1, 2, 3].map(() => serveSubgraph(definition, { serverUrl, config, port: 0, host: '127.0.0.1' })),
      ),
    );
    const replicas = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    try {
      expect(started.filter((result) => result.status === 'rejected')).toEqual([]);
      for (const replica of replicas) expect((await readiness(replica.url))[0]).toBe(200);
      for (const definition of SUBGRAPHS) {
        const client = new pg.Client({
          connectionString: subgraphDatabaseUrl(serverUrl, `${config.databaseNamePrefix}${definition.name}`),
        });
        await client.connect();
        try {
          const { rows } = await client.query<{ runs: number; names: number }>(
            'SELECT count(*)::int AS runs, count(DISTINCT name)::int AS names FROM migrations',
          );
          const migrations = (definition.migrations as unknown[]).length;
          expect(rows[0]).toEqual({ runs: migrations, names: migrations });
        } finally {
          await client.end();
        }
      }
    } finally {
      await Promise.all(replicas.map((replica) => replica.stop()));
      await Promise.all(SUBGRAPH_NAMES.map((name) => dropDatabase(serverUrl, `${config.databaseNamePrefix}${name}`)));
    }
  }, 180_000);
});
