import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '#shared/calendar-date.ts';
import type { Fen } from '#shared/money.ts';
import { useSubgraphDatabase } from '../../../../test/support/subgraph-database.ts';
import type { AccountEntryKind, EntryDirection } from '../db/entities/account-entry.ts';
import { AccountTransferEntity, type AccountTransferRow } from '../db/entities/account-transfer.ts';
import { postEntry } from '../ledger/post-entry.ts';
import { accountsSubgraph } from '../server.ts';
import { settleAccountTransfer, transferOutAccountBalance } from './account-transfer.ts';
import { refusal, someone } from '../../../../test/support/outcome.ts';

// The commands' own parameter types, whichever module declares them.
type TransferOutInput = Parameters<typeof transferOutAccountBalance>[1];
type Settlement = Parameters<typeof settleAccountTransfer>[2];

const d = (text: string) => text as CalendarDate;

type Entry = [kind: AccountEntryKind, direction: EntryDirection, amount: Fen, balanceAfter: Fen, key: string | null];

describe('the personal-account steps of a transfer (account-transfer.ts)', () => {
  const database = useSubgraphDatabase(accountsSubgraph);

  const allocate = (personId: string, regionCode: string, amount: Fen, on = '2026-10-01') =>
    database.transaction((manager) =>
      postEntry(manager, { personId, regionCode, kind: 'ALLOCATION', direction: 'CREDIT', amount, on: d(on) }),
    );
  const spend = (personId: string, regionCode: string, amount: Fen, on = '2026-10-01') =>
    database.transaction((manager) =>
      postEntry(manager, { personId, regionCode, kind: 'SPENDING', direction: 'DEBIT', amount, on: d(on) }),
    );
  const transferOut = (input: TransferOutInput) =>
    database.transaction((manager) => transferOutAccountBalance(manager, input));
  const settle = (transferId: string, settlement: Settlement) =>
    database.transaction((manager) => settleAccountTransfer(manager, transferId, settlement));
  const credited = (credit: Fen, on = '2026-10-14'): Settlement => ({ credit, returnAll: false, on: d(on) });
  const returnedAll = (on = '2026-10-14'): Settlement => ({ credit: 0n, returnAll: true, on: d(on) });

  /** A transfer out of Fuzhou (350100) to Guangzhou (440100) on 2026-10-09. */
  const outOfFuzhou = (personId: string, extra: Partial<TransferOutInput> = {}): TransferOutInput => ({
    transferId: randomUUID(),
    personId,
    fromRegion: '350100',
    toRegion: '440100',
    on: d('2026-10-09'),
    ...extra,
  });

  /** The account's entries in recording order: kind, direction, amount, balance after (fen) and idempotency key. */
  const entriesOf = async (personId: string, regionCode: string): Promise<Entry[]> =>
    (
      (await database.dataSource.query(
        `SELECT e.kind, e.direction, e.amount_fen::text AS amount, e.balance_after_fen::text AS after, e.idempotency_key AS key
           FROM account_entry e JOIN personal_account a ON a.id = e.account_id
          WHERE a.person_id = $1 AND a.region_code = $2 ORDER BY e.seq`,
        [personId, regionCode],
      )) as { kind: AccountEntryKind; direction: EntryDirection; amount: string; after: string; key: string | null }[]
    ).map((row) => [row.kind, row.direction, BigInt(row.amount), BigInt(row.after), row.key]);
  /** Every account the keys hold, as [key, region, balance in fen], by key and region. */
  const balancesOf = async (...keys: string[]): Promise<[string, string, Fen][]> =>
    (
      (await database.dataSource.query(
        `SELECT person_id, region_code, balance_fen::text AS balance FROM personal_account
          WHERE person_id = ANY($1) ORDER BY array_position($1, person_id), region_code`,
        [keys],
      )) as { person_id: string; region_code: string; balance: string }[]
    ).map((row) => [row.person_id, row.region_code, BigInt(row.balance)]);
  /** The person's money: every balance of theirs plus what is in transit (sent, not yet settled). */
  const moneyOf = async (...keys: string[]): Promise<Fen> => {
    const balances = (await balancesOf(...keys)).reduce((sum, [, , balance]) => sum + balance, 0n);
    const transit = (await database.dataSource.getRepository(AccountTransferEntity).findBy({ status: 'SENT' }))
      .filter((row) => keys.includes(row.personId))
      .reduce((sum, row) => sum + row.sent, 0n);
    return balances + transit;
  };
  const recorded = (transferId: string) =>
    database.dataSource.getRepository(AccountTransferEntity).findOneBy({ transferId });

  describe('transferOutAccountBalance: the balance leaves into transit with the Info Sheet (003 art 8, annex 3)', () => {
    it('003 art 8: sends the whole out-region balance in one TRANSFER_OUT and declares exactly what left', async () => {
      const personId = someone();
      await allocate(personId, '350100', 150000n);
      await spend(personId, '350100', 40n);
      await allocate(personId, '330100', 7000n); // another region's account stays where it is
      const input = outOfFuzhou(personId);
      expect(await transferOut(input)).toEqual({
        transferId: input.transferId,
        personId,
        personKeys: [personId],
        fromRegion: '350100',
        toRegion: '440100',
        status: 'SENT',
        declared: 149960n,
        declaredOn: d('2026-10-09'),
        sent: 149960n,
        sentOn: d('2026-10-09'),
        credited: null,
        supplementary: null,
        returned: null,
        settledOn: null,
        createdAt: expect.any(Date),
      } satisfies AccountTransferRow);
      expect(await entriesOf(personId, '350100')).toEqual([
        ['ALLOCATION', 'CREDIT', 150000n, 150000n, null],
        ['SPENDING', 'DEBIT', 40n, 149960n, null],
        ['TRANSFER_OUT', 'DEBIT', 149960n, 0n, `${input.transferId}:TRANSFER_OUT`],
      ]);
      expect(await balancesOf(personId)).toEqual([
        [personId, '330100', 7000n],
        [personId, '350100', 0n],
      ]);
      expect(await moneyOf(personId)).toBe(156960n);
    });

    it('runs once per transfer: a retry returns the recorded result and moves nothing, whatever was posted since', async () => {
      const personId = someone();
      await allocate(personId, '350100', 80000n);
      const input = outOfFuzhou(personId);
      const first = await transferOut(input);
      await allocate(personId, '350100', 500n, '2026-10-10');
      expect(await transferOut({ ...input, on: d('2026-10-11') })).toEqual(first);
      expect(first).toMatchObject({ declared: 80000n, sent: 80000n, sentOn: '2026-10-09' });
      expect(await entriesOf(personId, '350100')).toEqual([
        ['ALLOCATION', 'CREDIT', 80000n, 80000n, null],
        ['TRANSFER_OUT', 'DEBIT', 80000n, 0n, `${input.transferId}:TRANSFER_OUT`],
        ['ALLOCATION', 'CREDIT', 500n, 500n, null],
      ]);
    });

    it('refuses the same transfer for another person or other regions (CONFLICT), and moves nothing', async () => {
      const personId = someone();
      await allocate(personId, '350100', 1000n);
      const input = outOfFuzhou(personId);
      await transferOut(input);
      const other = someone();
      await allocate(other, '350100', 2000n);
      for (const changed of [{ personId: other }, { fromRegion: '350200' }, { toRegion: '440300' }]) {
        expect(await refusal(transferOut({ ...input, ...changed }))).toEqual([
          'CONFLICT',
          `Transfer ${input.transferId} already moved a balance for another person or other regions.`,
        ]);
      }
      expect(await balancesOf(personId, other)).toEqual([
        [personId, '350100', 0n],
        [other, '350100', 2000n],
      ]);
    });

    it('declares 0.00 for an empty account and moves nothing (a 0.00 Info Sheet), opening no account', async () => {
      const personId = someone();
      const input = outOfFuzhou(personId);
      expect(await transferOut(input)).toMatchObject({ status: 'SENT', declared: 0n, sent: 0n });
      expect(await balancesOf(personId)).toEqual([]);
    });

    it('003 art 14: a switch of schemes within one region moves nothing, now or at settlement; the person keeps the account', async () => {
      const personId = someone();
      await allocate(personId, '330100', 80000n);
      const input = { ...outOfFuzhou(personId), fromRegion: '330100', toRegion: '330100' };
      expect(await transferOut(input)).toMatchObject({ status: 'SENT', declared: 0n, sent: 0n });
      await allocate(personId, '330100', 100n, '2026-10-10'); // posted after the switch: still the same account
      expect(await settle(input.transferId, credited(0n))).toMatchObject({
        status: 'CREDITED',
        credited: 0n,
        supplementary: 0n,
        returned: 0n,
        settledOn: d('2026-10-14'),
      });
      expect(await entriesOf(personId, '330100')).toEqual([
        ['ALLOCATION', 'CREDIT', 80000n, 80000n, null],
        ['ALLOCATION', 'CREDIT', 100n, 80100n, null],
      ]);
      expect(await balancesOf(personId)).toEqual([[personId, '330100', 80100n]]);
    });

    it('sweeps every account of the person in the out-region (one per identity document, personKeys), each its own debit', async () => {
      const [personId, second, third] = [someone(), someone(), someone()];
      await allocate(personId, '350100', 10000n);
      await allocate(second, '350100', 2345n);
      await allocate(second, '440300', 999n); // the same person's account elsewhere is not swept
      // The person's id is swept even when the keys leave it out; each key once, the person's id first.
      const input = outOfFuzhou(personId, { personKeys: [third, second, second] });
      const row = await transferOut(input);
      expect([row.personKeys, row.declared, row.sent]).toEqual([[personId, third, second], 12345n, 12345n]);
      expect(await entriesOf(personId, '350100')).toEqual([
        ['ALLOCATION', 'CREDIT', 10000n, 10000n, null],
        ['TRANSFER_OUT', 'DEBIT', 10000n, 0n, `${input.transferId}:TRANSFER_OUT`],
      ]);
      expect(await entriesOf(second, '350100')).toEqual([
        ['ALLOCATION', 'CREDIT', 2345n, 2345n, null],
        ['TRANSFER_OUT', 'DEBIT', 2345n, 0n, `${input.transferId}:TRANSFER_OUT:${second}`],
      ]);
      expect(await balancesOf(personId, second, third)).toEqual([
        [personId, '350100', 0n],
        [second, '350100', 0n],
        [second, '440300', 999n],
      ]);
    });

    it('refuses malformed input with every problem at once; nothing is written', async () => {
      const personId = someone();
      expect(await refusal(transferOut({ ...outOfFuzhou(personId), transferId: 'tr-1' }))).toEqual([
        'BAD_USER_INPUT',
        'transferId: "tr-1" is not a transfer id (a UUID).',
      ]);
      const input = outOfFuzhou(personId, { fromRegion: '35010', toRegion: '440000', personKeys: ['110105…'] });
      expect(await refusal(transferOut(input))).toEqual([
        'BAD_USER_INPUT',
        'No balance was transferred out. fromRegion: "35010" is not a region code: give the 6-digit division code, ' +
          'e.g. "440100"; toRegion: 440000 is a province, not a pooling region: give a city\'s code, e.g. "440100"; ' +
          'personId: give the Person.id and its recordKeys.',
      ]);
      expect(await recorded(input.transferId)).toBeNull();
    });

    it('moves the money once when the same transfer-out runs twice at the same moment', async () => {
      const personId = someone();
      await allocate(personId, '350100', 30000n);
      const input = outOfFuzhou(personId);
      // The second one starts while the first holds the account, and goes on once the first has committed.
      let second: Promise<PromiseSettledResult<AccountTransferRow>> | undefined;
      const first = await database.transaction(async (manager) => {
        const row = await transferOutAccountBalance(manager, input);
        second = Promise.allSettled([transferOut(input)]).then(([outcome]) => outcome!);
        await database.waitForLockWaiters(1);
        return row;
      });
      const outcome = await second!;
      // It waits for the first (a lock on the transfer), then finds its record and returns it.
      expect(outcome).toEqual({ status: 'fulfilled', value: first });
      expect(first.sent).toBe(30000n);
      expect(await entriesOf(personId, '350100')).toEqual([
        ['ALLOCATION', 'CREDIT', 30000n, 30000n, null],
        ['TRANSFER_OUT', 'DEBIT', 30000n, 0n, `${input.transferId}:TRANSFER_OUT`],
      ]);
      expect(await transferOut(input)).toEqual(first);
    });
  });

  describe('settleAccountTransfer: the money in transit is settled once, at transfer-in (003 art 9)', () => {
    /** A person with `amount` in Fuzhou, all of it sent on 2026-10-09. */
    const sent = async (amount: Fen, extra: Partial<TransferOutInput> = {}) => {
      const personId = someone();
      await allocate(personId, '350100', amount);
      const input = outOfFuzhou(personId, extra);
      await transferOut(input);
      return { personId, transferId: input.transferId };
    };

    it('003 art 9: credits the in-region account with what was sent (TRANSFER_IN)', async () => {
      const { personId, transferId } = await sent(80000n);
      expect(await settle(transferId, credited(80000n))).toEqual({
        transferId,
        personId,
        personKeys: [personId],
        fromRegion: '350100',
        toRegion: '440100',
        status: 'CREDITED',
        declared: 80000n,
        declaredOn: d('2026-10-09'),
        sent: 80000n,
        sentOn: d('2026-10-09'),
        credited: 80000n,
        supplementary: 0n,
        returned: 0n,
        settledOn: d('2026-10-14'),
        createdAt: expect.any(Date),
      } satisfies AccountTransferRow);
      expect(await entriesOf(personId, '440100')).toEqual([
        ['TRANSFER_IN', 'CREDIT', 80000n, 80000n, `${transferId}:TRANSFER_IN`],
      ]);
      expect(await balancesOf(personId)).toEqual([
        [personId, '350100', 0n],
        [personId, '440100', 80000n],
      ]);
      expect(await moneyOf(personId)).toBe(80000n);
    });

    it('003 art 8: what reached the out-region account after the Info Sheet follows as a supplementary amount, in posting order whatever its business date', async () => {
      const { personId, transferId } = await sent(150000n);
      await allocate(personId, '350100', 100n, '2026-10-05'); // dated before the sheet, posted after it
      await spend(personId, '350100', 40n, '2026-10-09');
      expect(await refusal(spend(personId, '350100', 500n, '2026-10-09'))).toEqual([
        'BAD_USER_INPUT',
        'amount: the account in 350100 holds 0.60, so a debit of 5.00 would make it negative; nothing was recorded.',
      ]);
      expect(await moneyOf(personId)).toBe(150060n);
      expect(await settle(transferId, credited(150000n))).toMatchObject({
        status: 'CREDITED',
        sent: 150000n,
        credited: 150000n,
        supplementary: 60n,
        returned: 0n,
      });
      expect(await entriesOf(personId, '350100')).toEqual([
        ['ALLOCATION', 'CREDIT', 150000n, 150000n, null],
        ['TRANSFER_OUT', 'DEBIT', 150000n, 0n, `${transferId}:TRANSFER_OUT`],
        ['ALLOCATION', 'CREDIT', 100n, 100n, null],
        ['SPENDING', 'DEBIT', 40n, 60n, null],
        ['TRANSFER_OUT', 'DEBIT', 60n, 0n, `${transferId}:SUPPLEMENTARY_OUT`],
      ]);
      expect(await entriesOf(personId, '440100')).toEqual([
        ['TRANSFER_IN', 'CREDIT', 60n, 60n, `${transferId}:SUPPLEMENTARY_IN`],
        ['TRANSFER_IN', 'CREDIT', 150000n, 150060n, `${transferId}:TRANSFER_IN`],
      ]);
      expect(await moneyOf(personId)).toBe(150060n);
    });

    it('brings along late postings under every key that was swept (personKeys)', async () => {
      const [personId, second] = [someone(), someone()];
      await allocate(personId, '350100', 10000n);
      await allocate(second, '350100', 2345n);
      const input = outOfFuzhou(personId, { personKeys: [second] });
      await transferOut(input);
      await allocate(second, '350100', 55n, '2026-10-10');
      expect(await settle(input.transferId, credited(12345n))).toMatchObject({
        credited: 12345n,
        supplementary: 55n,
        returned: 0n,
      });
      expect(await entriesOf(second, '350100')).toEqual([
        ['ALLOCATION', 'CREDIT', 2345n, 2345n, null],
        ['TRANSFER_OUT', 'DEBIT', 2345n, 0n, `${input.transferId}:TRANSFER_OUT:${second}`],
        ['ALLOCATION', 'CREDIT', 55n, 55n, null],
        ['TRANSFER_OUT', 'DEBIT', 55n, 0n, `${input.transferId}:SUPPLEMENTARY_OUT:${second}`],
      ]);
      // Everything arrives in the account of the person's id in the in-region.
      expect(await balancesOf(personId, second)).toEqual([
        [personId, '350100', 0n],
        [personId, '440100', 12400n],
        [second, '350100', 0n],
      ]);
    });

    it('settles once: a retry with the same decision returns the recorded result; another decision is a CONFLICT', async () => {
      const { personId, transferId } = await sent(80000n);
      const first = await settle(transferId, credited(80000n));
      await allocate(personId, '350100', 300n, '2026-10-15'); // would be a supplementary amount if it ran again
      expect(await settle(transferId, credited(80000n, '2026-10-16'))).toEqual(first);
      const settledTwice = `The money of transfer ${transferId} was already settled (credited on 2026-10-14); it is not settled twice.`;
      expect(await refusal(settle(transferId, credited(79999n)))).toEqual(['CONFLICT', settledTwice]);
      expect(await refusal(settle(transferId, returnedAll()))).toEqual(['CONFLICT', settledTwice]);
      expect(await entriesOf(personId, '440100')).toEqual([
        ['TRANSFER_IN', 'CREDIT', 80000n, 80000n, `${transferId}:TRANSFER_IN`],
      ]);
      expect(await balancesOf(personId)).toEqual([
        [personId, '350100', 300n],
        [personId, '440100', 80000n],
      ]);
    });

    it('credits what the in-region decided and returns the rest of what was sent to the out-region account (REFUND)', async () => {
      const { personId, transferId } = await sent(80000n);
      expect(await settle(transferId, credited(75000n))).toMatchObject({
        status: 'CREDITED',
        sent: 80000n,
        credited: 75000n,
        supplementary: 0n,
        returned: 5000n,
      });
      expect(await entriesOf(personId, '350100')).toEqual([
        ['ALLOCATION', 'CREDIT', 80000n, 80000n, null],
        ['TRANSFER_OUT', 'DEBIT', 80000n, 0n, `${transferId}:TRANSFER_OUT`],
        ['REFUND', 'CREDIT', 5000n, 5000n, `${transferId}:RETURN`],
      ]);
      expect(await balancesOf(personId)).toEqual([
        [personId, '350100', 5000n],
        [personId, '440100', 75000n],
      ]);
      expect(await moneyOf(personId)).toBe(80000n);
    });

    it('returns all of it when the in-region takes none; what reached the out-region account since stays there', async () => {
      const { personId, transferId } = await sent(80000n);
      await allocate(personId, '350100', 100n, '2026-10-10');
      const returned = await settle(transferId, returnedAll());
      expect(returned).toMatchObject({
        status: 'RETURNED',
        sent: 80000n,
        credited: 0n,
        supplementary: 0n,
        returned: 80000n,
        settledOn: d('2026-10-14'),
      });
      expect(await entriesOf(personId, '350100')).toEqual([
        ['ALLOCATION', 'CREDIT', 80000n, 80000n, null],
        ['TRANSFER_OUT', 'DEBIT', 80000n, 0n, `${transferId}:TRANSFER_OUT`],
        ['ALLOCATION', 'CREDIT', 100n, 100n, null],
        ['REFUND', 'CREDIT', 80000n, 80100n, `${transferId}:RETURN`],
      ]);
      expect(await balancesOf(personId)).toEqual([[personId, '350100', 80100n]]);
      expect(await settle(transferId, returnedAll('2026-10-20'))).toEqual(returned);
      expect(await refusal(settle(transferId, credited(80000n)))).toEqual([
        'CONFLICT',
        `The money of transfer ${transferId} was already settled (returned on 2026-10-14); it is not settled twice.`,
      ]);
    });

    it('refuses what cannot be settled, and the money stays in transit', async () => {
      const { personId, transferId } = await sent(80000n);
      const atMost = 'credit: at most the 800.00 sent can be credited, and nothing when it is all returned.';
      expect(await refusal(settle(transferId, credited(80001n)))).toEqual(['BAD_USER_INPUT', atMost]);
      expect(await refusal(settle(transferId, credited(-1n)))).toEqual(['BAD_USER_INPUT', atMost]);
      expect(await refusal(settle(transferId, { credit: 1n, returnAll: true, on: d('2026-10-14') }))).toEqual([
        'BAD_USER_INPUT',
        atMost,
      ]);
      expect(await refusal(settle(transferId, credited(80000n, '2026-10-08')))).toEqual([
        'BAD_USER_INPUT',
        'on: 2026-10-08 is before the balance was sent (2026-10-09).',
      ]);
      const unknown = randomUUID();
      expect(await refusal(settle(unknown, credited(1n)))).toEqual([
        'NOT_FOUND',
        `No balance was transferred out for transfer ${unknown}: the out-region completes the transfer-out first.`,
      ]);
      expect(await refusal(settle('tr-1', credited(1n)))).toEqual([
        'BAD_USER_INPUT',
        'transferId: "tr-1" is not a transfer id (a UUID).',
      ]);
      expect(await recorded(transferId)).toMatchObject({ status: 'SENT', settledOn: null });
      expect(await balancesOf(personId)).toEqual([[personId, '350100', 0n]]);
      expect(await moneyOf(personId)).toBe(80000n);
    });

    it('settles once when two settlements come at the same moment: the second waits for the first and returns its result', async () => {
      const { personId, transferId } = await sent(80000n);
      let second: Promise<AccountTransferRow> | undefined;
      const first = await database.transaction(async (manager) => {
        const row = await settleAccountTransfer(manager, transferId, credited(80000n));
        second = settle(transferId, credited(80000n, '2026-10-15'));
        await database.waitForLockWaiters(1);
        return row;
      });
      expect(await second!).toEqual(first);
      expect(await entriesOf(personId, '440100')).toEqual([
        ['TRANSFER_IN', 'CREDIT', 80000n, 80000n, `${transferId}:TRANSFER_IN`],
      ]);
    });
  });
});
