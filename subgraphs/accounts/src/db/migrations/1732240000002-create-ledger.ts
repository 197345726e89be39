import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropAppendOnly, makeAppendOnly } from '#shared/database/append-only.ts';

export class CreateLedger1732240000002 implements MigrationInterface {
  name = 'CreateLedger1732240000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE personal_account (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id    text NOT NULL,
        region_code  char(6) NOT NULL,
        balance_fen  bigint NOT NULL DEFAULT 0 CHECK (balance_fen >= 0),
        opened_at    timestamptz NOT NULL DEFAULT now(),
        UNIQUE (person_id, region_code)
      )`);
    await db.query(`
      CREATE TABLE account_entry (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq                bigserial NOT NULL UNIQUE,
        account_id         uuid NOT NULL REFERENCES personal_account (id),
        "on"               date NOT NULL,
        kind               text NOT NULL CHECK (kind IN
                             ('ALLOCATION', 'SPENDING', 'TRANSFER_OUT', 'TRANSFER_IN', 'PAYOUT', 'REFUND', 'ADJUSTMENT')),
        direction          text NOT NULL CHECK (direction IN ('CREDIT', 'DEBIT')),
        amount_fen         bigint NOT NULL CHECK (amount_fen > 0),
        balance_after_fen  bigint NOT NULL CHECK (balance_after_fen >= 0),
        transfer_id        uuid,
        idempotency_key    text UNIQUE,
        request_hash       text,
        recorded_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX account_entry_account_idx ON account_entry (account_id, seq)`);
    // Entries are immutable: corrections are ADJUSTMENT entries, never edits.
    await makeAppendOnly(db, 'account_entry', 'account entries are immutable: record an ADJUSTMENT instead');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE account_entry`);
    await dropAppendOnly(db, 'account_entry');
    await db.query(`DROP TABLE personal_account`);
  }
}
