import type { DataSource } from 'typeorm';

/** What `/readyz` answers: ready or not, and each check's state in a word (never anything about people). */
export interface Readiness {
  ready: boolean;
  checks: Record<string, string>;
}

/** A check that does not answer in this long counts as failed: a probe must answer before its own timeout. */
export const READINESS_TIMEOUT_MS = 2000;

export function withTimeout<T>(work: Promise<T>, ms = READINESS_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * A subgraph is ready when its database answers (as the runtime role, through its own pool) and holds every
 * migration the code knows (the `migrations` table TypeORM keeps).
 */
export function subgraphReadiness(dataSource: DataSource, migrationCount: number): () => Promise<Readiness> {
  return async (): Promise<Readiness> => {
    try {
      const [{ applied }] = await withTimeout(
        dataSource.query('SELECT count(*)::int AS applied FROM migrations') as Promise<[{ applied: number }]>,
      );
      const migrations = applied >= migrationCount ? 'applied' : 'pending';
      return { ready: migrations === 'applied', checks: { database: 'ok', migrations } };
    } catch {
      return { ready: false, checks: { database: 'unavailable' } };
    }
  };
}
