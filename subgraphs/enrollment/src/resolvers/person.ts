import { idNumberFor, requirePersonRead } from '#shared/auth/authorize.ts';
import { proveEnrollment } from '#shared/auth/enrollment-proof.ts';
import type { EnrollmentContext } from '../context.ts';
import type { IdentityDocumentRow } from '../db/entities/identity-document.ts';
import type { PersonRow } from '../db/entities/person.ts';
import { enrollmentsOf, factsOf, recordKeysOf } from '../loaders.ts';
import { enrolledRegions } from './person-access.ts';

/** The document a person was first known by (its key is their id), or, once it was linked away, their earliest. */
async function firstDocument(person: PersonRow, context: EnrollmentContext): Promise<IdentityDocumentRow> {
  const documents = await context.loaders.documentsByPerson.load(person.id);
  return documents.find((document) => document.key === person.id) ?? documents[0]!;
}

export const Person = {
  /**
   * The gateway asks for a person by id (from another subgraph's field): the same rule as the root fields. Any key
   * of the person's records finds them (a transfer made under a document since linked to someone else names them).
   */
  async __resolveReference(reference: { id: string }, context: EnrollmentContext) {
    const person = await context.loaders.personByKey.load(reference.id);
    if (!person) return null;
    requirePersonRead(context.identity, person.id, await enrolledRegions(person.id, context));
    context.audit.read(person.id, 'Person');
    return person;
  },

  idType: async (person: PersonRow, _: unknown, context: EnrollmentContext) =>
    (await firstDocument(person, context)).idType,
  idNumber: async (person: PersonRow, _: unknown, context: EnrollmentContext) =>
    idNumberFor(
      context.identity,
      person.id,
      await enrolledRegions(person.id, context),
      (await firstDocument(person, context)).idNumber,
    ),
  documents: (person: PersonRow, _: unknown, context: EnrollmentContext) =>
    context.loaders.documentsByPerson.load(person.id),

  enrollments: (person: PersonRow, _: unknown, context: EnrollmentContext) => enrollmentsOf(context.loaders, person.id),

  enrolledRegions: (person: PersonRow, _: unknown, context: EnrollmentContext) => enrolledRegions(person.id, context),
  recordKeys: (person: PersonRow, _: unknown, context: EnrollmentContext) => recordKeysOf(context.loaders, person.id),
  enrollmentProof: async (person: PersonRow, _: unknown, context: EnrollmentContext) =>
    proveEnrollment(
      context.config.personIdKey,
      person.id,
      await enrolledRegions(person.id, context),
      await recordKeysOf(context.loaders, person.id),
    ),

  retiredOn: async (person: PersonRow, _: unknown, context: EnrollmentContext) =>
    (await factsOf(context.loaders, person.id)).find((fact) => fact.kind === 'RETIREMENT')?.retiredOn ?? null,
  exemptions: async (person: PersonRow, _: unknown, context: EnrollmentContext) =>
    (await factsOf(context.loaders, person.id)).filter((fact) => fact.kind === 'EXEMPTION'),
  otherSchemeCover: async (person: PersonRow, _: unknown, context: EnrollmentContext) =>
    (await factsOf(context.loaders, person.id)).filter((fact) => fact.kind === 'OTHER_SCHEME_COVER'),
};
