import { IDENTITY_HEADER, signIdentity, WORKFLOW_SERVICE } from '#shared/auth/identity.ts';
import { DomainError, isClientErrorCode, type ErrorCode } from '#shared/errors.ts';

/** A subgraph could not be reached or failed: the step stays recorded and is retried. */
export class SubgraphUnavailable extends Error {}

/**
 * Calls another subgraph directly (its internal mutations and `_entities`), as a service of the hub. A
 * client error it answers with (CONFLICT, NOT_FOUND, …) is passed on to the caller unchanged, except
 * UNAUTHENTICATED, which says the workflow's own credentials are wrong: the hub's fault, not the caller's.
 */
export async function callSubgraph<T>(
  target: { name: string; url: string; secret: string },
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const { name, url } = target;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      // The workflow's own service identity, signed with the called subgraph's secret.
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(WORKFLOW_SERVICE, target.secret) },
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
    if (isClientErrorCode(code) && code !== 'UNAUTHENTICATED') throw new DomainError(code, first.message);
    throw new SubgraphUnavailable(`the ${name} subgraph failed: ${first.message}`);
  }
  if (!response.ok || body.data === undefined) throw new SubgraphUnavailable(`the ${name} subgraph answered ${response.status}`);
  return body.data;
}
