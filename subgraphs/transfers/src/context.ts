import type { DataSource } from 'typeorm';
import type { Background, ServiceContext } from '#shared/server/subgraph.ts';
import { Services } from './clients/services.ts';
import { EffectRunner } from './effects/effect-runner.ts';
import { createLoaders, type TransferLoaders } from './loaders.ts';
import { AgencySeals } from './seal/agency-seal.ts';

/** What the workflow needs beside its database: the other subgraphs, the seals and the effect runner. */
export interface Workflow extends Background {
  dataSource: DataSource;
  personIdKey: string;
  services: Services;
  seals: AgencySeals;
  effects: EffectRunner;
}

export function startWorkflow(base: ServiceContext): Workflow {
  const services = new Services(base.config);
  const effects = new EffectRunner(base.db.dataSource, services);
  effects.start();
  return {
    dataSource: base.db.dataSource,
    personIdKey: base.config.personIdKey,
    services,
    seals: new AgencySeals(base.config.agencySealKey),
    effects,
    stop: () => effects.stop(),
  };
}

export interface TransfersContext extends ServiceContext {
  loaders: TransferLoaders;
  workflow: Workflow;
}

export function createContext(base: ServiceContext): TransfersContext {
  return { ...base, loaders: createLoaders(base.db.dataSource), workflow: base.background as Workflow };
}
