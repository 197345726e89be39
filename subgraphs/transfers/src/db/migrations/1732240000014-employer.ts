import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The employer that applied for a transfer (003 art 5): it may follow that transfer. */
export class Employer1732240000014 implements MigrationInterface {
  name = 'Employer1732240000014';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE transfer ADD COLUMN employer_id text`);
    await db.query(`CREATE INDEX transfer_employer_idx ON transfer (employer_id, seq) WHERE employer_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE transfer DROP COLUMN employer_id`);
  }
}
