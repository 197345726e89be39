import { EntitySchema } from 'typeorm';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { dateColumn, fenColumn, monthColumn } from '#shared/database/columns.ts';
import type { InsuranceType } from '#shared/insurance.ts';
import type { Fen } from '#shared/money.ts';
import type { YearMonth } from '#shared/year-month.ts';

export type ContributionKind = 'REGULAR' | 'BACK_PAY';

/** One month's contribution in one region; `paidOn` null means the month is owed (arrears). */
export interface ContributionRow {
  id: string;
  personId: string;
  regionCode: string;
  insuranceType: InsuranceType;
  month: YearMonth;
  amount: Fen;
  paidOn: CalendarDate | null;
  kind: ContributionKind;
  recordedAt: Date;
}

export const ContributionEntity = new EntitySchema<ContributionRow>({
  name: 'Contribution',
  tableName: 'contribution',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    personId: { name: 'person_id', type: 'text' },
    regionCode: { name: 'region_code', type: 'char', length: 6 },
    insuranceType: { name: 'insurance_type', type: 'text' },
    month: { type: 'date', transformer: monthColumn },
    amount: { name: 'amount_fen', type: 'bigint', transformer: fenColumn },
    paidOn: { name: 'paid_on', type: 'date', nullable: true, transformer: dateColumn },
    kind: { type: 'text' },
    recordedAt: { name: 'recorded_at', type: 'timestamptz', createDate: true },
  },
});
