import { DataSource } from 'typeorm';
import type { Background, ServiceContext, SubgraphBase } from '#shared/server/subgraph.ts';
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

/**
 * Starts the workflow's background part. The effect runner has a small connection pool of its own, so that
 * background work and requests never wait for each other's connections (and request statistics stay its own).
 */
export async function startWorkflow(base: SubgraphBase): Promise<Workflow> {
  const services = new Services(base.config);
  const { logger: _logger, ...options } = base.db.dataSource.options;
  const effectsDataSource = await new DataSource({ ...options, migrationsRun: false, extra: { max: 2 } } as typeof options).initialize();
  const effects = new EffectRunner(effectsDataSource, services);
  effects.start();
  return {
    dataSource: base.db.dataSource,
    personIdKey: base.config.personIdKey,
    services,
    seals: new AgencySeals(base.config.agencySealKey),
    effects,
    stop: async () => {
      await effects.stop();
      await effectsDataSource.destroy();
    },
  };
}

export interface TransfersContext extends ServiceContext {
  loaders: TransferLoaders;
  workflow: Workflow;
}

export function createContext(base: ServiceContext): TransfersContext {
  return { ...base, loaders: createLoaders(base.db.dataSource), workflow: base.background as Workflow };
}
