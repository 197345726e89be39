import type { ServiceContext } from '#shared/server/subgraph.ts';
import { createLoaders, type EnrollmentLoaders } from './loaders.ts';

export interface EnrollmentContext extends ServiceContext {
  loaders: EnrollmentLoaders;
}

export function createContext(base: ServiceContext): EnrollmentContext {
  return { ...base, loaders: createLoaders(base.db.dataSource) };
}
