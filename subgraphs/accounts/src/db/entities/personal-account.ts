import { EntitySchema } from 'typeorm';
import { fenColumn } from '#shared/database/columns.ts';
import type { Fen } from '#shared/money.ts';

export interface PersonalAccountRow {
  id: string;
  personId: string;
  regionCode: string;
  balance: Fen;
  openedAt: Date;
}

export const PersonalAccountEntity = new EntitySchema<PersonalAccountRow>({
  name: 'PersonalAccount',
  tableName: 'personal_account',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    personId: { name: 'person_id', type: 'text' },
    regionCode: { name: 'region_code', type: 'char', length: 6 },
    balance: { name: 'balance_fen', type: 'bigint', transformer: fenColumn },
    openedAt: { name: 'opened_at', type: 'timestamptz', createDate: true },
  },
});
