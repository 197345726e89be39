import type pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { readAuditWriterFor } from '#shared/audit/audit-trail.ts';
import type { Config } from '#shared/config.ts';
import { dropDatabase, openSubgraphDatabase, type SubgraphDatabase } from '#shared/database/subgraph-database.ts';
import type { SubgraphDefinition } from '#shared/server/subgraph.ts';
import { asOwner } from './database-roles.ts';
import { testConfig } from './test-stack.ts';

/** What a subgraph's database is made from: its name (for the database's), entities, migrations and privileges. */
export type DatabaseDefinition = Pick<SubgraphDefinition, 'name' | 'entities' | 'migrations' | 'privileges'>;

export interface TestSubgraphDatabase {
  /** The configuration the database was opened with (its name prefix, its secret, the keys). */
  readonly config: Config;
  readonly serverUrl: string;
  readonly databaseName: string;
  /** The open database, as the service has it (runtime role); only inside tests and hooks after `beforeAll`. */
  readonly db: SubgraphDatabase;
  readonly dataSource: DataSource;
  /** One transaction as the runtime role, as `runMutation` gives a command (without the audit row). */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  /** One connection as the owner role, to look at what the runtime role may not or to check what even it cannot do. */
  asOwner<T>(work: (client: pg.Client) => Promise<T>): Promise<T>;
  /** Until `count` sessions of this database wait for a lock (at most 5 s): a race set up to happen. */
  waitForLockWaiters(count: number): Promise<void>;
}

/**
 * A subgraph's own database, migrated and with its two roles, for the tests of one `describe` block (or file):
 * opened in `beforeAll` under a fresh random name prefix, drained, closed and dropped in `afterAll`. No server:
 * tests call commands with `transaction` as the resolvers do.
 */
export function useSubgraphDatabase(
  definition: DatabaseDefinition,
  config: Config = testConfig(),
): TestSubgraphDatabase {
  const serverUrl = inject('databaseServerUrl');
  const databaseName = `${config.databaseNamePrefix}${definition.name}`;
  let db: SubgraphDatabase | undefined;

  beforeAll(async () => {
    db = await openSubgraphDatabase({
      serverUrl,
      databaseName,
      secret: config.subgraphSecrets[definition.name],
      entities: definition.entities,
      migrations: definition.migrations,
      privileges: definition.privileges,
    });
  });
  afterAll(async () => {
    // Read-audit rows are written in the background: they must be in before the pool closes.
    if (db) await readAuditWriterFor(db.dataSource).drain();
    await db?.dataSource.destroy();
    db = undefined;
    await dropDatabase(serverUrl, databaseName);
  });

  const open = (): SubgraphDatabase => {
    if (!db) throw new Error(`the ${definition.name} database is open only in tests and hooks after beforeAll`);
    return db;
  };
  return {
    config,
    serverUrl,
    databaseName,
    get db() {
      return open();
    },
    get dataSource() {
      return open().dataSource;
    },
    transaction: (work) => open().dataSource.transaction(work),
    asOwner: (work) => asOwner(serverUrl, databaseName, work),
    async waitForLockWaiters(count) {
      const deadline = Date.now() + 5000;
      for (;;) {
        const [{ n }] = (await open().dataSource.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )) as [{ n: number }];
        if (n === count) return;
        if (Date.now() > deadline) expect.fail(`${count} session(s) waiting for a lock expected, ${n} found`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}
