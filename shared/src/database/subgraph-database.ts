import pg from 'pg';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { QueryCounter } from './query-counter.ts';

/** The URL of one subgraph's own database on the server: same server, database `<prefix><name>`. */
export function subgraphDatabaseUrl(serverUrl: string, databaseName: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

/** Creates the database when it does not exist yet (safe when several services race to create it). */
export async function ensureDatabase(serverUrl: string, databaseName: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(databaseName)}`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // duplicate_database: another service created it first
      });
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, databaseName: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(databaseName)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export interface SubgraphDatabase {
  dataSource: DataSource;
  queries: QueryCounter;
}

export interface SubgraphDatabaseOptions {
  serverUrl: string;
  databaseName: string;
  entities: MixedList<EntitySchema>;
  migrations: MixedList<new () => unknown>;
}

/** Creates the subgraph's database if missing, connects, and applies pending migrations. */
export async function openSubgraphDatabase(options: SubgraphDatabaseOptions): Promise<SubgraphDatabase> {
  await ensureDatabase(options.serverUrl, options.databaseName);
  const queries = new QueryCounter();
  const dataSource = new DataSource({
    type: 'postgres',
    url: subgraphDatabaseUrl(options.serverUrl, options.databaseName),
    entities: options.entities,
    migrations: options.migrations as MixedList<Function>,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: queries,
    extra: { max: 10 },
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return { dataSource, queries };
}
