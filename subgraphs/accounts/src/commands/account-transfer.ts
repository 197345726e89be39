import type { EntityManager } from 'typeorm';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { BadUserInput, Conflict, InputProblems, NotFound } from '#shared/errors.ts';
import { checkRegionCode, isUuid } from '#shared/input-checks.ts';
import { formatMoney, type Fen } from '#shared/money.ts';
import { AccountTransferEntity, type AccountTransferRow } from '../db/entities/account-transfer.ts';
import { lockedBalance, postEntry, type Posting } from '../ledger/post-entry.ts';
import type { TransferOutInput } from '../generated/resolvers.ts';

function checkTransferId(transferId: string): void {
  if (!isUuid(transferId)) throw new BadUserInput(`transferId: "${transferId}" is not a transfer id (a UUID).`);
}

async function lockedTransfer(manager: EntityManager, transferId: string): Promise<AccountTransferRow> {
  checkTransferId(transferId);
  const row = await manager.findOne(AccountTransferEntity, {
    where: { transferId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!row)
    throw new NotFound(
      `No balance was transferred out for transfer ${transferId}: the out-region completes the transfer-out first.`,
    );
  return row;
}

/**
 * A movement of the transfer's money, keyed by transfer and movement (and account, for an account under another
 * of the person's documents): a retry finds it already made.
 */
const move = (
  manager: EntityManager,
  row: AccountTransferRow,
  movement: string,
  posting: Omit<Posting, 'personId' | 'transferId' | 'idempotencyKey'>,
  account = row.personId,
) =>
  postEntry(manager, {
    ...posting,
    personId: account,
    transferId: row.transferId,
    idempotencyKey:
      account === row.personId ? `${row.transferId}:${movement}` : `${row.transferId}:${movement}:${account}`,
  });

/**
 * Empties every account the person holds in the region (one per identity document they were recorded under), in
 * key order so concurrent sweeps lock alike; each its own debit. Returns the total.
 */
async function sweep(
  manager: EntityManager,
  row: AccountTransferRow,
  movement: string,
  on: CalendarDate,
): Promise<Fen> {
  let total = 0n;
  for (const account of [...row.personKeys].sort()) {
    const balance = await lockedBalance(manager, account, row.fromRegion);
    if (balance === 0n) continue;
    await move(
      manager,
      row,
      movement,
      { regionCode: row.fromRegion, kind: 'TRANSFER_OUT', direction: 'DEBIT', amount: balance, on },
      account,
    );
    total += balance;
  }
  return total;
}

/**
 * The out-agency's act (003 art 8, annex 3): the whole balance of the person's out-region accounts leaves into transit
 * (TRANSFER_OUT) in the same transaction that records the amount the Info Sheet declares, so the sheet's "amount
 * actually transferred" is what left, to the fen, whatever else is posted before or after.
 */
export async function transferOutAccountBalance(
  manager: EntityManager,
  input: TransferOutInput,
): Promise<AccountTransferRow> {
  checkTransferId(input.transferId);
  const problems = new InputProblems();
  checkRegionCode(problems, 'fromRegion', input.fromRegion);
  checkRegionCode(problems, 'toRegion', input.toRegion);
  const keys = [...new Set([input.personId, ...(input.personKeys ?? [])])];
  if (!keys.every((key) => /^[0-9a-f]{32}$/.test(key)))
    problems.add('personId', 'give the Person.id and its recordKeys');
  problems.throwIfAny('No balance was transferred out');
  // Two calls for one transfer at once (a job retried while the first still runs) take turns: the second finds
  // the first's record and returns it.
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `account-transfer:${input.transferId}`,
  ]);
  const earlier = await manager.findOneBy(AccountTransferEntity, { transferId: input.transferId });
  if (earlier) {
    if (
      earlier.personId !== input.personId ||
      earlier.fromRegion !== input.fromRegion ||
      earlier.toRegion !== input.toRegion
    ) {
      throw new Conflict(`Transfer ${input.transferId} already moved a balance for another person or other regions.`);
    }
    return earlier;
  }
  const row = manager.create(AccountTransferEntity, {
    transferId: input.transferId,
    personId: input.personId,
    personKeys: keys,
    fromRegion: input.fromRegion,
    toRegion: input.toRegion,
    status: 'SENT',
    declared: 0n,
    declaredOn: input.on,
    sent: 0n,
    sentOn: input.on,
    credited: null,
    supplementary: null,
    returned: null,
    settledOn: null,
  });
  // Each account's row lock orders this against every other posting: what is read is exactly what leaves. A switch
  // of schemes within one region (003 art 14) moves nothing: the person keeps their account in the region.
  const balance = input.fromRegion === input.toRegion ? 0n : await sweep(manager, row, 'TRANSFER_OUT', input.on);
  await manager.insert(AccountTransferEntity, { ...row, declared: balance, sent: balance });
  return manager.findOneByOrFail(AccountTransferEntity, { transferId: input.transferId });
}

