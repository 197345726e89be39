import { admitPersonRead } from '#shared/auth/person-guard.ts';
import type { EnrollmentContext } from '../context.ts';
import type { PersonRow } from '../db/entities/person.ts';
import { enrollmentsOf } from '../loaders.ts';

/** The regions a person is enrolled in, any status, under any of their documents: what agencies are authorized by. */
export async function enrolledRegions(personId: string, context: EnrollmentContext): Promise<string[]> {
  return [...new Set((await enrollmentsOf(context.loaders, personId)).map((enrollment) => enrollment.regionCode))];
}

/** Whether the caller may read this person's record (the one rule, `admitPersonRead`; the read is audited). */
export async function mayRead(person: PersonRow, context: EnrollmentContext): Promise<boolean> {
  return admitPersonRead(context, person.id, await enrolledRegions(person.id, context), 'Person');
}
