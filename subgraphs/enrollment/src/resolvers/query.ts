import { Forbidden, requirePersonRead } from '#shared/auth/authorize.ts';
import { BadUserInput, InputProblems } from '#shared/errors.ts';
import { checkDocument, documentKeyFor, type DocumentInput, type IdType } from '#shared/identity/documents.ts';
import { ALL_REGIONS, findRegion } from '#shared/regions/regions.ts';
import type { EnrollmentContext } from '../context.ts';
import { enrolledRegions, mayRead } from './person-access.ts';

/** Dashboards ask for many people at once; more than this per request is refused. */
export const MAX_PERSONS_PER_REQUEST = 1000;

export const Query = {
  /** By any of the person's documents. A person may look up only themselves; an agency, people enrolled in its region. */
  async person(_: unknown, args: DocumentInput, context: EnrollmentContext) {
    const problems = new InputProblems();
    checkDocument(problems, args);
    problems.throwIfAny('No person was looked up');
    const key = documentKeyFor(context.config.personIdKey, args);
    const person = await context.loaders.personByKey.load(key);
    const { identity } = context;
    if (identity.role === 'EMPLOYER' || (identity.role === 'PERSON' && identity.personId !== (person?.id ?? key))) {
      throw new Forbidden(
        "This person's record is not open to you: a person sees their own, an agency those enrolled in its region.",
      );
    }
    if (!person) return null;
    requirePersonRead(identity, person.id, await enrolledRegions(person.id, context));
    context.audit.read(person.id, 'Person');
    return person;
  },

  /** In the order asked; null for an unknown number and for a record the caller may not see. */
  async persons(_: unknown, args: { idNumbers: string[]; idType?: IdType | null }, context: EnrollmentContext) {
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

  regions(_: unknown, args: { provinceCode?: string | null }) {
    if (!args.provinceCode) return [...ALL_REGIONS];
    return ALL_REGIONS.filter((region) => region.provinceCode === args.provinceCode);
  },

  region(_: unknown, args: { code: string }) {
    return findRegion(args.code) ?? null;
  },
};
