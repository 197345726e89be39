import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The identity document a transfer was applied for with (issue 18), by its key (an HMAC; the number itself stays
 * in the enrollment subgraph): the Info Sheet certifies it (003 annex 3, 证件类型及号码). Earlier transfers were
 * applied for with the document whose key is the person's id.
 */
export class ApplicationDocument1732240000021 implements MigrationInterface {
  name = 'ApplicationDocument1732240000021';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE transfer ADD COLUMN document_key text`);
    await db.query(`UPDATE transfer SET document_key = person_id`);
    await db.query(`ALTER TABLE transfer ALTER COLUMN document_key SET NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE transfer DROP COLUMN document_key`);
  }
}
