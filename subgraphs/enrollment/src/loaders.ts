import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { loadForKeys, manyByKey, oneByKey } from '#shared/database/batch.ts';
import { rowsWhereIn } from '#shared/database/rows.ts';
import { EnrollmentEntity, type EnrollmentRow } from './db/entities/enrollment.ts';
import { IdentityDocumentEntity, type IdentityDocumentRow } from './db/entities/identity-document.ts';
import type { PersonRow } from './db/entities/person.ts';
import { PersonFactEntity, type PersonFactRow } from './db/entities/person-fact.ts';

/**
 * Per-request loaders: each batch is one SQL statement (`= ANY($1)`). Enrollments and facts are filed under the key
 * of the document they were recorded with; a person's are those under any of their documents' keys
 * (`personRecords`).
 */
export function createLoaders(dataSource: DataSource) {
  const documents = rowsWhereIn(dataSource, IdentityDocumentEntity);
  const loaders = {
    /** The person a document key belongs to: their own id for their first document, or the person it was linked to. */
    personByKey: new DataLoader<string, PersonRow | null>(async (keys) => {
      const rows: { key: string; id: string; name: string; gender: PersonRow['gender']; created_at: Date }[] =
        await dataSource.query(
          `SELECT document.key, person.id, person.name, person.gender, person.created_at
           FROM identity_document document JOIN person ON person.id = document.person_id WHERE document.key = ANY($1)`,
          [keys],
        );
      const people = rows.map(({ key, id, name, gender, created_at }) => ({
        key,
        person: { id, name, gender, createdAt: created_at },
      }));
      return oneByKey(keys, people, (row) => row.key).map((row) => row?.person ?? null);
    }),
    /** Each person's documents: the first they were known by, then those linked, in the order linked. */
    documentsByPerson: new DataLoader<string, IdentityDocumentRow[]>(async (personIds) =>
      manyByKey(personIds, await documents('personId', personIds, ['createdAt']), (row) => row.personId).map((rows) =>
        rows.sort((a, b) => (a.linkedOn?.getTime() ?? 0) - (b.linkedOn?.getTime() ?? 0)),
      ),
    ),
    documentByKey: new DataLoader<string, IdentityDocumentRow | null>(async (keys) =>
      oneByKey(keys, await documents('key', keys), (row) => row.key),
    ),
    /** The facts filed under each key, in the order recorded. */
    factsByKey: new DataLoader<string, PersonFactRow[]>(async (keys) =>
      manyByKey(keys, await rowsWhereIn(dataSource, PersonFactEntity)('personId', keys, ['id']), (row) => row.personId),
    ),
    enrollmentsByKey: new DataLoader<string, EnrollmentRow[]>(async (keys) =>
      manyByKey(keys, await rowsWhereIn(dataSource, EnrollmentEntity)('personId', keys), (row) => row.personId),
    ),
  };
  return loaders;
}

export type EnrollmentLoaders = ReturnType<typeof createLoaders>;

/** The keys a person's records are filed under: one per document. */
export async function recordKeysOf(loaders: EnrollmentLoaders, personId: string): Promise<string[]> {
  return (await loaders.documentsByPerson.load(personId)).map((document) => document.key);
}

/** A person's enrollments (under all their documents), by start month, then as recorded. */
export async function enrollmentsOf(loaders: EnrollmentLoaders, personId: string): Promise<EnrollmentRow[]> {
  const rows = await loadForKeys(loaders.enrollmentsByKey, await recordKeysOf(loaders, personId));
  return rows.sort((a, b) => a.startMonth - b.startMonth || a.createdAt.getTime() - b.createdAt.getTime());
}

/** A person's facts (under all their documents), in the order recorded. */
export async function factsOf(loaders: EnrollmentLoaders, personId: string): Promise<PersonFactRow[]> {
  const rows = await loadForKeys(loaders.factsByKey, await recordKeysOf(loaders, personId));
  return rows.sort((a, b) => Number(a.id) - Number(b.id));
}
