import { scalarResolvers } from '#shared/scalars.ts';
import { defineSubgraph } from '#shared/server/subgraph.ts';
import { createContext, type AccountsContext } from './context.ts';
import { AccountEntryEntity } from './db/entities/account-entry.ts';
import { PersonalAccountEntity } from './db/entities/personal-account.ts';
import { CreateLedger1732240000002 } from './db/migrations/1732240000002-create-ledger.ts';
import { Mutation } from './resolvers/mutation.ts';
import { Person, PersonalAccount } from './resolvers/person.ts';

export const accountsSubgraph = defineSubgraph<AccountsContext>({
  name: 'accounts',
  schemaFile: new URL('../schema.graphql', import.meta.url),
  resolvers: {
    ...scalarResolvers,
    Mutation,
    Person,
    PersonalAccount,
  },
  entities: [PersonalAccountEntity, AccountEntryEntity],
  migrations: [CreateLedger1732240000002],
  createContext,
});
