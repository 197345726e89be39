import { EntitySchema } from 'typeorm';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { dateColumn, fenColumn } from '#shared/database/columns.ts';
import type { Fen } from '#shared/money.ts';
import type { BenefitContinuity, TransferKind } from '../../domain/benefit-continuity.ts';

export type { TransferKind };
export type TransferMode = 'ONLINE' | 'MAIL';
export type Applicant = 'PERSON' | 'EMPLOYER';
/**
 * OUT_COMPLETING and COMPLETING: the agency took the step, and its effects on the other subgraphs (moving the
 * balance and sealing the Info Sheet; crediting the account and closing the out-region) are under way. The
 * transfer reaches OUT_COMPLETED or COMPLETED when they are done, not before.
 */
export type TransferStatus =
  | 'REJECTED'
  | 'ACCEPTED'
  | 'CONTACT_LETTER_SENT'
  | 'OUT_COMPLETING'
  | 'OUT_COMPLETED'
  | 'FUNDS_RECEIVED'
  | 'COMPLETING'
  | 'COMPLETED'
  | 'CANCELLED';

/** How the in-region settled funds that did not match the Info Sheet. */
export type FundsDecision = 'CREDIT_RECEIVED' | 'RETURN_TO_OUT_REGION';

export interface Reason {
  code: string;
  message: string;
}

export interface TransferRow {
  id: string;
  /** Order of recording; the dashboard list pages by it. */
  seq: string;
  /** The person's `Person.id` when they applied. */
  personId: string;
  /** The key of the identity document applied with (the Info Sheet certifies it; the number stays in enrollment). */
  documentKey: string;
  kind: TransferKind;
  fromRegion: string;
  toRegion: string;
  mode: TransferMode;
  applicant: Applicant;
  /** The employer that applied, when one did. */
  employerId: string | null;
  status: TransferStatus;
  appliedOn: CalendarDate;
  idempotencyKey: string | null;
  requestHash: string | null;
  reasons: Reason[];
  continuity: BenefitContinuity | null;
  contactLetterOn: CalendarDate | null;
  outCompletedOn: CalendarDate | null;
  /** The personal-account amount on the Info Sheet. */
  accountAmount: Fen | null;
  fundsReceivedOn: CalendarDate | null;
  funds: Fen | null;
  fundsDecision: FundsDecision | null;
  completedOn: CalendarDate | null;
  cancelledOn: CalendarDate | null;
  createdAt: Date;
}

const date = (name: string) => ({ name, type: 'date' as const, nullable: true, transformer: dateColumn });

export const TransferEntity = new EntitySchema<TransferRow>({
  name: 'Transfer',
  tableName: 'transfer',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    seq: { type: 'bigint', generated: 'increment' },
    personId: { name: 'person_id', type: 'text' },
    documentKey: { name: 'document_key', type: 'text' },
    kind: { type: 'text' },
    fromRegion: { name: 'from_region', type: 'char', length: 6 },
    toRegion: { name: 'to_region', type: 'char', length: 6 },
    mode: { type: 'text' },
    applicant: { type: 'text' },
    employerId: { name: 'employer_id', type: 'text', nullable: true },
    status: { type: 'text' },
    appliedOn: { name: 'applied_on', type: 'date', transformer: dateColumn },
    idempotencyKey: { name: 'idempotency_key', type: 'text', nullable: true },
    requestHash: { name: 'request_hash', type: 'text', nullable: true },
    reasons: { type: 'jsonb' },
    continuity: { type: 'jsonb', nullable: true },
    contactLetterOn: date('contact_letter_on'),
    outCompletedOn: date('out_completed_on'),
    accountAmount: { name: 'account_amount_fen', type: 'bigint', nullable: true, transformer: fenColumn },
    fundsReceivedOn: date('funds_received_on'),
    funds: { name: 'funds_fen', type: 'bigint', nullable: true, transformer: fenColumn },
    fundsDecision: { name: 'funds_decision', type: 'text', nullable: true },
    completedOn: date('completed_on'),
    cancelledOn: date('cancelled_on'),
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
  },
});
