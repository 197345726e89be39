import { EntitySchema } from 'typeorm';
import type { IdType } from '#shared/id-number.ts';

export type Gender = 'MALE' | 'FEMALE';

export interface PersonRow {
  /** Opaque key shared by all subgraphs: personIdFor(key, idNumber). */
  id: string;
  idType: IdType;
  idNumber: string;
  name: string;
  gender: Gender | null;
  createdAt: Date;
}

export const PersonEntity = new EntitySchema<PersonRow>({
  name: 'Person',
  tableName: 'person',
  columns: {
    id: { type: 'text', primary: true },
    idType: { name: 'id_type', type: 'text' },
    idNumber: { name: 'id_number', type: 'text' },
    name: { type: 'text' },
    gender: { type: 'text', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
  },
});
