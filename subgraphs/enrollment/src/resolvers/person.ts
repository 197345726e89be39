import type { EnrollmentContext } from '../context.ts';
import type { PersonRow } from '../db/entities/person.ts';

export const Person = {
  __resolveReference: (reference: { id: string }, context: EnrollmentContext) =>
    context.loaders.personById.load(reference.id),

  enrollments: (person: PersonRow, _: unknown, context: EnrollmentContext) =>
    context.loaders.enrollmentsByPerson.load(person.id),
};
