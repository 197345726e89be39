import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig, SUBGRAPH_NAMES, type SubgraphName } from '#shared/config.ts';
import { rolesOf, runtimePassword, urlAs } from '#shared/database/roles.ts';
import {
  dropDatabase,
  openSubgraphDatabase,
  subgraphDatabaseUrl,
  type SubgraphDatabase,
} from '#shared/database/subgraph-database.ts';
import { SUBGRAPHS } from '../scripts/lib/stack.ts';
import { asOwner, asRuntime } from './support/database-roles.ts';

/**
 * The services serve with a runtime role that can do only what each subgraph declares; the owner role runs the
 * migrations (issue 10, finding 2). Each statement below succeeded for the superuser the services used before.
 */
const config = loadConfig({
  NODE_ENV: 'production',
  DATABASE_NAME_PREFIX: `roles${Date.now() % 100000}_`,
  PERSON_ID_KEY: 'a-person-id-key-for-the-database-role-tests',
  AGENCY_SEAL_KEY: 'an-agency-seal-key-for-the-database-role-tests',
  ...Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_SECRET`, `${name}-secret-for-the-database-role-tests-0123`]),
  ),
});
const serverUrl = inject('databaseServerUrl');
const databaseOf = (name: SubgraphName) => `${config.databaseNamePrefix}${name}`;
const open = (name: SubgraphName) => {
  const definition = SUBGRAPHS.find((subgraph) => subgraph.name === name)!;
  return openSubgraphDatabase({
    serverUrl,
    databaseName: databaseOf(name),
    secret: config.subgraphSecrets[name],
    entities: definition.entities,
    migrations: definition.migrations,
    privileges: definition.privileges,
  });
};

/** What PostgreSQL answers the runtime role for a statement, run in a transaction that is rolled back. */
async function refusal(name: SubgraphName, sql: string): Promise<string> {
  return asRuntime(serverUrl, databaseOf(name), config.subgraphSecrets[name], async (client) => {
    await client.query('BEGIN');
    try {
      await client.query(sql);
      return 'allowed';
    } catch (error) {
      return (error as Error).message;
    } finally {
      await client.query('ROLLBACK');
    }
  });
}

const TAMPERING = [
  ['SET session_replication_role = replica', 'permission denied to set parameter "session_replication_role"'],
  ['DELETE FROM audit_log', 'permission denied for table audit_log'],
  ["UPDATE audit_log SET subject = 'someone else'", 'permission denied for table audit_log'],
  ['TRUNCATE audit_log', 'permission denied for table audit_log'],
  ['SELECT count(*) FROM audit_log', 'permission denied for table audit_log'],
  ['ALTER TABLE audit_log DISABLE TRIGGER ALL', 'must be owner of table audit_log'],
  ['DROP TRIGGER audit_log_no_update_or_delete ON audit_log', 'must be owner of relation audit_log'],
  ['DROP TABLE audit_log', 'must be owner of table audit_log'],
  ['CREATE TABLE shadow (id int)', 'permission denied for schema public'],
  ['CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$', 'permission denied for schema public'],
] as const;

describe('least-privilege database roles (production)', () => {
  const opened: SubgraphDatabase[] = [];

  beforeAll(async () => {
    for (const name of SUBGRAPH_NAMES) opened.push(await open(name));
  }, 120_000);
  afterAll(async () => {
    await Promise.all(opened.map((db) => db.dataSource.destroy()));
    await Promise.all(SUBGRAPH_NAMES.map((name) => dropDatabase(serverUrl, databaseOf(name))));
  });

  it('serves every subgraph as its runtime role, which is no superuser and owns nothing', async () => {
    for (const [index, name] of SUBGRAPH_NAMES.entries()) {
      const [role] = await opened[index]!.dataSource.query(
        `SELECT current_user AS name, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
      );
      expect(role).toEqual({ name: rolesOf(databaseOf(name)).runtime, superuser: false });
      const owners = await asOwner(
        serverUrl,
        databaseOf(name),
        async (client) =>
          (await client.query(`SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'`)).rows,
      );
      expect(owners).toEqual([{ tableowner: rolesOf(databaseOf(name)).owner }]);
    }
  });

  for (const name of SUBGRAPH_NAMES) {
    it(`refuses the ${name} runtime role every way of switching off the audit log`, async () => {
      const answers = [];
      for (const [sql] of TAMPERING) answers.push([sql, await refusal(name, sql)]);
      expect(answers).toEqual(TAMPERING.map(([sql, message]) => [sql, message]));
    });
  }

  it('lets balances and ledger entries change only through the ledger function', async () => {
    const statements = [
      [
        'UPDATE personal_account SET balance_fen = balance_fen + 100000',
        'permission denied for table personal_account',
      ],
      [
        "INSERT INTO personal_account (person_id, region_code, balance_fen) VALUES ('x', '440100', 100000)",
        'permission denied for table personal_account',
      ],
      ['DELETE FROM account_entry', 'permission denied for table account_entry'],
      ['UPDATE account_entry SET amount_fen = 1', 'permission denied for table account_entry'],
      ['TRUNCATE account_entry', 'permission denied for table account_entry'],
      ['ALTER TABLE account_entry DISABLE TRIGGER ALL', 'must be owner of table account_entry'],
      [
        'ALTER TABLE personal_account DROP CONSTRAINT personal_account_balance_fen_check',
        'must be owner of table personal_account',
      ],
      [
        `CREATE OR REPLACE FUNCTION post_account_entry(text, text, text, text, bigint, date, uuid, text, text, text) RETURNS uuid LANGUAGE sql AS $$ SELECT NULL::uuid $$`,
        'permission denied for schema public',
      ],
    ];
    const answers = [];
    for (const [sql] of statements) answers.push([sql, await refusal('accounts', sql!)]);
    expect(answers).toEqual(statements);
    // Through the function, a debit larger than the balance is refused and nothing is written.
    const overdraw = await refusal(
      'accounts',
      `SELECT post_account_entry('p', '440100', 'SPENDING', 'DEBIT', 100, '2026-01-01', NULL, NULL, NULL, NULL) IS NULL AS refused`,
    );
    expect(overdraw).toBe('allowed');
  });

  it('keeps each subgraph’s database closed to the other subgraphs’ roles', async () => {
    for (const name of SUBGRAPH_NAMES) {
      for (const other of SUBGRAPH_NAMES.filter((candidate) => candidate !== name)) {
        const intruder = new pg.Client({
          connectionString: urlAs(
            subgraphDatabaseUrl(serverUrl, databaseOf(other)),
            rolesOf(databaseOf(name)).runtime,
            runtimePassword(config.subgraphSecrets[name]),
          ),
        });
        await expect(intruder.connect()).rejects.toThrow(`permission denied for database "${databaseOf(other)}"`);
      }
    }
  });

  it('refuses to start when the runtime role is a superuser or may act as the owner, saying why', async () => {
    const { runtime, owner } = rolesOf(databaseOf('enrollment'));
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    await admin(`ALTER ROLE "${runtime}" SUPERUSER`);
    try {
      await expect(open('enrollment')).rejects.toThrow(
        `Refusing to serve: the runtime database role "${runtime}" is a superuser, who can disable the triggers that keep the audit log and the ledger append-only.`,
      );
    } finally {
      await admin(`ALTER ROLE "${runtime}" NOSUPERUSER`);
    }
    await admin(`GRANT "${owner}" TO "${runtime}"`);
    try {
      // person, identity documents, enrollments, facts, the audit log and the migrations table
      await expect(open('enrollment')).rejects.toThrow(
        `the runtime database role "${runtime}" owns 6 table(s) (or is a member of their owner), so it could alter or drop them`,
      );
    } finally {
      await admin(`REVOKE "${owner}" FROM "${runtime}"`);
    }
  });
});
