import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The personal-account side of a transfer in one shape (issue 11): the balance leaves the out-region account in
 * the same act as the Info Sheet that declares it (SENT: in transit), and is settled once, at transfer-in —
 * credited to the in-region (CREDITED, with whatever reached the out-region account after the sheet moved along
 * as a supplementary amount, and anything the in-region did not take returned), or returned whole (RETURNED).
 */
export class FundsInTransit1732240000016 implements MigrationInterface {
  name = 'FundsInTransit1732240000016';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE account_transfer
        DROP CONSTRAINT account_transfer_check,
        DROP CONSTRAINT account_transfer_check1,
        DROP CONSTRAINT account_transfer_check2,
        DROP CONSTRAINT account_transfer_status_check,
        ADD COLUMN supplementary_fen bigint CHECK (supplementary_fen >= 0),
        ADD COLUMN returned_fen bigint CHECK (returned_fen >= 0),
        ADD COLUMN settled_on date`);
    // Rows of the earlier shape: a declared balance never sent stays in the out-region account (it moves as the
    // supplementary amount at settlement); a credited one was settled on the day it was credited.
    await db.query(
      `UPDATE account_transfer SET status = 'SENT', sent_fen = 0, sent_on = declared_on WHERE status = 'DECLARED'`,
    );
    await db.query(`UPDATE account_transfer SET status = 'SENT' WHERE status = 'IN_TRANSIT'`);
    await db.query(`UPDATE account_transfer SET settled_on = credited_on WHERE status = 'CREDITED'`);
    await db.query(`
      ALTER TABLE account_transfer
        DROP COLUMN credited_on,
        DROP COLUMN explained_fen,
        ALTER COLUMN sent_fen SET NOT NULL,
        ALTER COLUMN sent_on SET NOT NULL,
        ADD CONSTRAINT account_transfer_status_check CHECK (status IN ('SENT', 'CREDITED', 'RETURNED')),
        ADD CONSTRAINT account_transfer_settled_check CHECK ((status = 'SENT') = (settled_on IS NULL))`);
    await db.query(`CREATE INDEX account_transfer_open_idx ON account_transfer (person_id) WHERE status = 'SENT'`);
    await db.query(`CREATE INDEX account_transfer_settled_idx ON account_transfer (settled_on)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX account_transfer_settled_idx`);
    await db.query(`DROP INDEX account_transfer_open_idx`);
    await db.query(`
      ALTER TABLE account_transfer
        DROP CONSTRAINT account_transfer_settled_check,
        DROP CONSTRAINT account_transfer_status_check,
        ADD COLUMN credited_on date,
        ADD COLUMN explained_fen bigint`);
    await db.query(`UPDATE account_transfer SET credited_on = settled_on, status = 'CREDITED' WHERE status <> 'SENT'`);
    await db.query(`UPDATE account_transfer SET status = 'IN_TRANSIT' WHERE status = 'SENT'`);
    await db.query(`
      ALTER TABLE account_transfer
        DROP COLUMN settled_on, DROP COLUMN returned_fen, DROP COLUMN supplementary_fen,
        ADD CONSTRAINT account_transfer_status_check CHECK (status IN ('DECLARED', 'IN_TRANSIT', 'CREDITED'))`);
  }
}
