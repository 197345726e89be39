import type { DataSource, EntityManager } from 'typeorm';
import { Conflict } from '#shared/errors.ts';
import { isUniqueViolation } from '#shared/database/unique-violation.ts';
import { AccountEntryEntity, type AccountEntryRow } from '../db/entities/account-entry.ts';

async function replay(manager: EntityManager, key: string, hash: string): Promise<AccountEntryRow | null> {
  const earlier = await manager.findOneBy(AccountEntryEntity, { idempotencyKey: key });
  if (!earlier) return null;
  if (earlier.requestHash !== hash) {
    throw new Conflict('idempotencyKey: this key was already used for a different entry; use a new key for a new entry.');
  }
  return earlier;
}

/**
 * Runs `post` in a transaction, once per idempotency key: the same key and request return the first entry,
 * the same key with another request is a CONFLICT. Without a key every call posts.
 */
export async function postOnce(
  dataSource: DataSource,
  key: string | null,
  hash: string,
  post: (manager: EntityManager) => Promise<AccountEntryRow>,
): Promise<AccountEntryRow> {
  const attempt = () =>
    dataSource.transaction(async (manager) => (key !== null ? await replay(manager, key, hash) : null) ?? post(manager));
  try {
    return await attempt();
  } catch (error) {
    // Two requests raced with one key: the other one's entry is the first result.
    if (key !== null && isUniqueViolation(error)) return attempt();
    throw error;
  }
}
