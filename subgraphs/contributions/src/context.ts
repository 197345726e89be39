import type { ServiceContext } from '#shared/server/subgraph.ts';
import { createLoaders, type ContributionLoaders } from './loaders.ts';

export interface ContributionsContext extends ServiceContext {
  loaders: ContributionLoaders;
}

export function createContext(base: ServiceContext): ContributionsContext {
  return { ...base, loaders: createLoaders(base.db.dataSource) };
}
