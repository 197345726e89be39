import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { todayInChina, type CalendarDate } from '#shared/calendar-date.ts';
import { BadUserInput, Conflict, InputProblems } from '#shared/errors.ts';
import { personIdFor } from '#shared/id-number.ts';
import { checkIdNumber, checkRegionCode } from '#shared/input-checks.ts';
import { isUniqueViolation } from '#shared/database/unique-violation.ts';
import { formatMoney, type Fen } from '#shared/money.ts';
import {
  AccountEntryEntity,
  type AccountEntryKind,
  type AccountEntryRow,
  type EntryDirection,
} from '../db/entities/account-entry.ts';
import { PersonalAccountEntity } from '../db/entities/personal-account.ts';

export interface AccountEntryInput {
  idNumber: string;
  regionCode: string;
  kind: AccountEntryKind;
  amount: Fen;
  on?: CalendarDate | null;
  idempotencyKey?: string | null;
  direction?: EntryDirection | null;
}

/** The kinds an agency records directly; the others belong to the transfer workflow. */
const DIRECT_KINDS: Partial<Record<AccountEntryKind, EntryDirection | 'EITHER'>> = {
  ALLOCATION: 'CREDIT',
  SPENDING: 'DEBIT',
  ADJUSTMENT: 'EITHER',
};

function directionOf(input: AccountEntryInput, problems: InputProblems): EntryDirection {
  const allowed = DIRECT_KINDS[input.kind];
  if (!allowed) {
    problems.add('kind', `${input.kind} entries are made by the transfer workflow; record ALLOCATION, SPENDING or ADJUSTMENT`);
    return 'CREDIT';
  }
  if (allowed === 'EITHER') return input.direction ?? 'CREDIT';
  if (input.direction && input.direction !== allowed) {
    problems.add('direction', `an ${input.kind} is always a ${allowed}; leave direction out`);
  }
  return allowed;
}

/** Everything that defines the request, so that a replay can be told from another request under one key. */
function fingerprint(personId: string, input: AccountEntryInput, direction: EntryDirection): string {
  const canonical = [personId, input.regionCode, input.kind, direction, input.amount.toString(), input.on ?? ''];
  return createHash('sha256').update(canonical.join('|')).digest('hex');
}

async function replay(manager: EntityManager, key: string, hash: string): Promise<AccountEntryRow | null> {
  const earlier = await manager.findOneBy(AccountEntryEntity, { idempotencyKey: key });
  if (!earlier) return null;
  if (earlier.requestHash !== hash) {
    throw new Conflict(
      'idempotencyKey: this key was already used for a different entry; use a new key for a new entry.',
    );
  }
  return earlier;
}

/**
 * Records one entry and moves the balance in the same transaction. The balance is changed by a single
 * conditional UPDATE (`balance + delta >= 0`), so concurrent spendings can never overdraw the account: the
 * row lock orders them and the loser is refused.
 */
export async function recordAccountEntry(
  dataSource: DataSource,
  personIdKey: string,
  input: AccountEntryInput,
): Promise<AccountEntryRow> {
  const problems = new InputProblems();
  checkIdNumber(problems, 'idNumber', input.idNumber);
  checkRegionCode(problems, 'regionCode', input.regionCode);
  const direction = directionOf(input, problems);
  if (input.amount <= 0n) problems.add('amount', 'an entry moves a positive amount');
  const today = todayInChina();
  if (input.on && input.on > today) problems.add('on', `${input.on} is in the future`);
  const key = input.idempotencyKey ?? null;
  if (key !== null && (key.length === 0 || key.length > 200)) problems.add('idempotencyKey', 'use 1 to 200 characters');
  problems.throwIfAny('No entry was recorded');

  const personId = personIdFor(personIdKey, input.idNumber);
  const hash = fingerprint(personId, input, direction);
  const attempt = () =>
    dataSource.transaction(async (manager) => {
      if (key !== null) {
        const earlier = await replay(manager, key, hash);
        if (earlier) return earlier;
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(PersonalAccountEntity)
        .values({ personId, regionCode: input.regionCode, balance: 0n })
        .orIgnore()
        .execute();
      const delta = direction === 'CREDIT' ? input.amount : -input.amount;
      const moved: { id: string; balance_fen: string }[] = await manager.query(
        // Wrapped in a CTE so TypeORM hands back the rows (for a bare UPDATE it returns [rows, count]).
        `WITH moved AS (
           UPDATE personal_account SET balance_fen = balance_fen + $3
            WHERE person_id = $1 AND region_code = $2 AND balance_fen + $3 >= 0
            RETURNING id, balance_fen)
         SELECT id, balance_fen FROM moved`,
        [personId, input.regionCode, delta.toString()],
      );
      if (moved.length === 0) {
        const account = await manager.findOneByOrFail(PersonalAccountEntity, { personId, regionCode: input.regionCode });
        throw new BadUserInput(
          `amount: the account in ${input.regionCode} holds ${formatMoney(account.balance)}, so a debit of ` +
            `${formatMoney(input.amount)} would make it negative; nothing was recorded.`,
        );
      }
      const [account] = moved;
      return manager.save(AccountEntryEntity, {
          accountId: account!.id,
          on: input.on ?? today,
          kind: input.kind,
          direction,
          amount: input.amount,
          balanceAfter: BigInt(account!.balance_fen),
          transferId: null,
          idempotencyKey: key,
        requestHash: key === null ? null : hash,
      });
    });
  try {
    return await attempt();
  } catch (error) {
    // Two requests raced with one key: the other one's entry is the first result.
    if (key !== null && isUniqueViolation(error)) return attempt();
    throw error;
  }
}
