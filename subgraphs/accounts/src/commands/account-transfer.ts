import type { DataSource, EntityManager } from 'typeorm';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { BadUserInput, Conflict, InputProblems, NotFound } from '#shared/errors.ts';
import { checkRegionCode, isUuid } from '#shared/input-checks.ts';
import { formatMoney, type Fen } from '#shared/money.ts';
import { AccountTransferEntity, type AccountTransferRow } from '../db/entities/account-transfer.ts';
import { reconcile, type Reconciliation } from '../domain/reconcile.ts';
import { lockedBalance, postEntry } from '../ledger/post-entry.ts';

/**
 * The personal-account steps of a transfer, called by the transfers subgraph (internal, @inaccessible at the
 * gateway). Each runs once per transfer: a retry returns the recorded result, so a crashed caller can
 * simply call again. Money is conserved: what leaves the out-region account is in transit until the
 * in-region credits it, and the sum of the person's balances plus money in transit never changes.
 */
export interface DeclareAccountTransferInput {
  transferId: string;
  personId: string;
  fromRegion: string;
  toRegion: string;
  on: CalendarDate;
}

function checkTransferId(transferId: string): void {
  if (!isUuid(transferId)) throw new BadUserInput(`transferId: "${transferId}" is not a transfer id (a UUID).`);
}

async function lockedTransfer(manager: EntityManager, transferId: string): Promise<AccountTransferRow> {
  checkTransferId(transferId);
  const row = await manager.findOne(AccountTransferEntity, { where: { transferId }, lock: { mode: 'pessimistic_write' } });
  if (!row) throw new NotFound(`No account transfer is declared for transfer ${transferId}: declare it first.`);
  return row;
}

/** Records the balance the Info Sheet shows (its "actually transferred" amount, 003 annex 3). */
export async function declareAccountTransfer(dataSource: DataSource, input: DeclareAccountTransferInput): Promise<AccountTransferRow> {
  checkTransferId(input.transferId);
  const problems = new InputProblems();
  checkRegionCode(problems, 'fromRegion', input.fromRegion);
  checkRegionCode(problems, 'toRegion', input.toRegion);
  if (input.fromRegion === input.toRegion) problems.add('toRegion', 'a transfer goes to another region');
  if (!/^[0-9a-f]{32}$/.test(input.personId)) problems.add('personId', 'give the Person.id');
  problems.throwIfAny('No account transfer was declared');
  return dataSource.transaction(async (manager) => {
    const declared = await lockedBalance(manager, input.personId, input.fromRegion);
    await manager
      .createQueryBuilder()
      .insert()
      .into(AccountTransferEntity)
      .values({ ...input, status: 'DECLARED', declared, declaredOn: input.on })
      .orIgnore()
      .execute();
    const row = await manager.findOneByOrFail(AccountTransferEntity, { transferId: input.transferId });
    if (row.personId !== input.personId || row.fromRegion !== input.fromRegion || row.toRegion !== input.toRegion) {
      throw new Conflict(`Transfer ${input.transferId} is already declared for another person or other regions.`);
    }
    return row;
  });
}

/** Clears the out-region account into transit (TRANSFER_OUT): the money the out-agency pays over. */
export async function sendAccountTransfer(dataSource: DataSource, transferId: string, on: CalendarDate): Promise<AccountTransferRow> {
  return dataSource.transaction(async (manager) => {
    const row = await lockedTransfer(manager, transferId);
    if (row.status !== 'DECLARED') return row;
    if (on < row.declaredOn) throw new BadUserInput(`on: ${on} is before the Info Sheet was issued (${row.declaredOn}).`);
    const balance = await lockedBalance(manager, row.personId, row.fromRegion);
    if (balance > 0n) {
      await postEntry(manager, {
        personId: row.personId,
        regionCode: row.fromRegion,
        kind: 'TRANSFER_OUT',
        direction: 'DEBIT',
        amount: balance,
        on,
        transferId,
        idempotencyKey: `${transferId}:TRANSFER_OUT`,
      });
    }
    return manager.save(AccountTransferEntity, { ...row, status: 'IN_TRANSIT', sent: balance, sentOn: on });
  });
}

/** Spending from the out-region account dated after the Info Sheet explains a shortfall (000 art 10). */
async function reconciliationFor(manager: EntityManager, row: AccountTransferRow, received: Fen): Promise<Reconciliation> {
  const [{ spent }] = await manager.query(
    `SELECT coalesce(sum(entry.amount_fen), 0)::text AS spent
       FROM account_entry entry JOIN personal_account account ON account.id = entry.account_id
      WHERE account.person_id = $1 AND account.region_code = $2 AND entry.kind = 'SPENDING' AND entry."on" > $3`,
    [row.personId, row.fromRegion, row.declaredOn],
  );
  return reconcile({ declared: row.declared, sent: row.sent!, received, spentAfterInfoSheet: BigInt(spent) });
}

/**
 * Checks, writing nothing, whether an amount received would reconcile: what the in-region confirms when the
 * money arrives, before it credits the account at transfer-in.
 */
export async function checkAccountTransferReceipt(dataSource: DataSource, transferId: string, received: Fen): Promise<Reconciliation> {
  return dataSource.transaction(async (manager) => {
    checkTransferId(transferId);
    const row = await manager.findOneBy(AccountTransferEntity, { transferId });
    if (!row) throw new NotFound(`No account transfer is declared for transfer ${transferId}: declare it first.`);
    if (row.status === 'DECLARED') {
      throw new Conflict('The balance has not been sent yet: the out-region completes the transfer-out first.');
    }
    return reconciliationFor(manager, row, received);
  });
}

/**
 * The in-region confirms the money that arrived and credits it (TRANSFER_IN) once it reconciles with the
 * Info Sheet (003 art 9, 000 art 10); otherwise nothing is written and the difference is shown.
 */
export async function receiveAccountTransfer(
  dataSource: DataSource,
  transferId: string,
  received: Fen,
  on: CalendarDate,
): Promise<AccountTransferRow> {
  return dataSource.transaction(async (manager) => {
    const row = await lockedTransfer(manager, transferId);
    if (row.status === 'DECLARED') {
      throw new Conflict('The balance has not been sent yet: the out-region completes the transfer-out first.');
    }
    if (row.status === 'CREDITED') {
      if (row.credited === received) return row;
      throw new Conflict(`The transfer was already credited with ${formatMoney(row.credited!)}; it is not credited twice.`);
    }
    if (on < row.sentOn!) throw new BadUserInput(`on: ${on} is before the money was sent (${row.sentOn}).`);
    const outcome = await reconciliationFor(manager, row, received);
    if (!outcome.ok) throw new Conflict(`Nothing was credited: ${outcome.problem}.`);
    if (outcome.credit > 0n) {
      await postEntry(manager, {
        personId: row.personId,
        regionCode: row.toRegion,
        kind: 'TRANSFER_IN',
        direction: 'CREDIT',
        amount: outcome.credit,
        on,
        transferId,
        idempotencyKey: `${transferId}:TRANSFER_IN`,
      });
    }
    return manager.save(AccountTransferEntity, {
      ...row,
      status: 'CREDITED',
      credited: outcome.credit,
      creditedOn: on,
      explained: outcome.explained,
    });
  });
}
