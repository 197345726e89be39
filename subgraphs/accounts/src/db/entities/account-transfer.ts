import { EntitySchema } from 'typeorm';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { dateColumn, fenColumn } from '#shared/database/columns.ts';
import type { Fen } from '#shared/money.ts';

export type AccountTransferStatus = 'DECLARED' | 'IN_TRANSIT' | 'CREDITED';

/** The personal-account side of one transfer: declared on the Info Sheet, sent, credited. */
export interface AccountTransferRow {
  transferId: string;
  personId: string;
  fromRegion: string;
  toRegion: string;
  status: AccountTransferStatus;
  /** The balance when the Info Sheet was issued: the amount it shows. */
  declared: Fen;
  declaredOn: CalendarDate;
  /** The money that left the out-region account; in transit until credited. */
  sent: Fen | null;
  sentOn: CalendarDate | null;
  credited: Fen | null;
  creditedOn: CalendarDate | null;
  /** Spending after the Info Sheet that explains a smaller amount (000 art 10). */
  explained: Fen | null;
  createdAt: Date;
}

export const AccountTransferEntity = new EntitySchema<AccountTransferRow>({
  name: 'AccountTransfer',
  tableName: 'account_transfer',
  columns: {
    transferId: { name: 'transfer_id', type: 'uuid', primary: true },
    personId: { name: 'person_id', type: 'text' },
    fromRegion: { name: 'from_region', type: 'char', length: 6 },
    toRegion: { name: 'to_region', type: 'char', length: 6 },
    status: { type: 'text' },
    declared: { name: 'declared_fen', type: 'bigint', transformer: fenColumn },
    declaredOn: { name: 'declared_on', type: 'date', transformer: dateColumn },
    sent: { name: 'sent_fen', type: 'bigint', nullable: true, transformer: fenColumn },
    sentOn: { name: 'sent_on', type: 'date', nullable: true, transformer: dateColumn },
    credited: { name: 'credited_fen', type: 'bigint', nullable: true, transformer: fenColumn },
    creditedOn: { name: 'credited_on', type: 'date', nullable: true, transformer: dateColumn },
    explained: { name: 'explained_fen', type: 'bigint', nullable: true, transformer: fenColumn },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
  },
});
