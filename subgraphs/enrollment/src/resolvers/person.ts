import { idNumberFor, requirePersonRead } from '#shared/auth/authorize.ts';
import { proveEnrolledRegions } from '#shared/auth/enrollment-proof.ts';
import type { EnrollmentContext } from '../context.ts';
import type { PersonRow } from '../db/entities/person.ts';
import { enrolledRegions } from './person-access.ts';

export const Person = {
  /** The gateway asks for a person by id (from another subgraph's field): the same rule as the root fields. */
  async __resolveReference(reference: { id: string }, context: EnrollmentContext) {
    const person = await context.loaders.personById.load(reference.id);
    if (!person) return null;
    requirePersonRead(context.identity, person.id, await enrolledRegions(person.id, context));
    context.audit.read(person.id, 'Person');
    return person;
  },

  idNumber: async (person: PersonRow, _: unknown, context: EnrollmentContext) =>
    idNumberFor(context.identity, person.id, await enrolledRegions(person.id, context), person.idNumber),

  enrollments: (person: PersonRow, _: unknown, context: EnrollmentContext) => context.loaders.enrollmentsByPerson.load(person.id),

  enrolledRegions: (person: PersonRow, _: unknown, context: EnrollmentContext) => enrolledRegions(person.id, context),

  retiredOn: async (person: PersonRow, _: unknown, context: EnrollmentContext) =>
    (await context.loaders.factsByPerson.load(person.id)).find((fact) => fact.kind === 'RETIREMENT')?.retiredOn ?? null,
  exemptions: async (person: PersonRow, _: unknown, context: EnrollmentContext) =>
    (await context.loaders.factsByPerson.load(person.id)).filter((fact) => fact.kind === 'EXEMPTION'),
  otherSchemeCover: async (person: PersonRow, _: unknown, context: EnrollmentContext) =>
    (await context.loaders.factsByPerson.load(person.id)).filter((fact) => fact.kind === 'OTHER_SCHEME_COVER'),

  enrolledRegionsProof: async (person: PersonRow, _: unknown, context: EnrollmentContext) =>
    proveEnrolledRegions(context.config.personIdKey, person.id, await enrolledRegions(person.id, context)),
};
