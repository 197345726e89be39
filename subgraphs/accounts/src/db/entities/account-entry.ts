import { EntitySchema } from 'typeorm';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { dateColumn, fenColumn } from '#shared/database/columns.ts';
import type { Fen } from '#shared/money.ts';

export type AccountEntryKind =
  'ALLOCATION' | 'SPENDING' | 'TRANSFER_OUT' | 'TRANSFER_IN' | 'PAYOUT' | 'REFUND' | 'ADJUSTMENT';
export type EntryDirection = 'CREDIT' | 'DEBIT';

export interface AccountEntryRow {
  id: string;
  /** Recording order across the ledger; balanceAfter follows it. */
  seq: string;
  accountId: string;
  on: CalendarDate;
  kind: AccountEntryKind;
  direction: EntryDirection;
  amount: Fen;
  balanceAfter: Fen;
  transferId: string | null;
  idempotencyKey: string | null;
  /** Fingerprint of the request that made the entry, to tell a retry from a different request under one key. */
  requestHash: string | null;
  /** Where a PAYOUT went, masked. */
  destination: string | null;
  recordedAt: Date;
}

export const AccountEntryEntity = new EntitySchema<AccountEntryRow>({
  name: 'AccountEntry',
  tableName: 'account_entry',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    seq: { type: 'bigint', generated: 'increment' },
    accountId: { name: 'account_id', type: 'uuid' },
    on: { type: 'date', transformer: dateColumn },
    kind: { type: 'text' },
    direction: { type: 'text' },
    amount: { name: 'amount_fen', type: 'bigint', transformer: fenColumn },
    balanceAfter: { name: 'balance_after_fen', type: 'bigint', transformer: fenColumn },
    transferId: { name: 'transfer_id', type: 'uuid', nullable: true },
    idempotencyKey: { name: 'idempotency_key', type: 'text', nullable: true },
    requestHash: { name: 'request_hash', type: 'text', nullable: true },
    destination: { type: 'text', nullable: true },
    recordedAt: { name: 'recorded_at', type: 'timestamptz', createDate: true },
  },
});
