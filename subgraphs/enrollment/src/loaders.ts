import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '#shared/database/batch.ts';
import { EnrollmentEntity, type EnrollmentRow } from './db/entities/enrollment.ts';
import { PersonEntity, type PersonRow } from './db/entities/person.ts';
import { PersonFactEntity, type PersonFactRow } from './db/entities/person-fact.ts';

/** Per-request loaders: each batch is one SQL statement (`= ANY($1)`). */
export function createLoaders(dataSource: DataSource) {
  return {
    personById: new DataLoader<string, PersonRow | null>(async (ids) => {
      const rows = await dataSource
        .getRepository(PersonEntity)
        .createQueryBuilder('person')
        .where('person.id = ANY(:ids)', { ids })
        .getMany();
      return oneByKey(ids, rows, (row) => row.id);
    }),
    /** The facts recorded about each person, in the order recorded. */
    factsByPerson: new DataLoader<string, PersonFactRow[]>(async (personIds) => {
      const rows = await dataSource
        .getRepository(PersonFactEntity)
        .createQueryBuilder('fact')
        .where('fact.personId = ANY(:personIds)', { personIds })
        .orderBy('fact.id')
        .getMany();
      return manyByKey(personIds, rows, (row) => row.personId);
    }),
    enrollmentsByPerson: new DataLoader<string, EnrollmentRow[]>(async (personIds) => {
      const rows = await dataSource
        .getRepository(EnrollmentEntity)
        .createQueryBuilder('enrollment')
        .where('enrollment.personId = ANY(:personIds)', { personIds })
        .orderBy('enrollment.startMonth')
        .addOrderBy('enrollment.createdAt')
        .getMany();
      return manyByKey(personIds, rows, (row) => row.personId);
    }),
  };
}

export type EnrollmentLoaders = ReturnType<typeof createLoaders>;
