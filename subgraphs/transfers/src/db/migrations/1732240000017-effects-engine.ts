import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EFFECTS_QUEUE, PARKED_QUEUE } from '../../effects/queues.ts';

/**
 * The transfer's effects on the other subgraphs run on pg-boss (issue 11), whose tables live in this database,
 * in the schema `pgboss`, created here by its own construction plan (as the owner, like every other table), with
 * the queue of effects and the dead-letter queue where a job lands when its attempts are spent. Our own record of
 * each step's effects replaces the hand-written outbox, and two statuses say a step's effects are under way.
 */
export class EffectsEngine1732240000017 implements MigrationInterface {
  name = 'EffectsEngine1732240000017';
  // pg-boss's plan runs in a transaction of its own (with an advisory lock), so not in TypeORM's.
  transaction = false as const;

  async up(db: QueryRunner): Promise<void> {
    await db.query(PgBoss.getConstructionPlans('pgboss'));
    await db.query(`SELECT pgboss.create_queue($1, $2)`, [
      PARKED_QUEUE,
      JSON.stringify({ policy: 'standard', retentionMinutes: 60 * 24 * 365 }),
    ]);
    await db.query(`SELECT pgboss.create_queue($1, $2)`, [
      EFFECTS_QUEUE,
      JSON.stringify({ policy: 'standard', deadLetter: PARKED_QUEUE }),
    ]);
    await db.query(`
      ALTER TABLE transfer
        DROP CONSTRAINT transfer_status_check,
        ADD CONSTRAINT transfer_status_check CHECK (status IN ('REJECTED', 'ACCEPTED', 'CONTACT_LETTER_SENT', 'OUT_COMPLETING',
          'OUT_COMPLETED', 'FUNDS_RECEIVED', 'COMPLETING', 'COMPLETED', 'CANCELLED')),
        ADD COLUMN funds_decision text CHECK (funds_decision IN ('CREDIT_RECEIVED', 'RETURN_TO_OUT_REGION'))`);
    await db.query(`DROP INDEX transfer_one_open_idx`);
    await db.query(`
      CREATE UNIQUE INDEX transfer_one_open_idx ON transfer (person_id)
        WHERE status IN ('ACCEPTED', 'CONTACT_LETTER_SENT', 'OUT_COMPLETING', 'OUT_COMPLETED', 'FUNDS_RECEIVED', 'COMPLETING')`);
    await db.query(`DROP TABLE transfer_effect`);
    // One row per step whose effects the engine carries out: what to look at when a transfer needs attention.
    await db.query(`
      CREATE TABLE transfer_effect (
        transfer_id  uuid NOT NULL REFERENCES transfer (id),
        step         text NOT NULL CHECK (step IN ('COMPLETE_TRANSFER_OUT', 'COMPLETE_TRANSFER_IN')),
        job_id       uuid NOT NULL,
        status       text NOT NULL CHECK (status IN ('PENDING', 'DONE', 'PARKED')),
        attempts     integer NOT NULL DEFAULT 0,
        last_error   text,
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (transfer_id, step)
      )`);
    await db.query(`CREATE INDEX transfer_effect_parked_idx ON transfer_effect (transfer_id) WHERE status = 'PARKED'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA pgboss CASCADE`);
    await db.query(`DROP TABLE transfer_effect`);
    await db.query(`ALTER TABLE transfer DROP COLUMN funds_decision`);
  }
}
