import { EntitySchema } from 'typeorm';

export type DeemedReason = 'WORK_SERVICE' | 'MILITARY_SERVICE';

export interface DeemedPeriodRow {
  id: string;
  personId: string;
  regionCode: string;
  months: number;
  reason: DeemedReason;
  recordedAt: Date;
}

export const DeemedPeriodEntity = new EntitySchema<DeemedPeriodRow>({
  name: 'DeemedPeriod',
  tableName: 'deemed_period',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    personId: { name: 'person_id', type: 'text' },
    regionCode: { name: 'region_code', type: 'char', length: 6 },
    months: { type: 'integer' },
    reason: { type: 'text' },
    recordedAt: { name: 'recorded_at', type: 'timestamptz', createDate: true },
  },
});
