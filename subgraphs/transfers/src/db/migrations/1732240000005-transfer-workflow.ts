import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TransferWorkflow1732240000005 implements MigrationInterface {
  name = 'TransferWorkflow1732240000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE transfer
        ADD COLUMN seq              bigserial UNIQUE,
        ADD COLUMN applicant        text NOT NULL DEFAULT 'PERSON' CHECK (applicant IN ('PERSON', 'EMPLOYER')),
        ADD COLUMN idempotency_key  text UNIQUE,
        ADD COLUMN request_hash     text,
        ADD COLUMN reasons          jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN continuity       jsonb,
        ADD COLUMN contact_letter_on date,
        ADD COLUMN out_completed_on date,
        ADD COLUMN account_amount_fen bigint CHECK (account_amount_fen >= 0),
        ADD COLUMN funds_received_on date,
        ADD COLUMN funds_fen        bigint CHECK (funds_fen >= 0),
        ADD COLUMN completed_on     date,
        ADD COLUMN cancelled_on     date`);
    // One open transfer per person at a time.
    await db.query(`
      CREATE UNIQUE INDEX transfer_one_open_idx ON transfer (person_id)
        WHERE status IN ('ACCEPTED', 'CONTACT_LETTER_SENT', 'OUT_COMPLETED', 'FUNDS_RECEIVED')`);
    await db.query(`CREATE INDEX transfer_from_idx ON transfer (from_region, seq)`);
    await db.query(`CREATE INDEX transfer_to_idx ON transfer (to_region, seq)`);
    await db.query(`CREATE INDEX transfer_status_idx ON transfer (status, seq)`);
    await db.query(`
      CREATE TABLE transfer_event (
        id           bigserial PRIMARY KEY,
        transfer_id  uuid NOT NULL REFERENCES transfer (id),
        step         text NOT NULL,
        actor        text NOT NULL CHECK (actor IN ('PERSON', 'EMPLOYER', 'OUT_AGENCY', 'IN_AGENCY', 'SYSTEM')),
        "on"         date NOT NULL,
        note         text,
        recorded_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX transfer_event_transfer_idx ON transfer_event (transfer_id, id)`);
    await db.query(`
      CREATE TABLE transfer_deadline (
        transfer_id   uuid NOT NULL REFERENCES transfer (id),
        step          text NOT NULL,
        due_on        date NOT NULL,
        completed_on  date,
        provisional   boolean NOT NULL,
        working_days  integer NOT NULL,
        rule          text NOT NULL,
        PRIMARY KEY (transfer_id, step)
      )`);
    await db.query(`CREATE INDEX transfer_deadline_open_idx ON transfer_deadline (due_on) WHERE completed_on IS NULL`);
    // Sealed documents: the Info Sheet (out-agency) and the Contact Letter (in-agency).
    await db.query(`
      CREATE TABLE transfer_document (
        transfer_id    uuid NOT NULL REFERENCES transfer (id),
        kind           text NOT NULL CHECK (kind IN ('INFO_SHEET', 'CONTACT_LETTER')),
        issuer_region  char(6) NOT NULL,
        issued_on      date NOT NULL,
        content        text NOT NULL,
        signature      text NOT NULL,
        PRIMARY KEY (transfer_id, kind)
      )`);
    // The outbox: effects on the other subgraphs, recorded with the step that causes them and retried until done.
    await db.query(`
      CREATE TABLE transfer_effect (
        id           bigserial PRIMARY KEY,
        transfer_id  uuid NOT NULL REFERENCES transfer (id),
        operation    text NOT NULL,
        payload      jsonb NOT NULL,
        status       text NOT NULL CHECK (status IN ('PENDING', 'DONE')),
        attempts     integer NOT NULL DEFAULT 0,
        last_error   text,
        created_at   timestamptz NOT NULL DEFAULT now(),
        done_at      timestamptz,
        UNIQUE (transfer_id, operation)
      )`);
    await db.query(`CREATE INDEX transfer_effect_pending_idx ON transfer_effect (id) WHERE status = 'PENDING'`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['transfer_effect', 'transfer_document', 'transfer_deadline', 'transfer_event']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP INDEX transfer_one_open_idx`);
    await db.query(`ALTER TABLE transfer DROP COLUMN seq, DROP COLUMN applicant, DROP COLUMN idempotency_key, DROP COLUMN request_hash,
      DROP COLUMN reasons, DROP COLUMN continuity, DROP COLUMN contact_letter_on, DROP COLUMN out_completed_on, DROP COLUMN account_amount_fen,
      DROP COLUMN funds_received_on, DROP COLUMN funds_fen, DROP COLUMN completed_on, DROP COLUMN cancelled_on`);
  }
}
