import { guardPerson } from '#shared/auth/person-guard.ts';
import { loadForKeys } from '#shared/database/batch.ts';
import type { PersonResolvers } from '../generated/resolvers.ts';

export const Person: PersonResolvers = {
  __resolveReference: (reference) => reference,
  /** Under every key of the person's (a person linked from another record brings that record's transfers), newest first. */
  transfers: async (person, _, context) =>
    (await loadForKeys(context.loaders.transfersByPerson, guardPerson(context, person, 'transfers'))).sort(
      (a, b) => Number(b.seq) - Number(a.seq),
    ),
};
