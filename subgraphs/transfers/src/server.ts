import { scalarResolvers } from '#shared/scalars.ts';
import { defineSubgraph } from '#shared/server/subgraph.ts';
import { createContext, type TransfersContext } from './context.ts';
import { TransferEntity } from './db/entities/transfer.ts';
import { CreateTransfers1732240000003 } from './db/migrations/1732240000003-create-transfers.ts';
import { Person, Query, Transfer } from './resolvers/transfer.ts';

export const transfersSubgraph = defineSubgraph<TransfersContext>({
  name: 'transfers',
  schemaFile: new URL('../schema.graphql', import.meta.url),
  resolvers: { ...scalarResolvers, Query, Person, Transfer },
  entities: [TransferEntity],
  migrations: [CreateTransfers1732240000003],
  createContext,
});
