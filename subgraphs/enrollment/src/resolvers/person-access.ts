import { canReadPerson } from '#shared/auth/authorize.ts';
import type { EnrollmentContext } from '../context.ts';
import type { PersonRow } from '../db/entities/person.ts';
import { enrollmentsOf } from '../loaders.ts';

/** The regions a person is enrolled in, any status, under any of their documents: what agencies are authorized by. */
export async function enrolledRegions(personId: string, context: EnrollmentContext): Promise<string[]> {
  return [...new Set((await enrollmentsOf(context.loaders, personId)).map((enrollment) => enrollment.regionCode))];
}

/** Whether the caller may read this person's record; every read is put on the audit trail. */
export async function mayRead(person: PersonRow, context: EnrollmentContext): Promise<boolean> {
  const allowed = canReadPerson(context.identity, person.id, await enrolledRegions(person.id, context));
  if (allowed) context.audit.read(person.id, 'Person');
  return allowed;
}
