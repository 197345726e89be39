import { idNumberFor } from '#shared/auth/authorize.ts';
import { requirePersonRead } from '#shared/auth/person-guard.ts';
import { proveEnrollment } from '#shared/auth/enrollment-proof.ts';
import type { EnrollmentContext } from '../context.ts';
import type { IdentityDocumentRow } from '../db/entities/identity-document.ts';
import type { PersonRow } from '../db/entities/person.ts';
import { enrollmentsOf, factsOf, recordKeysOf } from '../loaders.ts';
import { enrolledRegions } from './person-access.ts';
import type { PersonResolvers } from '../generated/resolvers.ts';

/** The document a person was first known by (its key is their id), or, once it was linked away, their earliest. */
async function firstDocument(person: PersonRow, context: EnrollmentContext): Promise<IdentityDocumentRow> {
  const documents = await context.loaders.documentsByPerson.load(person.id);
  return documents.find((document) => document.key === person.id) ?? documents[0]!;
}

export const Person: PersonResolvers = {
  /**
   * The gateway asks for a person by id (from another subgraph's field): the same rule as the root fields. Any key
   * of the person's records finds them (a transfer made under a document since linked to someone else names them).
   */
  async __resolveReference(reference, context) {
    const person = await context.loaders.personByKey.load(reference.id);
    if (!person) return null;
    requirePersonRead(context, person.id, await enrolledRegions(person.id, context), 'Person');
    return person;
  },

  idType: async (person, _, context) => (await firstDocument(person, context)).idType,
  idNumber: async (person, _, context) =>
    idNumberFor(
      context.identity,
      person.id,
      await enrolledRegions(person.id, context),
      (await firstDocument(person, context)).idNumber,
    ),
  documents: (person, _, context) => context.loaders.documentsByPerson.load(person.id),

  enrollments: (person, _, context) => enrollmentsOf(context.loaders, person.id),

  enrolledRegions: (person, _, context) => enrolledRegions(person.id, context),
  recordKeys: (person, _, context) => recordKeysOf(context.loaders, person.id),
  enrollmentProof: async (person, _, context) =>
    proveEnrollment(
      context.config.personIdKey,
      person.id,
      await enrolledRegions(person.id, context),
      await recordKeysOf(context.loaders, person.id),
    ),

  retiredOn: async (person, _, context) =>
    (await factsOf(context.loaders, person.id)).find((fact) => fact.kind === 'RETIREMENT')?.retiredOn ?? null,
  exemptions: async (person, _, context) =>
    (await factsOf(context.loaders, person.id)).filter((fact) => fact.kind === 'EXEMPTION'),
  otherSchemeCover: async (person, _, context) =>
    (await factsOf(context.loaders, person.id)).filter((fact) => fact.kind === 'OTHER_SCHEME_COVER'),
};
