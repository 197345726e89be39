import type { ServiceContext } from '#shared/server/subgraph.ts';
import { createLoaders, type TransferLoaders } from './loaders.ts';

export interface TransfersContext extends ServiceContext {
  loaders: TransferLoaders;
}

export function createContext(base: ServiceContext): TransfersContext {
  return { ...base, loaders: createLoaders(base.db.dataSource) };
}
