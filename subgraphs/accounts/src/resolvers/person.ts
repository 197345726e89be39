import { BadUserInput } from '#shared/errors.ts';
import type { AccountsContext } from '../context.ts';
import type { PersonalAccountRow } from '../db/entities/personal-account.ts';

export const Person = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
  accounts: (person: { id: string }, _: unknown, context: AccountsContext) =>
    context.loaders.accountsByPerson.load(person.id),
  benefitUse: (person: { id: string }, _: unknown, context: AccountsContext) =>
    context.loaders.benefitUseByPerson.load(person.id),
};

export const PersonalAccount = {
  region: (account: PersonalAccountRow) => ({ code: account.regionCode }),
  entries: (account: PersonalAccountRow, args: { last?: number | null }, context: AccountsContext) => {
    if (args.last != null && args.last < 1) throw new BadUserInput('last: ask for at least 1 entry, or leave it out.');
    return context.loaders.entries(args.last ?? null).load(account.id);
  },
};
