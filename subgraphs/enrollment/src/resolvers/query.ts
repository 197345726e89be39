import { Forbidden, requirePersonRead } from '#shared/auth/authorize.ts';
import { BadUserInput, InputProblems } from '#shared/errors.ts';
import { personIdFor } from '#shared/id-number.ts';
import { checkIdNumber } from '#shared/input-checks.ts';
import { ALL_REGIONS, findRegion } from '#shared/regions/regions.ts';
import type { EnrollmentContext } from '../context.ts';
import { enrolledRegions, mayRead } from './person-access.ts';

/** Dashboards ask for many people at once; more than this per request is refused. */
export const MAX_PERSONS_PER_REQUEST = 1000;

export const Query = {
  /** A person may look up only themselves; an agency, people enrolled in its region. */
  async person(_: unknown, args: { idNumber: string }, context: EnrollmentContext) {
    const problems = new InputProblems();
    checkIdNumber(problems, 'idNumber', args.idNumber);
    problems.throwIfAny('No person was looked up');
    const personId = personIdFor(context.config.personIdKey, args.idNumber);
    const { identity } = context;
    if (identity.role === 'EMPLOYER' || (identity.role === 'PERSON' && identity.personId !== personId)) {
      throw new Forbidden("This person's record is not open to you: a person sees their own, an agency those enrolled in its region.");
    }
    const person = await context.loaders.personById.load(personId);
    if (!person) return null;
    requirePersonRead(identity, person.id, await enrolledRegions(person.id, context));
    context.audit.read(person.id, 'Person');
    return person;
  },

  /** In the order asked; null for an unknown number and for a record the caller may not see. */
  async persons(_: unknown, args: { idNumbers: string[] }, context: EnrollmentContext) {
    if (args.idNumbers.length > MAX_PERSONS_PER_REQUEST) {
      throw new BadUserInput(
        `idNumbers: ${args.idNumbers.length} numbers asked, at most ${MAX_PERSONS_PER_REQUEST} per request: split the list.`,
      );
    }
    const problems = new InputProblems();
    args.idNumbers.forEach((idNumber, index) => checkIdNumber(problems, `idNumbers[${index}]`, idNumber));
    problems.throwIfAny('No person was looked up');
    const ids = args.idNumbers.map((idNumber) => personIdFor(context.config.personIdKey, idNumber));
    const people = await context.loaders.personById.loadMany(ids);
    return Promise.all(people.map(async (person) => (person && !(person instanceof Error) && (await mayRead(person, context)) ? person : null)));
  },

  regions(_: unknown, args: { provinceCode?: string | null }) {
    if (!args.provinceCode) return [...ALL_REGIONS];
    return ALL_REGIONS.filter((region) => region.provinceCode === args.provinceCode);
  },

  region(_: unknown, args: { code: string }) {
    return findRegion(args.code) ?? null;
  },
};
