import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountTransfers1732240000004 implements MigrationInterface {
  name = 'AccountTransfers1732240000004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE account_entry ADD COLUMN destination text`);
    // The personal-account side of each transfer: the Info Sheet amount (declared), the money sent (in
    // transit until credited) and what the in-region credited. One row per transfer: each step once.
    await db.query(`
      CREATE TABLE account_transfer (
        transfer_id    uuid PRIMARY KEY,
        person_id      text NOT NULL,
        from_region    char(6) NOT NULL,
        to_region      char(6) NOT NULL,
        status         text NOT NULL CHECK (status IN ('DECLARED', 'IN_TRANSIT', 'CREDITED')),
        declared_fen   bigint NOT NULL CHECK (declared_fen >= 0),
        declared_on    date NOT NULL,
        sent_fen       bigint CHECK (sent_fen >= 0),
        sent_on        date,
        credited_fen   bigint CHECK (credited_fen >= 0),
        credited_on    date,
        explained_fen  bigint CHECK (explained_fen >= 0),
        created_at     timestamptz NOT NULL DEFAULT now(),
        CHECK (from_region <> to_region),
        CHECK ((status = 'DECLARED') = (sent_on IS NULL)),
        CHECK ((status = 'CREDITED') = (credited_on IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX account_transfer_sent_idx ON account_transfer (sent_on, from_region)`);
    await db.query(`CREATE INDEX account_transfer_person_idx ON account_transfer (person_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE account_transfer`);
    await db.query(`ALTER TABLE account_entry DROP COLUMN destination`);
  }
}
