import type { ContributionsContext } from '../context.ts';
import { arrears, paidContributions, type ContributionFilter } from '../domain/history.ts';

type PersonReference = { id: string };

export const Person = {
  __resolveReference: (reference: PersonReference) => ({ id: reference.id }),

  contributions: async (person: PersonReference, filter: ContributionFilter, context: ContributionsContext) =>
    paidContributions(await context.loaders.contributionsByPerson.load(person.id), filter),

  arrears: async (person: PersonReference, _: unknown, context: ContributionsContext) =>
    arrears(await context.loaders.contributionsByPerson.load(person.id)),

  deemedPeriods: (person: PersonReference, _: unknown, context: ContributionsContext) =>
    context.loaders.deemedPeriodsByPerson.load(person.id),
};
