import { EntitySchema } from 'typeorm';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { dateColumn } from '#shared/database/columns.ts';

export type TransferKind = 'EMPLOYEE_TO_EMPLOYEE' | 'RESIDENT_TO_RESIDENT' | 'EMPLOYEE_TO_RESIDENT' | 'RESIDENT_TO_EMPLOYEE';
export type TransferMode = 'ONLINE' | 'MAIL';
export type TransferStatus =
  | 'REJECTED'
  | 'ACCEPTED'
  | 'CONTACT_LETTER_SENT'
  | 'OUT_COMPLETED'
  | 'FUNDS_RECEIVED'
  | 'COMPLETED'
  | 'CANCELLED';

export interface TransferRow {
  id: string;
  personId: string;
  kind: TransferKind;
  fromRegion: string;
  toRegion: string;
  mode: TransferMode;
  status: TransferStatus;
  appliedOn: CalendarDate;
  createdAt: Date;
}

export const TransferEntity = new EntitySchema<TransferRow>({
  name: 'Transfer',
  tableName: 'transfer',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    personId: { name: 'person_id', type: 'text' },
    kind: { type: 'text' },
    fromRegion: { name: 'from_region', type: 'char', length: 6 },
    toRegion: { name: 'to_region', type: 'char', length: 6 },
    mode: { type: 'text' },
    status: { type: 'text' },
    appliedOn: { name: 'applied_on', type: 'date', transformer: dateColumn },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
  },
});
