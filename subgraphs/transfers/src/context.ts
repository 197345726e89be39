import type { DataSource } from 'typeorm';
import type { Background, ServiceContext, SubgraphBase } from '#shared/server/subgraph.ts';
import { Services } from './clients/services.ts';
import { EffectEngine } from './effects/engine.ts';
import { stepEffects } from './effects/step-effects.ts';
import { createLoaders, type TransferLoaders } from './loaders.ts';
import { AgencySeals } from './seal/agency-seal.ts';

/** What the workflow needs beside its database: the other subgraphs, the seals and the job engine. */
export interface Workflow extends Background {
  dataSource: DataSource;
  personIdKey: string;
  services: Services;
  seals: AgencySeals;
  effects: EffectEngine;
  /** How long a step waits for its effects before it answers with the status that says they are under way. */
  stepWaitMs: number;
}

/** Starts the workflow's background part: the job engine's workers, on the runtime role's own connections. */
export async function startWorkflow(base: SubgraphBase): Promise<Workflow> {
  const { transferEffects } = base.config;
  const effects = new EffectEngine(base.db.dataSource, {
    connectionString: (base.db.dataSource.options as { url: string }).url,
    attempts: transferEffects.attempts,
    retryDelaySeconds: transferEffects.retryDelaySeconds,
    timeoutSeconds: transferEffects.timeoutSeconds,
    workers: 4,
    log: base.log,
  });
  const workflow: Workflow = {
    dataSource: base.db.dataSource,
    personIdKey: base.config.personIdKey,
    services: new Services(base.config),
    seals: new AgencySeals(base.config.agencySealKey),
    effects,
    stepWaitMs: transferEffects.stepWaitMs,
    stop: () => effects.stop(),
  };
  await effects.start(stepEffects(workflow));
  return workflow;
}

export interface TransfersContext extends ServiceContext {
  loaders: TransferLoaders;
  workflow: Workflow;
}

export function createContext(base: ServiceContext): TransfersContext {
  return { ...base, loaders: createLoaders(base.db.dataSource), workflow: base.background as Workflow };
}
