import type { EntityManager } from 'typeorm';
import { Conflict } from '../errors.ts';
import type { ServiceContext } from '../server/subgraph.ts';
import { isUniqueViolation } from './unique-violation.ts';

/** What the audit trail records of a mutation: its name, the person it touches (if one), its input (masked). */
export interface MutationRecord {
  operation: string;
  personId: string | null;
  detail: unknown;
}

/**
 * A mutation with an idempotency key: the result an earlier request under the key produced (with that
 * request's fingerprint) is found by `find`; the same request gets it back, another request is a CONFLICT.
 */
export interface Idempotency<T> {
  key: string | null | undefined;
  /** The fingerprint of this request (`shared/src/fingerprint.ts`). */
  hash: string;
  find(manager: EntityManager, key: string): Promise<{ result: T; hash: string | null } | null>;
  /** What the key names, for the CONFLICT message: "entry", "application", "payout". */
  what: string;
}

/**
 * Every mutation's one transaction, passed to its command (n8n's `@n8n/db` transaction pattern): the audit row
 * is written first, so it commits or rolls back with the change, and there is exactly one per mutation. With an
 * idempotency key, a repeated request returns the first result and writes nothing more; two requests racing
 * with one key are ordered by the key's unique index, and the loser returns the winner's result.
 */
export async function runMutation<T>(
  context: ServiceContext,
  record: MutationRecord,
  work: (manager: EntityManager) => Promise<T>,
  idempotency?: Idempotency<T>,
): Promise<T> {
  const key = idempotency?.key ?? null;
  const attempt = () =>
    context.db.dataSource.transaction(async (manager) => {
      await context.audit.write(manager, record);
      if (idempotency && key !== null) {
        const earlier = await idempotency.find(manager, key);
        if (earlier) {
          if (earlier.hash !== idempotency.hash) {
            throw new Conflict(
              `idempotencyKey: this key was already used for a different ${idempotency.what}; use a new key for a new ${idempotency.what}.`,
            );
          }
          return earlier.result;
        }
      }
      return work(manager);
    });
  try {
    return await attempt();
  } catch (error) {
    if (key !== null && isUniqueViolation(error)) return attempt();
    throw error;
  }
}
