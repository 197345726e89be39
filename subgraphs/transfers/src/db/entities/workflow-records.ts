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

/** The steps whose effects on other subgraphs the job engine carries out. */
export type EffectStep = 'COMPLETE_TRANSFER_OUT' | 'COMPLETE_TRANSFER_IN';

/**
 * A step's effects as the engine carries them out: PENDING until done, DONE, or PARKED once its attempts are
 * spent (the transfer then needs an operator, and `lastError` says why).
 */
export interface TransferEffectRow {
  transferId: string;
  step: EffectStep;
  jobId: string;
  status: 'PENDING' | 'DONE' | 'PARKED';
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const TransferEffectEntity = new EntitySchema<TransferEffectRow>({
  name: 'TransferEffect',
  tableName: 'transfer_effect',
  columns: {
    transferId: { name: 'transfer_id', type: 'uuid', primary: true },
    step: { type: 'text', primary: true },
    jobId: { name: 'job_id', type: 'uuid' },
    status: { type: 'text' },
    attempts: { type: 'integer' },
    lastError: { name: 'last_error', type: 'text', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
});
