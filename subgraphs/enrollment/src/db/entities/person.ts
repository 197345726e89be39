import { EntitySchema } from 'typeorm';

export type Gender = 'MALE' | 'FEMALE';

/** A person; their documents (`identity_document`) say who they are. */
export interface PersonRow {
  /** Opaque key shared by all subgraphs: the key of the person's first document (`documentKeyFor`). */
  id: string;
  name: string;
  gender: Gender | null;
  createdAt: Date;
}

export const PersonEntity = new EntitySchema<PersonRow>({
  name: 'Person',
  tableName: 'person',
  columns: {
    id: { type: 'text', primary: true },
    name: { type: 'text' },
    gender: { type: 'text', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
  },
});
