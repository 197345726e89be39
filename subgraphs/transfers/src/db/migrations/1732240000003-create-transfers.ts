import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTransfers1732240000003 implements MigrationInterface {
  name = 'CreateTransfers1732240000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE transfer (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id    text NOT NULL,
        kind         text NOT NULL CHECK (kind IN
                       ('EMPLOYEE_TO_EMPLOYEE', 'RESIDENT_TO_RESIDENT', 'EMPLOYEE_TO_RESIDENT', 'RESIDENT_TO_EMPLOYEE')),
        from_region  char(6) NOT NULL,
        to_region    char(6) NOT NULL,
        mode         text NOT NULL CHECK (mode IN ('ONLINE', 'MAIL')),
        status       text NOT NULL CHECK (status IN ('REJECTED', 'ACCEPTED', 'CONTACT_LETTER_SENT', 'OUT_COMPLETED',
                       'FUNDS_RECEIVED', 'COMPLETED', 'CANCELLED')),
        applied_on   date NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX transfer_person_idx ON transfer (person_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE transfer`);
  }
}
