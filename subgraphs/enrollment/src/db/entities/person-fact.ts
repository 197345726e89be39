import { EntitySchema } from 'typeorm';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { dateColumn, monthColumn } from '#shared/database/columns.ts';
import type { ExemptGroup } from '#shared/rules/region-policy.ts';
import type { YearMonth } from '#shared/year-month.ts';

export type PersonFactKind = 'RETIREMENT' | 'EXEMPTION' | 'OTHER_SCHEME_COVER';

/** A fact about a person the rules use, as an agency recorded it; the columns of its kind are set. */
export interface PersonFactRow {
  id: string;
  personId: string;
  kind: PersonFactKind;
  regionCode: string;
  retiredOn: CalendarDate | null;
  group: ExemptGroup | null;
  year: number | null;
  fromMonth: YearMonth | null;
  toMonth: YearMonth | null;
  scheme: string | null;
  recordedAt: Date;
}

export const PersonFactEntity = new EntitySchema<PersonFactRow>({
  name: 'PersonFact',
  tableName: 'person_fact',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    personId: { name: 'person_id', type: 'text' },
    kind: { type: 'text' },
    regionCode: { name: 'region_code', type: 'char', length: 6 },
    retiredOn: { name: 'retired_on', type: 'date', nullable: true, transformer: dateColumn },
    group: { name: 'exempt_group', type: 'text', nullable: true },
    year: { type: 'integer', nullable: true },
    fromMonth: { name: 'from_month', type: 'date', nullable: true, transformer: monthColumn },
    toMonth: { name: 'to_month', type: 'date', nullable: true, transformer: monthColumn },
    scheme: { type: 'text', nullable: true },
    recordedAt: { name: 'recorded_at', type: 'timestamptz', createDate: true },
  },
});
