import { guardPerson, type PersonRepresentation } from '#shared/auth/person-guard.ts';
import { BadUserInput } from '#shared/errors.ts';
import type { AccountsContext } from '../context.ts';
import type { PersonalAccountRow } from '../db/entities/personal-account.ts';
import { fundsOf } from '../domain/transfer-funds.ts';

export const Person = {
  __resolveReference: (reference: PersonRepresentation) => reference,
  accounts: (person: PersonRepresentation, _: unknown, context: AccountsContext) => {
    guardPerson(context, person, 'accounts');
    return context.loaders.accountsByPerson.load(person.id);
  },
  benefitUse: (person: PersonRepresentation, _: unknown, context: AccountsContext) => {
    guardPerson(context, person, 'benefitUse');
    return context.loaders.benefitUseByPerson.load(person.id);
  },
  fundsInTransit: async (person: PersonRepresentation, _: unknown, context: AccountsContext) => {
    guardPerson(context, person, 'fundsInTransit');
    return (await context.loaders.fundsInTransitByPerson.load(person.id)).map((row) => fundsOf(row.transferId, row));
  },
};

export const PersonalAccount = {
  region: (account: PersonalAccountRow) => ({ code: account.regionCode }),
  entries: (account: PersonalAccountRow, args: { last?: number | null }, context: AccountsContext) => {
    if (args.last != null && args.last < 1) throw new BadUserInput('last: ask for at least 1 entry, or leave it out.');
    return context.loaders.entries(args.last ?? null).load(account.id);
  },
};
