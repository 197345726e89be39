import { EntitySchema } from 'typeorm';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { dateColumn, fenColumn } from '#shared/database/columns.ts';
import type { Fen } from '#shared/money.ts';

/** SENT: the balance left the out-region account and is in transit; CREDITED or RETURNED once settled. */
export type AccountTransferStatus = 'SENT' | 'CREDITED' | 'RETURNED';

/** The personal-account side of one transfer: sent with the Info Sheet, settled at transfer-in. */
export interface AccountTransferRow {
  transferId: string;
  personId: string;
  /** The keys of the person's accounts the balance is swept from (one per identity document; the person's id first). */
  personKeys: string[];
  fromRegion: string;
  toRegion: string;
  status: AccountTransferStatus;
  /** The amount the Info Sheet shows, in fen, and the day it was issued. */
  declared: Fen;
  declaredOn: CalendarDate;
  /** What left the out-region account (the declared amount; rows of the earlier shape may show 0). */
  sent: Fen;
  sentOn: CalendarDate;
  /** What the in-region account received of it. */
  credited: Fen | null;
  /** What reached the out-region account after the Info Sheet (late allocations, net of spending) and moved along. */
  supplementary: Fen | null;
  /** What went back to the out-region account: the part the in-region did not take, or all of it. */
  returned: Fen | null;
  settledOn: CalendarDate | null;
  createdAt: Date;
}

export const AccountTransferEntity = new EntitySchema<AccountTransferRow>({
  name: 'AccountTransfer',
  tableName: 'account_transfer',
  columns: {
    transferId: { name: 'transfer_id', type: 'uuid', primary: true },
    personId: { name: 'person_id', type: 'text' },
    personKeys: { name: 'person_keys', type: 'text', array: true },
    fromRegion: { name: 'from_region', type: 'char', length: 6 },
    toRegion: { name: 'to_region', type: 'char', length: 6 },
    status: { type: 'text' },
    declared: { name: 'declared_fen', type: 'bigint', transformer: fenColumn },
    declaredOn: { name: 'declared_on', type: 'date', transformer: dateColumn },
    sent: { name: 'sent_fen', type: 'bigint', transformer: fenColumn },
    sentOn: { name: 'sent_on', type: 'date', transformer: dateColumn },
    credited: { name: 'credited_fen', type: 'bigint', nullable: true, transformer: fenColumn },
    supplementary: { name: 'supplementary_fen', type: 'bigint', nullable: true, transformer: fenColumn },
    returned: { name: 'returned_fen', type: 'bigint', nullable: true, transformer: fenColumn },
    settledOn: { name: 'settled_on', type: 'date', nullable: true, transformer: dateColumn },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
  },
});
