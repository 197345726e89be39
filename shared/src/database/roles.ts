import { createHmac } from 'node:crypto';
import pg from 'pg';

/**
 * Least privilege in the database (issue 10): each subgraph's database belongs to an **owner** role that runs
 * the migrations and owns every table, trigger and function, and requests are served by a **runtime** role
 * that may only do what the subgraph declares (`RuntimePrivileges`): no DDL, no trigger changes, no UPDATE or
 * DELETE on the append-only tables, not a superuser (so no `session_replication_role`). The database admits
 * only these two roles (and the administrator that provisions them).
 */
export type TablePrivilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

/** What a subgraph's runtime role may do, table by table, and which functions it may call. */
export interface RuntimePrivileges {
  tables: Record<string, readonly TablePrivilege[]>;
  /** Functions by signature, e.g. `post_account_entry(text, text, text, text, bigint, date, uuid, text, text, text)`. */
  functions?: readonly string[];
  /** Schemas of a library's own (a job engine's) whose tables the runtime role may read and write, but not alter. */
  schemas?: readonly string[];
}

/** Every subgraph has these: the audit log is written, never read, by the service; TypeORM's migration list is read. */
export const COMMON_TABLE_PRIVILEGES: RuntimePrivileges['tables'] = {
  audit_log: ['INSERT'],
  migrations: ['SELECT'],
};

export interface DatabaseRoles {
  owner: string;
  runtime: string;
}

/** `<database>_owner` and `<database>_runtime`, e.g. medins_accounts_owner. */
export function rolesOf(databaseName: string): DatabaseRoles {
  return { owner: `${databaseName}_owner`, runtime: `${databaseName}_runtime` };
}

/**
 * The runtime role's password, derived from the subgraph's secret (`<NAME>_SECRET`), so nothing more needs
 * configuring and rotating the secret rotates the password at the next start.
 */
export function runtimePassword(subgraphSecret: string): string {
  return createHmac('sha256', subgraphSecret).update('database-runtime-role').digest('base64url');
}

/** The same server and database, logged in as another role. */
export function urlAs(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

const ignoring =
  (...codes: string[]) =>
  (error: { code?: string }) => {
    if (!codes.includes(error.code ?? '')) throw error;
  };

/** One provisioning at a time on the server: replicas started together must not race to create roles. */
const PROVISIONING_LOCK = 0x6d656469; // "medi"

/**
 * As the administrator of DATABASE_URL (a role that may create roles and databases): creates the owner and
 * runtime roles and the database when missing, sets the runtime password, and lets only these roles connect.
 * Idempotent, and safe when several services run it at once.
 */
export async function provisionDatabase(
  adminUrl: string,
  databaseName: string,
  password: string,
): Promise<DatabaseRoles> {
  const roles = rolesOf(databaseName);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const id = (name: string) => client.escapeIdentifier(name);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PROVISIONING_LOCK]);
    // 42710: duplicate_object; 23505: a concurrent creation by a service that did not take the lock.
    await client.query(`CREATE ROLE ${id(roles.owner)} NOLOGIN`).catch(ignoring('42710', '23505'));
    await client
      .query(`CREATE ROLE ${id(roles.runtime)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`)
      .catch(ignoring('42710', '23505'));
    // Only the password is set again: a role someone has since given more rights is refused, not quietly mended.
    await client.query(`ALTER ROLE ${id(roles.runtime)} PASSWORD ${client.escapeLiteral(password)}`);
    // The administrator runs the migrations as the owner (SET ROLE), which a non-superuser may only as a member.
    await client.query(`GRANT ${id(roles.owner)} TO CURRENT_USER`);
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (found.rowCount === 0) {
      // 42P04: duplicate_database.
      await client
        .query(`CREATE DATABASE ${id(databaseName)} OWNER ${id(roles.owner)}`)
        .catch(ignoring('42P04', '23505'));
    }
    await client.query(`ALTER DATABASE ${id(databaseName)} OWNER TO ${id(roles.owner)}`);
    await client.query(`REVOKE ALL ON DATABASE ${id(databaseName)} FROM PUBLIC`);
    await client.query(`GRANT CONNECT ON DATABASE ${id(databaseName)} TO ${id(roles.runtime)}`);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PROVISIONING_LOCK]).catch(() => {});
    await client.end();
  }
  return roles;
}

/**
 * One change of a database's own catalog at a time (adopting its objects, migrating, granting): replicas started
 * together wait for each other instead of updating the same catalog rows at once ("tuple concurrently updated").
 */
export const MIGRATION_LOCK = 0x6d696772; // "migr"

