import type { ServiceContext } from '#shared/server/subgraph.ts';
import { createLoaders, type AccountLoaders } from './loaders.ts';

export interface AccountsContext extends ServiceContext {
  loaders: AccountLoaders;
}

export function createContext(base: ServiceContext): AccountsContext {
  return { ...base, loaders: createLoaders(base.db.dataSource) };
}
