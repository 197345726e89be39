import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The signature the runtime role is granted EXECUTE on (the subgraph's privileges). */
export const POST_ACCOUNT_ENTRY = 'post_account_entry(text, text, text, text, bigint, date, uuid, text, text, text)';
export const LOCK_ACCOUNT_BALANCE = 'lock_account_balance(text, text)';

/**
 * The ledger's one function, in the database: it opens the account when needed, changes the balance by a
 * single conditional UPDATE (`balance + delta >= 0`, so concurrent debits never overdraw: the row lock orders
 * them and a loser gets NULL) and appends the entry with the balance right after it. It runs with the owner's
 * rights (SECURITY DEFINER): the runtime role may read the ledger but neither insert entries nor touch a
 * balance except through it. `lock_account_balance` reads a balance and holds the account's row lock until the
 * transaction ends (the runtime role has no UPDATE, which `SELECT … FOR UPDATE` needs), so a debit of the whole
 * balance is computed and posted with nothing slipping in between.
 */
export class LedgerFunction1732240000015 implements MigrationInterface {
  name = 'LedgerFunction1732240000015';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION post_account_entry(
        p_person_id text, p_region_code text, p_kind text, p_direction text, p_amount_fen bigint, p_on date,
        p_transfer_id uuid, p_idempotency_key text, p_request_hash text, p_destination text)
      RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        delta bigint := CASE p_direction WHEN 'CREDIT' THEN p_amount_fen ELSE -p_amount_fen END;
        account_id uuid;
        balance bigint;
        entry_id uuid;
      BEGIN
        INSERT INTO personal_account (person_id, region_code) VALUES (p_person_id, p_region_code) ON CONFLICT DO NOTHING;
        UPDATE personal_account SET balance_fen = balance_fen + delta
         WHERE person_id = p_person_id AND region_code = p_region_code AND balance_fen + delta >= 0
        RETURNING id, balance_fen INTO account_id, balance;
        IF NOT FOUND THEN
          RETURN NULL;
        END IF;
        INSERT INTO account_entry (account_id, "on", kind, direction, amount_fen, balance_after_fen, transfer_id,
                                   idempotency_key, request_hash, destination)
        VALUES (account_id, p_on, p_kind, p_direction, p_amount_fen, balance, p_transfer_id,
                p_idempotency_key, p_request_hash, p_destination)
        RETURNING id INTO entry_id;
        RETURN entry_id;
      END $$`);
    await db.query(`
      CREATE FUNCTION lock_account_balance(p_person_id text, p_region_code text)
      RETURNS bigint LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT coalesce((SELECT balance_fen FROM personal_account
                          WHERE person_id = p_person_id AND region_code = p_region_code FOR UPDATE), 0)
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION ${LOCK_ACCOUNT_BALANCE}`);
    await db.query(`DROP FUNCTION ${POST_ACCOUNT_ENTRY}`);
  }
}
