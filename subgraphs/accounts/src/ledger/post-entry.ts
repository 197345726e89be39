import type { EntityManager } from 'typeorm';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { BadUserInput } from '#shared/errors.ts';
import { formatMoney, type Fen } from '#shared/money.ts';
import {
  AccountEntryEntity,
  type AccountEntryKind,
  type AccountEntryRow,
  type EntryDirection,
} from '../db/entities/account-entry.ts';
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
 * The one way money moves in the ledger, inside the caller's transaction: the database's own
 * `post_account_entry` (migration 1732240000015) changes the balance by a single conditional UPDATE, so
 * concurrent debits can never overdraw the account, and appends the entry with the balance right after it.
 * A debit larger than the balance is refused with BAD_USER_INPUT and writes nothing.
 */
export async function postEntry(manager: EntityManager, posting: Posting): Promise<AccountEntryRow> {
  const [{ id }] = (await manager.query('SELECT post_account_entry($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) AS id', [
    posting.personId,
    posting.regionCode,
    posting.kind,
    posting.direction,
    posting.amount.toString(),
    posting.on,
    posting.transferId ?? null,
    posting.idempotencyKey ?? null,
    posting.requestHash ?? null,
    posting.destination ?? null,
  ])) as [{ id: string | null }];
  if (id === null) {
    const { balance } = await manager.findOneByOrFail(PersonalAccountEntity, {
      personId: posting.personId,
      regionCode: posting.regionCode,
    });
    throw new BadUserInput(
      `amount: the account in ${posting.regionCode} holds ${formatMoney(balance)}, so a debit of ` +
        `${formatMoney(posting.amount)} would make it negative; nothing was recorded.`,
    );
  }
  return manager.findOneByOrFail(AccountEntryEntity, { id });
}

/** The account's balance (0 when it has none), locked until the transaction ends: a whole-balance debit is exact. */
export async function lockedBalance(manager: EntityManager, personId: string, regionCode: string): Promise<Fen> {
  const [{ balance }] = (await manager.query('SELECT lock_account_balance($1, $2)::text AS balance', [
    personId,
    regionCode,
  ])) as [{ balance: string }];
  return BigInt(balance);
}