/** How the in-region settles the money in transit at transfer-in. */
export interface Settlement {
  /** What the in-region account is credited with: the amount sent, or less when the in-region decided so. */
  credit: Fen;
  /** The in-region takes none of it: everything goes back to the out-region account. */
  returnAll: boolean;
  on: CalendarDate;
}

/**
 * The money in transit is settled once, at transfer-in (003 art 9):
 * - credited: the in-region account receives `credit` (TRANSFER_IN); what reached the out-region account after
 *   the Info Sheet — allocations posted later, net of spending posted later, counted in posting order because
 *   the transfer-out left the account empty — follows as a supplementary amount (TRANSFER_OUT there,
 *   TRANSFER_IN here); the part of the sent amount the in-region did not take returns to the out-region
 *   account (REFUND), where the agencies settle it;
 * - returned: the whole sent amount goes back to the out-region account (REFUND), and nothing moves on.
 * A repeat with the same decision returns the recorded result; another decision is a CONFLICT.
 */
export async function settleAccountTransfer(
  manager: EntityManager,
  transferId: string,
  settlement: Settlement,
): Promise<AccountTransferRow> {
  const row = await lockedTransfer(manager, transferId);
  if (row.status !== 'SENT') {
    const same = settlement.returnAll
      ? row.status === 'RETURNED'
      : row.status === 'CREDITED' && row.credited === settlement.credit;
    if (same) return row;
    throw new Conflict(
      `The money of transfer ${transferId} was already settled (${row.status.toLowerCase()} on ${row.settledOn}); it is not settled twice.`,
    );
  }
  const { credit, returnAll, on } = settlement;
  if (on < row.sentOn) throw new BadUserInput(`on: ${on} is before the balance was sent (${row.sentOn}).`);
  if (returnAll ? credit !== 0n : credit < 0n || credit > row.sent) {
    throw new BadUserInput(
      `credit: at most the ${formatMoney(row.sent)} sent can be credited, and nothing when it is all returned.`,
    );
  }
  const returned = row.sent - credit;
  // One account when a person switches schemes within a region: nothing follows, nothing is left behind.
  const supplementary =
    returnAll || row.fromRegion === row.toRegion ? 0n : await sweep(manager, row, 'SUPPLEMENTARY_OUT', on);
  if (supplementary > 0n) {
    await move(manager, row, 'SUPPLEMENTARY_IN', {
      regionCode: row.toRegion,
      kind: 'TRANSFER_IN',
      direction: 'CREDIT',
      amount: supplementary,
      on,
    });
  }
  if (credit > 0n)
    await move(manager, row, 'TRANSFER_IN', {
      regionCode: row.toRegion,
      kind: 'TRANSFER_IN',
      direction: 'CREDIT',
      amount: credit,
      on,
    });
  if (returned > 0n)
    await move(manager, row, 'RETURN', {
      regionCode: row.fromRegion,
      kind: 'REFUND',
      direction: 'CREDIT',
      amount: returned,
      on,
    });
  return manager.save(AccountTransferEntity, {
    ...row,
    status: returnAll ? 'RETURNED' : 'CREDITED',
    credited: credit,
    supplementary,
    returned,
    settledOn: on,
  });
}