/**
 * In the subgraph's database, as the administrator: hands every object of the `public` schema to the owner
 * (databases migrated before the roles existed belong to the administrator) and takes CREATE on the schema
 * from everyone else.
 */
export async function adoptObjects(databaseUrl: string, roles: DatabaseRoles): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Released when the connection ends.
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await client.query(`
      DO $$
      DECLARE object record;
      BEGIN
        FOR object IN
          SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END AS kind, c.oid::regclass::text AS name
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'S')
             AND c.relowner <> ${client.escapeLiteral(roles.owner)}::regrole
             AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
        LOOP
          EXECUTE format('ALTER %s %s OWNER TO %I', object.kind, object.name, ${client.escapeLiteral(roles.owner)});
        END LOOP;
        FOR object IN
          SELECT p.oid::regprocedure::text AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'public' AND p.proowner <> ${client.escapeLiteral(roles.owner)}::regrole
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
        LOOP
          EXECUTE format('ALTER FUNCTION %s OWNER TO %I', object.name, ${client.escapeLiteral(roles.owner)});
        END LOOP;
      END $$`);
  } finally {
    await client.end();
  }
}

/**
 * As the owner, after the migrations: the runtime role gets exactly the declared privileges, nothing else.
 * A table without a declaration stops the start: every new table must say what the service may do with it.
 */
export async function grantRuntimePrivileges(
  query: (sql: string, parameters?: unknown[]) => Promise<{ name: string }[]>,
  roles: DatabaseRoles,
  privileges: RuntimePrivileges,
): Promise<void> {
  const id = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const declared = { ...COMMON_TABLE_PRIVILEGES, ...privileges.tables };
  const tables = (await query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`)).map(
    (row) => row.name,
  );
  const undeclared = tables.filter((table) => !(table in declared));
  const missing = Object.keys(declared).filter((table) => !tables.includes(table));
  if (undeclared.length > 0 || missing.length > 0) {
    throw new Error(
      `The runtime privileges do not match the database: ` +
        [
          undeclared.length ? `declare what the service may do with ${undeclared.join(', ')}` : '',
          missing.length ? `no table ${missing.join(', ')} exists` : '',
        ]
          .filter(Boolean)
          .join('; ') +
        ' (the subgraph definition\'s "privileges").',
    );
  }
  const runtime = id(roles.runtime);
  await query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, ${runtime}`);
  await query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, ${runtime}`);
  await query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC, ${runtime}`);
  await query(`GRANT USAGE ON SCHEMA public TO ${runtime}`);
  for (const [table, granted] of Object.entries(declared)) {
    if (granted.length > 0) await query(`GRANT ${granted.join(', ')} ON ${id(table)} TO ${runtime}`);
  }
  // nextval() for the serial columns of the tables it may insert into.
  await query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${runtime}`);
  for (const signature of privileges.functions ?? [])
    await query(`GRANT EXECUTE ON FUNCTION ${signature} TO ${runtime}`);
  for (const schema of privileges.schemas ?? []) {
    await query(`GRANT USAGE ON SCHEMA ${id(schema)} TO ${runtime}`);
    await query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${id(schema)} TO ${runtime}`);
    await query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${id(schema)} TO ${runtime}`);
  }
}

/**
 * Refuses to serve over a connection that could switch off the database's own protections: a superuser (or
 * a role that may create roles, and so make itself one of the owners), or a role that owns — or is a member of
 * the owner of — any table. Returns nothing when the role is fit; throws saying why and what to do otherwise.
 */
export async function assertLeastPrivilege(query: (sql: string) => Promise<Record<string, unknown>[]>): Promise<void> {
  const [role] = await query(`
    SELECT current_user AS name, r.rolsuper AS superuser, r.rolcreaterole AS createrole, r.rolbypassrls AS bypassrls,
           (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND pg_has_role(current_user, c.relowner, 'USAGE')) AS owned
      FROM pg_roles r WHERE r.rolname = current_user`);
  const problems = [
    role?.superuser
      ? 'is a superuser, who can disable the triggers that keep the audit log and the ledger append-only'
      : '',
    role?.createrole ? 'may create roles, and so grant itself the owner role' : '',
    role?.bypassrls ? 'bypasses row-level security' : '',
    !role?.superuser && Number(role?.owned) > 0
      ? `owns ${String(role?.owned)} table(s) (or is a member of their owner), so it could alter or drop them`
      : '',
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new Error(
      `Refusing to serve: the runtime database role "${String(role?.name)}" ${problems.join('; ')}. ` +
        'Serve with a role that only has the privileges the subgraph declares (the one it provisions, <database>_runtime).',
    );
  }
}
