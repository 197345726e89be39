import type { EntityManager } from 'typeorm';
import type { Idempotency } from '#shared/database/mutation.ts';
import { AccountEntryEntity, type AccountEntryRow } from '../db/entities/account-entry.ts';

/**
 * The ledger's side of the idempotency helper (`runMutation`): an entry keeps the key it was posted under and
 * the fingerprint of the request that made it, so a retry finds it and another request under the key is refused.
 */
export function entryIdempotency(key: string | null, hash: string, what: string): Idempotency<AccountEntryRow> {
  return {
    key,
    hash,
    what,
    find: async (manager: EntityManager, key: string) => {
      const earlier = await manager.findOneBy(AccountEntryEntity, { idempotencyKey: key });
      return earlier ? { result: earlier, hash: earlier.requestHash } : null;
    },
  };
}
