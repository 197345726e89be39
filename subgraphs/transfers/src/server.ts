import { RegionFields } from '#shared/regions/region-reference.ts';
import { scalarResolvers } from '#shared/scalars.ts';
import { defineSubgraph } from '#shared/server/subgraph.ts';
import type { Resolvers } from './generated/resolvers.ts';
import { createContext, startWorkflow, type TransfersContext } from './context.ts';
import { TransferEntity } from './db/entities/transfer.ts';
import {
  TransferDeadlineEntity,
  TransferDocumentEntity,
  TransferEffectEntity,
  TransferEventEntity,
} from './db/entities/workflow-records.ts';
import { CreateTransfers1732240000003 } from './db/migrations/1732240000003-create-transfers.ts';
import { TransferWorkflow1732240000005 } from './db/migrations/1732240000005-transfer-workflow.ts';
import { AuditLog1732240000013 } from './db/migrations/1732240000013-audit-log.ts';
import { Employer1732240000014 } from './db/migrations/1732240000014-employer.ts';
import { EffectsEngine1732240000017 } from './db/migrations/1732240000017-effects-engine.ts';
import { ApplicationDocument1732240000021 } from './db/migrations/1732240000021-application-document.ts';
import { watchEffects } from './effects/effect-metrics.ts';
import { Mutation } from './resolvers/mutation.ts';
import { PreviewQuery } from './resolvers/preview.ts';
import { Agency } from './resolvers/agency.ts';
import { Person } from './resolvers/person.ts';
import { Transfer, TransferQuery } from './resolvers/transfer.ts';

const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: { ...TransferQuery, ...PreviewQuery },
  Mutation,
  Person,
  Region: RegionFields,
  Agency,
  Transfer,
};

export const transfersSubgraph = defineSubgraph<TransfersContext>({
  name: 'transfers',
  schemaFile: new URL('../schema.graphql', import.meta.url),
  resolvers,
  entities: [TransferEntity, TransferEventEntity, TransferDeadlineEntity, TransferDocumentEntity, TransferEffectEntity],
  migrations: [
    CreateTransfers1732240000003,
    TransferWorkflow1732240000005,
    AuditLog1732240000013,
    Employer1732240000014,
    EffectsEngine1732240000017,
    ApplicationDocument1732240000021,
  ],
  // Events and sealed documents are only ever added; a step replaces the deadlines it changes.
  privileges: {
    tables: {
      transfer: ['SELECT', 'INSERT', 'UPDATE'],
      transfer_event: ['SELECT', 'INSERT'],
      transfer_deadline: ['SELECT', 'INSERT', 'DELETE'],
      transfer_document: ['SELECT', 'INSERT'],
      transfer_effect: ['SELECT', 'INSERT', 'UPDATE'],
    },
    // The job engine's own tables: its workers insert, lock, complete and archive jobs there.
    schemas: ['pgboss'],
  },
  createContext,
  startBackground: startWorkflow,
  addMetrics: (metrics, base) => watchEffects(metrics.registry, base.db.dataSource),
});
