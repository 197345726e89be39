import { DomainError, type ErrorCode } from '#shared/errors.ts';

const PASSED_ON: ErrorCode[] = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN'];

/** A subgraph could not be reached or failed: the step stays recorded and is retried. */
export class SubgraphUnavailable extends Error {}

/**
 * Calls another subgraph directly (its internal mutations and `_entities`), as a service of the hub. A
 * domain error it answers with (CONFLICT, NOT_FOUND, …) is passed on to the caller unchanged.
 */
export async function callSubgraph<T>(name: string, url: string, query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new SubgraphUnavailable(`the ${name} subgraph is unreachable: ${(error as Error).message}`);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: ErrorCode } }[] };
  const [first] = body.errors ?? [];
  if (first) {
    const code = first.extensions?.code;
    if (code && PASSED_ON.includes(code)) throw new DomainError(code, first.message);
    throw new SubgraphUnavailable(`the ${name} subgraph failed: ${first.message}`);
  }
  if (!response.ok || body.data === undefined) throw new SubgraphUnavailable(`the ${name} subgraph answered ${response.status}`);
  return body.data;
}
