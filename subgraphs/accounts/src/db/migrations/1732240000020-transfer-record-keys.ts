import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person known by several identity documents may hold an account under each in one region (issue 18): the
 * balance a transfer moves out of a region is swept from every account of theirs there. The keys swept are kept
 * with the transfer, so the late postings that follow it at transfer-in come from the same accounts.
 */
export class TransferRecordKeys1732240000020 implements MigrationInterface {
  name = 'TransferRecordKeys1732240000020';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE account_transfer ADD COLUMN person_keys text[]`);
    await db.query(`UPDATE account_transfer SET person_keys = ARRAY[person_id]`);
    await db.query(`ALTER TABLE account_transfer ALTER COLUMN person_keys SET NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE account_transfer DROP COLUMN person_keys`);
  }
}
