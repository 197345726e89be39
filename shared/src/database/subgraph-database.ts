import pg from 'pg';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { QueryCounter } from './query-counter.ts';
import {
  adoptObjects,
  assertLeastPrivilege,
  MIGRATION_LOCK,
  grantRuntimePrivileges,
  provisionDatabase,
  rolesOf,
  runtimePassword,
  urlAs,
  type RuntimePrivileges,
} from './roles.ts';

// A `date` is read as the text PostgreSQL sends ("2024-07-15"), which is what the domain uses: no Date object is
// made for every date of every row only to be formatted back.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

/** The URL of one subgraph's own database on the server: same server, database `<prefix><name>`. */
export function subgraphDatabaseUrl(serverUrl: string, databaseName: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

/** Drops a subgraph's database and its two roles (tests clean up after themselves this way). */
export async function dropDatabase(serverUrl: string, databaseName: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(databaseName)} WITH (FORCE)`);
    for (const role of Object.values(rolesOf(databaseName)))
      await client.query(`DROP ROLE IF EXISTS ${client.escapeIdentifier(role)}`);
  } finally {
    await client.end();
  }
}

export interface SubgraphDatabase {
  /** The runtime role's connection pool: everything requests and background work do goes through it. */
  dataSource: DataSource;
  queries: QueryCounter;
}

export interface SubgraphDatabaseOptions {
  /** The administrator's connection (DATABASE_URL): creates the roles and the database. */
  serverUrl: string;
  databaseName: string;
  /** The subgraph's secret, from which the runtime role's password is derived. */
  secret: string;
  entities: MixedList<EntitySchema>;
  migrations: MixedList<new () => unknown>;
  privileges: RuntimePrivileges;
}

/**
 * Provisions the database and its roles, applies pending migrations **as the owner**, grants the runtime role
 * what the subgraph declares, then connects **as the runtime role** and checks it can do no more.
 */
export async function openSubgraphDatabase(options: SubgraphDatabaseOptions): Promise<SubgraphDatabase> {
  const password = runtimePassword(options.secret);
  const roles = await provisionDatabase(options.serverUrl, options.databaseName, password);
  const adminUrl = subgraphDatabaseUrl(options.serverUrl, options.databaseName);
  await adoptObjects(adminUrl, roles);

  const owner = new DataSource({
    type: 'postgres',
    url: adminUrl,
    // TypeORM types its migration classes as `Function`.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    migrations: options.migrations as MixedList<Function>,
    migrationsTransactionMode: 'each',
    // Everything the migrations create belongs to the owner role, not to the administrator.
    extra: { max: 1, options: `-c role=${roles.owner}` },
  });
  await owner.initialize();
  try {
    await owner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await owner.runMigrations();
    await grantRuntimePrivileges((sql, parameters) => owner.query(sql, parameters), roles, options.privileges);
  } finally {
    await owner.destroy();
  }

  const queries = new QueryCounter();
  const dataSource = new DataSource({
    type: 'postgres',
    url: urlAs(subgraphDatabaseUrl(options.serverUrl, options.databaseName), roles.runtime, password),
    entities: options.entities,
    synchronize: false,
    // Extensions are the owner's business; the migrations use PostgreSQL's own gen_random_uuid().
    installExtensions: false,
    logger: queries,
    extra: { max: 10 },
  });
  await dataSource.initialize();
  try {
    await assertLeastPrivilege((sql) => dataSource.query(sql));
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return { dataSource, queries };
}
