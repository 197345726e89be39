import { EntitySchema } from 'typeorm';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { dateColumn, monthColumn } from '#shared/database/columns.ts';
import type { InsuranceType } from '#shared/insurance.ts';
import type { YearMonth } from '#shared/year-month.ts';

export type EnrollmentStatus = 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';

export interface EnrollmentRow {
  id: string;
  personId: string;
  regionCode: string;
  insuranceType: InsuranceType;
  status: EnrollmentStatus;
  startMonth: YearMonth;
  endMonth: YearMonth | null;
  suspendedOn: CalendarDate | null;
  terminatedOn: CalendarDate | null;
  createdAt: Date;
}

export const EnrollmentEntity = new EntitySchema<EnrollmentRow>({
  name: 'Enrollment',
  tableName: 'enrollment',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    personId: { name: 'person_id', type: 'text' },
    regionCode: { name: 'region_code', type: 'char', length: 6 },
    insuranceType: { name: 'insurance_type', type: 'text' },
    status: { type: 'text' },
    startMonth: { name: 'start_month', type: 'date', transformer: monthColumn },
    endMonth: { name: 'end_month', type: 'date', nullable: true, transformer: monthColumn },
    suspendedOn: { name: 'suspended_on', type: 'date', nullable: true, transformer: dateColumn },
    terminatedOn: { name: 'terminated_on', type: 'date', nullable: true, transformer: dateColumn },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
  },
});
