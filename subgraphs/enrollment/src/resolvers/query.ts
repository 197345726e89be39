import { BadUserInput, InputProblems } from '#shared/errors.ts';
import { personIdFor } from '#shared/id-number.ts';
import { checkIdNumber } from '#shared/input-checks.ts';
import { ALL_REGIONS, findRegion } from '#shared/regions/regions.ts';
import type { EnrollmentContext } from '../context.ts';

/** Dashboards ask for many people at once; more than this per request is refused. */
export const MAX_PERSONS_PER_REQUEST = 1000;

export const Query = {
  person(_: unknown, args: { idNumber: string }, context: EnrollmentContext) {
    const problems = new InputProblems();
    checkIdNumber(problems, 'idNumber', args.idNumber);
    problems.throwIfAny('No person was looked up');
    return context.loaders.personById.load(personIdFor(context.config.personIdKey, args.idNumber));
  },

  persons(_: unknown, args: { idNumbers: string[] }, context: EnrollmentContext) {
    if (args.idNumbers.length > MAX_PERSONS_PER_REQUEST) {
      throw new BadUserInput(
        `idNumbers: ${args.idNumbers.length} numbers asked, at most ${MAX_PERSONS_PER_REQUEST} per request: split the list.`,
      );
    }
    const problems = new InputProblems();
    args.idNumbers.forEach((idNumber, index) => checkIdNumber(problems, `idNumbers[${index}]`, idNumber));
    problems.throwIfAny('No person was looked up');
    const ids = args.idNumbers.map((idNumber) => personIdFor(context.config.personIdKey, idNumber));
    return context.loaders.personById.loadMany(ids);
  },

  regions(_: unknown, args: { provinceCode?: string | null }) {
    if (!args.provinceCode) return ALL_REGIONS;
    return ALL_REGIONS.filter((region) => region.provinceCode === args.provinceCode);
  },

  region(_: unknown, args: { code: string }) {
    return findRegion(args.code) ?? null;
  },
};
