import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '#shared/calendar-date.ts';
import type { Fen } from '#shared/money.ts';
import { useSubgraphDatabase } from '../../../../test/support/subgraph-database.ts';
import type { AccountEntryKind, EntryDirection } from '../db/entities/account-entry.ts';
import { PersonalAccountEntity } from '../db/entities/personal-account.ts';
import { accountsSubgraph } from '../server.ts';
import { lockedBalance, postEntry, type Posting } from './post-entry.ts';
import { refusal, someone } from '../../../../test/support/outcome.ts';

const d = (text: string) => text as CalendarDate;

/** PostgreSQL's SQLSTATE of the error `work` ends in (fails the test when it succeeds). */
async function sqlState(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    const { driverError } = error as { driverError?: { code?: string } };
    return String(driverError?.code ?? (error as { code?: string }).code);
  }
  expect.fail('expected a database error');
}

describe('the ledger’s one function (postEntry, post_account_entry)', () => {
  const database = useSubgraphDatabase(accountsSubgraph);

  const post = (posting: Posting) => database.transaction((manager) => postEntry(manager, posting));
  const credit = (personId: string, amount: Fen, extra: Partial<Posting> = {}) =>
    post({
      personId,
      regionCode: '350100',
      kind: 'ALLOCATION',
      direction: 'CREDIT',
      amount,
      on: d('2026-10-01'),
      ...extra,
    });
  const debit = (personId: string, amount: Fen, extra: Partial<Posting> = {}) =>
    post({
      personId,
      regionCode: '350100',
      kind: 'SPENDING',
      direction: 'DEBIT',
      amount,
      on: d('2026-10-02'),
      ...extra,
    });

  /** The account's balance as stored, or null when it was never opened. */
  const balanceOf = async (personId: string, regionCode = '350100'): Promise<Fen | null> =>
    (await database.dataSource.getRepository(PersonalAccountEntity).findOneBy({ personId, regionCode }))?.balance ??
    null;
  /** The account's entries in recording order: kind, direction, amount and balance after, in fen. */
  const entriesOf = async (
    personId: string,
    regionCode = '350100',
  ): Promise<[AccountEntryKind, EntryDirection, Fen, Fen][]> =>
    (
      (await database.dataSource.query(
        `SELECT e.kind, e.direction, e.amount_fen::text AS amount, e.balance_after_fen::text AS after
           FROM account_entry e JOIN personal_account a ON a.id = e.account_id
          WHERE a.person_id = $1 AND a.region_code = $2 ORDER BY e.seq`,
        [personId, regionCode],
      )) as { kind: AccountEntryKind; direction: EntryDirection; amount: string; after: string }[]
    ).map((row) => [row.kind, row.direction, BigInt(row.amount), BigInt(row.after)]);

  it('opens the account with its first entry and records every entry with the balance right after it', async () => {
    const personId = someone();
    const first = await credit(personId, 150000n);
    const account = await database.dataSource.getRepository(PersonalAccountEntity).findOneByOrFail({ personId });
    expect(first).toEqual({
      id: expect.any(String),
      seq: expect.any(String),
      accountId: account.id,
      on: '2026-10-01',
      kind: 'ALLOCATION',
      direction: 'CREDIT',
      amount: 150000n,
      balanceAfter: 150000n,
      transferId: null,
      idempotencyKey: null,
      requestHash: null,
      destination: null,
      recordedAt: expect.any(Date),
    });
    expect((await debit(personId, 40n)).balanceAfter).toBe(149960n);
    expect((await credit(personId, 1n)).balanceAfter).toBe(149961n);
    expect(account.regionCode).toBe('350100');
    expect(await balanceOf(personId)).toBe(149961n);
    expect(await entriesOf(personId)).toEqual([
      ['ALLOCATION', 'CREDIT', 150000n, 150000n],
      ['SPENDING', 'DEBIT', 40n, 149960n],
      ['ALLOCATION', 'CREDIT', 1n, 149961n],
    ]);
  });

  it('keeps one account per person and region: an entry in another region opens another account', async () => {
    const personId = someone();
    await credit(personId, 10000n);
    await credit(personId, 2345n, { regionCode: '440100' });
    expect([await balanceOf(personId, '350100'), await balanceOf(personId, '440100')]).toEqual([10000n, 2345n]);
    expect(await entriesOf(personId, '440100')).toEqual([['ALLOCATION', 'CREDIT', 2345n, 2345n]]);
  });

  it('refuses a debit larger than the balance with BAD_USER_INPUT saying what the account holds; nothing is recorded', async () => {
    const personId = someone();
    await credit(personId, 10000n);
    expect(await refusal(debit(personId, 10001n))).toEqual([
      'BAD_USER_INPUT',
      'amount: the account in 350100 holds 100.00, so a debit of 100.01 would make it negative; nothing was recorded.',
    ]);
    expect(await balanceOf(personId)).toBe(10000n);
    expect(await entriesOf(personId)).toEqual([['ALLOCATION', 'CREDIT', 10000n, 10000n]]);
    // The whole balance may go: an account is never negative, and may be empty.
    expect((await debit(personId, 10000n)).balanceAfter).toBe(0n);
    expect(await refusal(debit(personId, 1n))).toEqual([
      'BAD_USER_INPUT',
      'amount: the account in 350100 holds 0.00, so a debit of 0.01 would make it negative; nothing was recorded.',
    ]);
    expect(await entriesOf(personId)).toEqual([
      ['ALLOCATION', 'CREDIT', 10000n, 10000n],
      ['SPENDING', 'DEBIT', 10000n, 0n],
    ]);
  });

  it('refuses a debit from an account never opened (it holds 0.00), and no account is left once the transaction is over', async () => {
    const personId = someone();
    expect(await refusal(debit(personId, 500n))).toEqual([
      'BAD_USER_INPUT',
      'amount: the account in 350100 holds 0.00, so a debit of 5.00 would make it negative; nothing was recorded.',
    ]);
    expect(await balanceOf(personId)).toBeNull();
  });

  it('refuses an entry of no money by the entry’s own constraint (amount_fen > 0)', async () => {
    const personId = someone();
    await credit(personId, 100n);
    expect(await sqlState(credit(personId, 0n))).toBe('23514'); // check_violation
    expect(await entriesOf(personId)).toEqual([['ALLOCATION', 'CREDIT', 100n, 100n]]);
  });

  it('orders concurrent debits by the account’s row lock: the one that waited is refused once the first commits', async () => {
    const personId = someone();
    await credit(personId, 10000n);
    let second: Promise<[unknown, string]> | undefined;
    await database.transaction(async (manager) => {
      await postEntry(manager, {
        personId,
        regionCode: '350100',
        kind: 'SPENDING',
        direction: 'DEBIT',
        amount: 7000n,
        on: d('2026-10-02'),
      });
      second = refusal(debit(personId, 7000n));
      // The second debit waits for this transaction's row lock on the account (and is not refused yet).
      await database.waitForLockWaiters(1);
    });
    expect(await second).toEqual([
      'BAD_USER_INPUT',
      'amount: the account in 350100 holds 30.00, so a debit of 70.00 would make it negative; nothing was recorded.',
    ]);
    expect(await entriesOf(personId)).toEqual([
      ['ALLOCATION', 'CREDIT', 10000n, 10000n],
      ['SPENDING', 'DEBIT', 7000n, 3000n],
    ]);
  });

  it('keeps an idempotency key once in the whole ledger: a second entry under it is refused by its unique index and moves nothing', async () => {
    const [personId, other] = [someone(), someone()];
    const transferId = '0b6c7a36-94cb-4d0c-9a55-3b0c0f1e5a11';
    await credit(personId, 10000n);
    const payout = await debit(personId, 6400n, {
      kind: 'PAYOUT',
      idempotencyKey: 'payout-2026-0041',
      requestHash: 'hash-1',
      destination: 'bank account ****1234',
      transferId,
    });
    expect([payout.idempotencyKey, payout.requestHash, payout.destination, payout.transferId]).toEqual([
      'payout-2026-0041',
      'hash-1',
      'bank account ****1234',
      transferId,
    ]);
    expect(await sqlState(debit(personId, 100n, { idempotencyKey: 'payout-2026-0041' }))).toBe('23505');
    expect(await sqlState(credit(other, 100n, { idempotencyKey: 'payout-2026-0041' }))).toBe('23505');
    expect(await balanceOf(personId)).toBe(3600n);
    expect(await entriesOf(personId)).toEqual([
      ['ALLOCATION', 'CREDIT', 10000n, 10000n],
      ['PAYOUT', 'DEBIT', 6400n, 3600n],
    ]);
    expect(await balanceOf(other)).toBeNull();
  });

  it('moves money only through the function: the runtime role may not change a balance or write an entry itself', async () => {
    const personId = someone();
    await credit(personId, 100n);
    expect(
      await sqlState(
        database.dataSource.query(`UPDATE personal_account SET balance_fen = 1000000 WHERE person_id = $1`, [personId]),
      ),
    ).toBe('42501'); // insufficient_privilege
    expect(
      await sqlState(
        database.dataSource.query(
          `INSERT INTO account_entry (account_id, "on", kind, direction, amount_fen, balance_after_fen)
           SELECT id, '2026-10-01', 'ALLOCATION', 'CREDIT', 1, 101 FROM personal_account WHERE person_id = $1`,
          [personId],
        ),
      ),
    ).toBe('42501');
    expect(await balanceOf(personId)).toBe(100n);
  });

  it('never changes an entry once recorded, not even for the owner role: corrections are ADJUSTMENT entries', async () => {
    const personId = someone();
    const { id } = await credit(personId, 100n);
    for (const sql of [
      `UPDATE account_entry SET amount_fen = 1 WHERE id = $1`,
      `DELETE FROM account_entry WHERE id = $1`,
    ]) {
      await expect(database.asOwner((client) => client.query(sql, [id]))).rejects.toThrow(
        'account entries are immutable: record an ADJUSTMENT instead',
      );
    }
    expect(await entriesOf(personId)).toEqual([['ALLOCATION', 'CREDIT', 100n, 100n]]);
  });

  describe('lockedBalance', () => {
    it('reads 0 for an account never opened, and opens none', async () => {
      const personId = someone();
      expect(await database.transaction((manager) => lockedBalance(manager, personId, '350100'))).toBe(0n);
      expect(await balanceOf(personId)).toBeNull();
    });

    it('reads the balance in fen, to the fen', async () => {
      const personId = someone();
      await credit(personId, 123456n);
      await debit(personId, 1n);
      await credit(personId, 999n, { regionCode: '440100' });
      expect(await database.transaction((manager) => lockedBalance(manager, personId, '350100'))).toBe(123455n);
    });

    it('holds the account until the transaction ends: no posting slips in between the read and a whole-balance debit', async () => {
      const personId = someone();
      await credit(personId, 5000n);
      const slipIn = () =>
        database.transaction(async (manager) => {
          await manager.query(`SET LOCAL lock_timeout = '100ms'`);
          return postEntry(manager, {
            personId,
            regionCode: '350100',
            kind: 'ALLOCATION',
            direction: 'CREDIT',
            amount: 1n,
            on: d('2026-10-03'),
          });
        });
      await database.transaction(async (manager) => {
        const balance = await lockedBalance(manager, personId, '350100');
        expect(await sqlState(slipIn())).toBe('55P03'); // lock_not_available: it had to wait for this transaction
        await postEntry(manager, {
          personId,
          regionCode: '350100',
          kind: 'PAYOUT',
          direction: 'DEBIT',
          amount: balance,
          on: d('2026-10-03'),
        });
      });
      expect((await slipIn()).balanceAfter).toBe(1n); // once it is over
      expect(await entriesOf(personId)).toEqual([
        ['ALLOCATION', 'CREDIT', 5000n, 5000n],
        ['PAYOUT', 'DEBIT', 5000n, 0n],
        ['ALLOCATION', 'CREDIT', 1n, 1n],
      ]);
    });
  });
});
