import { Forbidden } from '#shared/auth/authorize.ts';
import { PERSON_NOT_OPEN, requirePersonRead } from '#shared/auth/person-guard.ts';
import { BadUserInput, InputProblems } from '#shared/errors.ts';
import { checkDocument, documentKeyFor } from '#shared/identity/documents.ts';
import { ALL_REGIONS, findRegion } from '#shared/regions/regions.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { enrolledRegions, mayRead } from './person-access.ts';

/** Dashboards ask for many people at once; more than this per request is refused. */
export const MAX_PERSONS_PER_REQUEST = 1000;

export const Query: QueryResolvers = {
  /** By any of the person's documents. A person may look up only themselves; an agency, people enrolled in its region. */
  async person(_, args, context) {
    const problems = new InputProblems();
    checkDocument(problems, args);
    problems.throwIfAny('No person was looked up');
    const key = documentKeyFor(context.config.personIdKey, args);
    const person = await context.loaders.personByKey.load(key);
    const { identity } = context;
    if (identity.role === 'EMPLOYER' || (identity.role === 'PERSON' && identity.personId !== (person?.id ?? key))) {
      throw new Forbidden(PERSON_NOT_OPEN);
    }
    if (!person) return null;
    requirePersonRead(context, person.id, await enrolledRegions(person.id, context), 'Person');
    return person;
  },

  /** In the order asked; null for an unknown number and for a record the caller may not see. */
  async persons(_, args, context) {
    if (args.idNumbers.length > MAX_PERSONS_PER_REQUEST) {
      throw new BadUserInput(
        `idNumbers: ${args.idNumbers.length} numbers asked, at most ${MAX_PERSONS_PER_REQUEST} per request: split the list.`,
      );
    }
    const problems = new InputProblems();
    const documents = args.idNumbers.map((idNumber) => ({ idNumber, idType: args.idType ?? null }));
    documents.forEach((document, index) =>
      checkDocument(problems, document, { number: `idNumbers[${index}]`, issuingCountry: 'idType' }),
    );
    problems.throwIfAny('No person was looked up');
    const people = await context.loaders.personByKey.loadMany(
      documents.map((document) => documentKeyFor(context.config.personIdKey, document)),
    );
    return Promise.all(
      people.map(async (person) =>
        person && !(person instanceof Error) && (await mayRead(person, context)) ? person : null,
      ),
    );
  },

  regions(_, args) {
    if (!args.provinceCode) return [...ALL_REGIONS];
    return ALL_REGIONS.filter((region) => region.provinceCode === args.provinceCode);
  },

  region(_, args) {
    return findRegion(args.code) ?? null;
  },
};
