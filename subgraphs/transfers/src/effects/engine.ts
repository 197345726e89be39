import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { redactIdNumbers } from '#shared/identity/gb11643.ts';
import { processLog, type Logger } from '#shared/observability/log.ts';
import { TransferEffectEntity, type EffectStep } from '../db/entities/workflow-records.ts';
import { EFFECTS_QUEUE, PARKED_QUEUE } from './queues.ts';

export interface EngineOptions {
  /** The runtime role's connection to this subgraph's database, where pg-boss keeps its tables. */
  connectionString: string;
  /** Attempts before a step's effects are parked for an operator. */
  attempts: number;
  /** The first retry waits this long; each next one about twice as long (pg-boss's backoff, with jitter). */
  retryDelaySeconds: number;
  /** A job still running after this long is taken to have died with its process and is tried again. */
  timeoutSeconds: number;
  /** Jobs run at once in this process: different transfers never wait for each other beyond this. */
  workers: number;
  /** Where the engine says what goes wrong (the service's logger; the process's by default). */
  log?: Logger;
}

interface EffectJob {
  transferId: string;
  step: EffectStep;
}

/** Carries out a step's effects; throws to have them tried again later. */
export type EffectHandler = (job: EffectJob) => Promise<void>;

const errorText = (error: unknown) => redactIdNumbers(String((error as Error)?.message ?? error)).slice(0, 500);

/**
 * The transfer's effects on the other subgraphs, on pg-boss 10 (a PostgreSQL job engine that runs on Node 20):
 * - a step's job is written in the step's own transaction (`enqueue`), with our record of it, so a step without
 *   its effects, or effects without their step, cannot exist;
 * - one job per step carries that step's effects in order, and a step waits for the previous one's, so a
 *   transfer's effects run in order; jobs of different transfers run side by side (`workers`);
 * - a failure is retried with exponential backoff; a job whose process died is retried once its timeout passes;
 *   after `attempts` it lands in the dead-letter queue and the step is PARKED, with the reason, until an
 *   operator retries it (`retry`).
 */
export class EffectEngine {
  private readonly boss: PgBoss;
  private readonly settled = new EventEmitter();
  private workerIds: string[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: EngineOptions,
  ) {
    this.boss = new PgBoss({
      connectionString: options.connectionString,
      schema: 'pgboss',
      max: options.workers + 2,
      // The schema is the migrations' business, done as the owner; cron schedules are not used.
      migrate: false,
      schedule: false,
      supervise: true,
      maintenanceIntervalSeconds: Math.max(1, Math.ceil(options.timeoutSeconds / 4)),
    });
    this.settled.setMaxListeners(0);
    this.boss.on('error', (error) =>
      (this.options.log ?? processLog()).error({ error: errorText(error) }, 'job engine'),
    );
  }

  async start(run: EffectHandler): Promise<void> {
    await this.boss.start();
    const work = async ([job]: PgBoss.Job<EffectJob>[]) => {
      const { transferId, step } = job!.data;
      try {
        await run(job!.data);
      } catch (error) {
        await this.dataSource
          .getRepository(TransferEffectEntity)
          .update({ transferId, step }, { attempts: () => 'attempts + 1', lastError: errorText(error) });
        throw error;
      }
      this.settled.emit(transferId);
    };
    for (let i = 0; i < this.options.workers; i++) {
      this.workerIds.push(
        await this.boss.work<EffectJob>(EFFECTS_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, work),
      );
    }
    this.workerIds.push(
      await this.boss.work<EffectJob>(PARKED_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
        const { transferId, step } = job!.data;
        await this.dataSource
          .createQueryBuilder()
          .update(TransferEffectEntity)
          .set({ status: 'PARKED', lastError: () => `coalesce(last_error, 'the job did not finish in time')` })
          .where({ transferId, step, status: 'PENDING' })
          .execute();
        (this.options.log ?? processLog()).warn({ transferId, step }, 'effects parked: an operator must retry them');
        this.settled.emit(transferId);
      }),
    );
  }

  /** In the step's transaction: the job that carries out its effects, and our record of it. */
  async enqueue(manager: EntityManager, transferId: string, step: EffectStep): Promise<void> {
    const jobId = randomUUID();
    await manager.upsert(
      TransferEffectEntity,
      { transferId, step, jobId, status: 'PENDING', attempts: 0, lastError: null },
      ['transferId', 'step'],
    );
    // pg-boss writes its job through our transaction's own connection.
    const connection = (
      manager.queryRunner as unknown as {
        databaseConnection: { query(text: string, values: unknown[]): Promise<{ rows: unknown[] }> };
      }
    ).databaseConnection;
    await this.boss.send(EFFECTS_QUEUE, { transferId, step } satisfies EffectJob, {
      id: jobId,
      retryLimit: this.options.attempts - 1,
      retryDelay: this.options.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: this.options.timeoutSeconds,
      db: { executeSql: (text, values) => connection.query(text, values) as Promise<{ rows: unknown[] }> },
    });
  }

  /** After a step's commit: the workers look for its job now instead of at their next poll. */
  wake(): void {
    for (const id of this.workerIds) this.boss.notifyWorker(id);
  }

  /** Until the step's effects are done or parked, or `timeoutMs` passes (they go on after that). */
  async waitFor(transferId: string, step: EffectStep, timeoutMs: number): Promise<void> {
    this.wake();
    const deadline = Date.now() + timeoutMs;
    const pending = async () =>
      (await this.dataSource.getRepository(TransferEffectEntity).findOneBy({ transferId, step }))?.status === 'PENDING';
    while ((await pending()) && Date.now() < deadline) {
      // Woken by a job of this transfer finishing here, or at the next poll (another replica may run it).
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(
          () => {
            this.settled.off(transferId, wake);
            resolve();
          },
          Math.min(200, Math.max(0, deadline - Date.now())),
        );
        this.settled.once(transferId, wake);
      });
    }
  }

  /** An operator's retry: every parked step of the transfer gets a new job with fresh attempts. */
  async retry(manager: EntityManager, transferId: string): Promise<EffectStep[]> {
    const parked = await manager.getRepository(TransferEffectEntity).findBy({ transferId, status: 'PARKED' });
    for (const effect of parked) await this.enqueue(manager, transferId, effect.step);
    return parked.map((effect) => effect.step);
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
