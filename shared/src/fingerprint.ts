import { createHash } from 'node:crypto';

/** A fingerprint of everything that defines a request, to tell a retry from another request under one key. */
export function fingerprint(parts: readonly (string | bigint | null | undefined)[]): string {
  return createHash('sha256')
    .update(parts.map((part) => String(part ?? '')).join('|'))
    .digest('hex');
}
