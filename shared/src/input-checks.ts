import type { InputProblems } from './errors.ts';
import { regionCodeProblem } from './regions/regions.ts';

/** The check every subgraph applies to the region codes its inputs carry (documents: `identity/documents.ts`). */
export function checkRegionCode(problems: InputProblems, where: string, regionCode: string): void {
  const problem = regionCodeProblem(regionCode);
  if (problem) problems.add(where, problem);
}

/** A UUID-shaped id, so that a malformed one is "not found" rather than a database error. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** An idempotency key, when given: 1 to 200 characters. */
export function checkIdempotencyKey(problems: InputProblems, key: string | null | undefined): void {
  if (key != null && (key.length === 0 || key.length > 200)) problems.add('idempotencyKey', 'use 1 to 200 characters');
}
