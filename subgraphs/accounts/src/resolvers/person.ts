import { guardPerson } from '#shared/auth/person-guard.ts';
import { loadForKeys } from '#shared/database/batch.ts';
import { BadUserInput } from '#shared/errors.ts';
import { fundsOf } from '../domain/transfer-funds.ts';
import type { PersonalAccountResolvers, PersonResolvers } from '../generated/resolvers.ts';

export const Person: PersonResolvers = {
  __resolveReference: (reference) => reference,
  /** By region; a region may hold one under each of the person's documents when two records were linked. */
  accounts: async (person, _, context) =>
    (await loadForKeys(context.loaders.accountsByPerson, guardPerson(context, person, 'accounts'))).sort((a, b) =>
      a.regionCode.localeCompare(b.regionCode),
    ),
  benefitUse: async (person, _, context) =>
    (await loadForKeys(context.loaders.benefitUseByPerson, guardPerson(context, person, 'benefitUse'))).sort(
      (a, b) => a.month - b.month || a.regionCode.localeCompare(b.regionCode),
    ),
  fundsInTransit: async (person, _, context) =>
    (await loadForKeys(context.loaders.fundsInTransitByPerson, guardPerson(context, person, 'fundsInTransit')))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((row) => fundsOf(row.transferId, row)),
};

export const PersonalAccount: PersonalAccountResolvers = {
  region: (account) => ({ code: account.regionCode }),
  entries: (account, args, context) => {
    if (args.last != null && args.last < 1) throw new BadUserInput('last: ask for at least 1 entry, or leave it out.');
    return context.loaders.entries(args.last ?? null).load(account.id);
  },
};
