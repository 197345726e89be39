import { RegionFields, regionReference } from '#shared/regions/region-reference.ts';
import { scalarResolvers } from '#shared/scalars.ts';
import { defineSubgraph } from '#shared/server/subgraph.ts';
import type { Resolvers } from './generated/resolvers.ts';
import { createContext, type ContributionsContext } from './context.ts';
import { ContributionEntity } from './db/entities/contribution.ts';
import { DeemedPeriodEntity } from './db/entities/deemed-period.ts';
import { CreateContributions1732240000001 } from './db/migrations/1732240000001-create-contributions.ts';
import { AuditLog1732240000011 } from './db/migrations/1732240000011-audit-log.ts';
import { Mutation } from './resolvers/mutation.ts';
import { Person } from './resolvers/person.ts';
import { ContributionYearsResolvers, DuplicateMonthResolvers, RegionMonthsResolvers } from './resolvers/results.ts';

const resolvers: Resolvers = {
  ...scalarResolvers,
  Mutation,
  Person,
  Region: RegionFields,
  Contribution: { region: regionReference },
  DeemedPeriod: { region: regionReference },
  ContributionPeriod: { region: regionReference },
  ContributionYears: ContributionYearsResolvers,
  RegionMonths: RegionMonthsResolvers,
  DuplicateMonth: DuplicateMonthResolvers,
};

export const contributionsSubgraph = defineSubgraph<ContributionsContext>({
  name: 'contributions',
  schemaFile: new URL('../schema.graphql', import.meta.url),
  resolvers,
  entities: [ContributionEntity, DeemedPeriodEntity],
  migrations: [CreateContributions1732240000001, AuditLog1732240000011],
  // Records are never overwritten: a later payment is a record of its own.
  privileges: { tables: { contribution: ['SELECT', 'INSERT'], deemed_period: ['SELECT', 'INSERT'] } },
  createContext,
});
