import type { QueryRunner } from 'typeorm';

/** Makes a table append-only in the database itself: updates, deletes and truncation raise `message`. */
export async function makeAppendOnly(db: QueryRunner, table: string, message: string): Promise<void> {
  await db.query(`
    CREATE FUNCTION ${table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '${message.replace(/'/g, "''")}';
    END $$`);
  await db.query(`
    CREATE TRIGGER ${table}_no_update_or_delete BEFORE UPDATE OR DELETE ON ${table}
      FOR EACH ROW EXECUTE FUNCTION ${table}_append_only()`);
  await db.query(`
    CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
      FOR EACH STATEMENT EXECUTE FUNCTION ${table}_append_only()`);
}

export async function dropAppendOnly(db: QueryRunner, table: string): Promise<void> {
  await db.query(`DROP FUNCTION IF EXISTS ${table}_append_only CASCADE`);
}
