import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateContributions1732240000001 implements MigrationInterface {
  name = 'CreateContributions1732240000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE contribution (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id       text NOT NULL,
        region_code     char(6) NOT NULL,
        insurance_type  text NOT NULL CHECK (insurance_type IN ('EMPLOYEE', 'RESIDENT', 'OTHER')),
        month           date NOT NULL CHECK (extract(day FROM month) = 1),
        amount_fen      bigint NOT NULL CHECK (amount_fen > 0),
        paid_on         date,
        kind            text NOT NULL CHECK (kind IN ('REGULAR', 'BACK_PAY')),
        recorded_at     timestamptz NOT NULL DEFAULT now(),
        CHECK (kind = 'REGULAR' OR paid_on IS NOT NULL),
        -- The natural key: a repeated record is recognised and changes nothing. An owed month (paid_on NULL)
        -- and its later payment are two records.
        CONSTRAINT contribution_natural_key
          UNIQUE NULLS NOT DISTINCT (person_id, region_code, insurance_type, month, paid_on)
      )`);
    await db.query(`CREATE INDEX contribution_person_idx ON contribution (person_id, month)`);
    await db.query(`
      CREATE TABLE deemed_period (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id    text NOT NULL,
        region_code  char(6) NOT NULL,
        months       integer NOT NULL CHECK (months BETWEEN 1 AND 600),
        reason       text NOT NULL CHECK (reason IN ('WORK_SERVICE', 'MILITARY_SERVICE')),
        recorded_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT deemed_period_natural_key UNIQUE (person_id, region_code, reason)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE deemed_period`);
    await db.query(`DROP TABLE contribution`);
  }
}
