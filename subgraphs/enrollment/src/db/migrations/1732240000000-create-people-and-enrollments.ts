import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePeopleAndEnrollments1732240000000 implements MigrationInterface {
  name = 'CreatePeopleAndEnrollments1732240000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE person (
        id          text PRIMARY KEY,
        id_type     text NOT NULL CHECK (id_type IN ('RESIDENT_ID_CARD')),
        id_number   text NOT NULL,
        name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
        gender      text CHECK (gender IN ('MALE', 'FEMALE')),
        created_at  timestamptz NOT NULL DEFAULT now(),
        UNIQUE (id_type, id_number)
      )`);
    await db.query(`
      CREATE TABLE enrollment (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id       text NOT NULL REFERENCES person (id),
        region_code     char(6) NOT NULL,
        insurance_type  text NOT NULL CHECK (insurance_type IN ('EMPLOYEE', 'RESIDENT', 'OTHER')),
        status          text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'TERMINATED')),
        start_month     date NOT NULL CHECK (extract(day FROM start_month) = 1),
        end_month       date CHECK (extract(day FROM end_month) = 1 AND end_month >= start_month),
        suspended_on    date,
        terminated_on   date,
        created_at      timestamptz NOT NULL DEFAULT now(),
        UNIQUE (person_id, region_code, insurance_type, start_month)
      )`);
    await db.query(`CREATE INDEX enrollment_person_idx ON enrollment (person_id, start_month)`);
    // Nobody may be enrolled twice (003 art 5): at most one active enrollment per person.
    await db.query(`CREATE UNIQUE INDEX enrollment_one_active_idx ON enrollment (person_id) WHERE status = 'ACTIVE'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE enrollment`);
    await db.query(`DROP TABLE person`);
  }
}
