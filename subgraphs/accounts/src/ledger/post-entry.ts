import type { EntityManager } from 'typeorm';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { BadUserInput } from '#shared/errors.ts';
import { formatMoney, type Fen } from '#shared/money.ts';
import { AccountEntryEntity, type AccountEntryKind, type AccountEntryRow, type EntryDirection } from '../db/entities/account-entry.ts';
import { PersonalAccountEntity } from '../db/entities/personal-account.ts';

export interface Posting {
  personId: string;
  regionCode: string;
  kind: AccountEntryKind;
  direction: EntryDirection;
  amount: Fen;
  on: CalendarDate;
  transferId?: string | null;
  idempotencyKey?: string | null;
  requestHash?: string | null;
  /** Where a PAYOUT went, masked (e.g. "bank account ****1234"). */
  destination?: string | null;
}

/**
 * The one way money moves in the ledger, inside the caller's transaction: the balance changes by a single
 * conditional UPDATE (`balance + delta >= 0`), so concurrent debits can never overdraw the account (the row
 * lock orders them and a loser is refused), and the entry records the balance right after it.
 */
export async function postEntry(manager: EntityManager, posting: Posting): Promise<AccountEntryRow> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(PersonalAccountEntity)
    .values({ personId: posting.personId, regionCode: posting.regionCode, balance: 0n })
    .orIgnore()
    .execute();
  const delta = posting.direction === 'CREDIT' ? posting.amount : -posting.amount;
  const moved: { id: string; balance_fen: string }[] = await manager.query(
    // Wrapped in a CTE so TypeORM hands back the rows (for a bare UPDATE it returns [rows, count]).
    `WITH moved AS (
       UPDATE personal_account SET balance_fen = balance_fen + $3
        WHERE person_id = $1 AND region_code = $2 AND balance_fen + $3 >= 0
        RETURNING id, balance_fen)
     SELECT id, balance_fen FROM moved`,
    [posting.personId, posting.regionCode, delta.toString()],
  );
  const [account] = moved;
  if (!account) {
    const { balance } = await manager.findOneByOrFail(PersonalAccountEntity, {
      personId: posting.personId,
      regionCode: posting.regionCode,
    });
    throw new BadUserInput(
      `amount: the account in ${posting.regionCode} holds ${formatMoney(balance)}, so a debit of ` +
        `${formatMoney(posting.amount)} would make it negative; nothing was recorded.`,
    );
  }
  return manager.save(AccountEntryEntity, {
    accountId: account.id,
    on: posting.on,
    kind: posting.kind,
    direction: posting.direction,
    amount: posting.amount,
    balanceAfter: BigInt(account.balance_fen),
    transferId: posting.transferId ?? null,
    idempotencyKey: posting.idempotencyKey ?? null,
    requestHash: posting.requestHash ?? null,
    destination: posting.destination ?? null,
  });
}
