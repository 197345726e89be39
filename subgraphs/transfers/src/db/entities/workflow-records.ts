import { EntitySchema } from 'typeorm';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { dateColumn } from '#shared/database/columns.ts';

export type Actor = 'PERSON' | 'EMPLOYER' | 'OUT_AGENCY' | 'IN_AGENCY' | 'SYSTEM';

/** One line of a transfer's timeline (003 art 10). */
export interface TransferEventRow {
  id: string;
  transferId: string;
  step: string;
  actor: Actor;
  on: CalendarDate;
  note: string | null;
  recordedAt: Date;
}

export const TransferEventEntity = new EntitySchema<TransferEventRow>({
  name: 'TransferEvent',
  tableName: 'transfer_event',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    transferId: { name: 'transfer_id', type: 'uuid' },
    step: { type: 'text' },
    actor: { type: 'text' },
    on: { type: 'date', transformer: dateColumn },
    note: { type: 'text', nullable: true },
    recordedAt: { name: 'recorded_at', type: 'timestamptz', createDate: true },
  },
});

export interface TransferDeadlineRow {
  transferId: string;
  step: string;
  dueOn: CalendarDate;
  completedOn: CalendarDate | null;
  provisional: boolean;
  workingDays: number;
  rule: string;
}

export const TransferDeadlineEntity = new EntitySchema<TransferDeadlineRow>({
  name: 'TransferDeadline',
  tableName: 'transfer_deadline',
  columns: {
    transferId: { name: 'transfer_id', type: 'uuid', primary: true },
    step: { type: 'text', primary: true },
    dueOn: { name: 'due_on', type: 'date', transformer: dateColumn },
    completedOn: { name: 'completed_on', type: 'date', nullable: true, transformer: dateColumn },
    provisional: { type: 'boolean' },
    workingDays: { name: 'working_days', type: 'integer' },
    rule: { type: 'text' },
  },
});

export type DocumentKind = 'INFO_SHEET' | 'CONTACT_LETTER';

/** A sealed document: its canonical content and the issuing agency's SM2 signature over it. */
export interface TransferDocumentRow {
  transferId: string;
  kind: DocumentKind;
  issuerRegion: string;
  issuedOn: CalendarDate;
  content: string;
  signature: string;
}

export const TransferDocumentEntity = new EntitySchema<TransferDocumentRow>({
  name: 'TransferDocument',
  tableName: 'transfer_document',
  columns: {
    transferId: { name: 'transfer_id', type: 'uuid', primary: true },
    kind: { type: 'text', primary: true },
    issuerRegion: { name: 'issuer_region', type: 'char', length: 6 },
    issuedOn: { name: 'issued_on', type: 'date', transformer: dateColumn },
    content: { type: 'text' },
    signature: { type: 'text' },
  },
});

export type EffectOperation = 'SEND_ACCOUNT_BALANCE' | 'CREDIT_ACCOUNT' | 'CLOSE_OUT_ENROLLMENT';

/** An effect on another subgraph, recorded with the step that causes it and retried until done (outbox). */
export interface TransferEffectRow {
  id: string;
  transferId: string;
  operation: EffectOperation;
  payload: Record<string, string>;
  status: 'PENDING' | 'DONE';
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  doneAt: Date | null;
}

export const TransferEffectEntity = new EntitySchema<TransferEffectRow>({
  name: 'TransferEffect',
  tableName: 'transfer_effect',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    transferId: { name: 'transfer_id', type: 'uuid' },
    operation: { type: 'text' },
    payload: { type: 'jsonb' },
    status: { type: 'text' },
    attempts: { type: 'integer' },
    lastError: { name: 'last_error', type: 'text', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    doneAt: { name: 'done_at', type: 'timestamptz', nullable: true },
  },
});
