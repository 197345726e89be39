import { RegionFields } from '#shared/regions/region-reference.ts';
import { scalarResolvers } from '#shared/scalars.ts';
import { defineSubgraph } from '#shared/server/subgraph.ts';
import type { Resolvers } from './generated/resolvers.ts';
import { createContext, type AccountsContext } from './context.ts';
import { AccountEntryEntity } from './db/entities/account-entry.ts';
import { PersonalAccountEntity } from './db/entities/personal-account.ts';
import { AccountTransferEntity } from './db/entities/account-transfer.ts';
import { CreateLedger1732240000002 } from './db/migrations/1732240000002-create-ledger.ts';
import { AccountTransfers1732240000004 } from './db/migrations/1732240000004-account-transfers.ts';
import { AuditLog1732240000012 } from './db/migrations/1732240000012-audit-log.ts';
import {
  LedgerFunction1732240000015,
  LOCK_ACCOUNT_BALANCE,
  POST_ACCOUNT_ENTRY,
} from './db/migrations/1732240000015-ledger-function.ts';
import { FundsInTransit1732240000016 } from './db/migrations/1732240000016-funds-in-transit.ts';
import { TransferRecordKeys1732240000020 } from './db/migrations/1732240000020-transfer-record-keys.ts';
import { Mutation } from './resolvers/mutation.ts';
import { Person, PersonalAccount } from './resolvers/person.ts';
import { SettlementQuery, SettlementTypes } from './resolvers/settlement.ts';
import { Transfer, TransferFundsMutation, TransferFundsTypes } from './resolvers/transfer-funds.ts';

const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: SettlementQuery,
  Mutation: { ...Mutation, ...TransferFundsMutation },
  Person,
  Region: RegionFields,
  PersonalAccount,
  Transfer,
  ...TransferFundsTypes,
  ...SettlementTypes,
};

export const accountsSubgraph = defineSubgraph<AccountsContext>({
  name: 'accounts',
  schemaFile: new URL('../schema.graphql', import.meta.url),
  resolvers,
  entities: [PersonalAccountEntity, AccountEntryEntity, AccountTransferEntity],
  migrations: [
    CreateLedger1732240000002,
    AccountTransfers1732240000004,
    AuditLog1732240000012,
    LedgerFunction1732240000015,
    FundsInTransit1732240000016,
    TransferRecordKeys1732240000020,
  ],
  // Balances and entries change only through the ledger's one function.
  privileges: {
    tables: {
      personal_account: ['SELECT'],
      account_entry: ['SELECT'],
      account_transfer: ['SELECT', 'INSERT', 'UPDATE'],
    },
    functions: [POST_ACCOUNT_ENTRY, LOCK_ACCOUNT_BALANCE],
  },
  createContext,
});
