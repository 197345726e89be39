import { IDENTITY_HEADER, signIdentity, type Identity } from '../auth/identity.ts';
import { defaultSubgraphUrl, type Config, type SubgraphName } from '../config.ts';
import { DomainError, isClientErrorCode, type ErrorCode } from '../errors.ts';

export interface SubgraphTarget {
  name: string;
  url: string;
  secret: string;
  /** Who calls: the calling service's own identity. */
  caller: Identity;
}

/** Where another subgraph listens (its `*_URL`, or its default port on this machine) and how to sign for it. */
export function subgraphTarget(config: Config, name: SubgraphName, caller: Identity): SubgraphTarget {
  const url = config.subgraphUrls[name] ?? defaultSubgraphUrl(name);
  return { name, url, secret: config.subgraphSecrets[name], caller };
}

/** A subgraph could not be reached or failed: the step stays recorded and is retried. */
export class SubgraphUnavailable extends Error {}

/**
 * Calls another subgraph directly (its internal mutations and `_entities`), as a service of the hub (the
 * transfer workflow; the accounts subgraph asking enrollment for a payout's conditions), with that service's own
 * identity signed with the called subgraph's secret. A
 * client error it answers with (CONFLICT, NOT_FOUND, …) is passed on to the caller unchanged, except
 * UNAUTHENTICATED, which says the workflow's own credentials are wrong: the hub's fault, not the caller's.
 */
export async function callSubgraph<T>(
  target: SubgraphTarget,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const { name, url } = target;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(target.caller, target.secret) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new SubgraphUnavailable(`the ${name} subgraph is unreachable: ${(error as Error).message}`);
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: ErrorCode } }[];
  };
  const [first] = body.errors ?? [];
  if (first) {
    const code = first.extensions?.code;
    if (isClientErrorCode(code) && code !== 'UNAUTHENTICATED') throw new DomainError(code, first.message);
    throw new SubgraphUnavailable(`the ${name} subgraph failed: ${first.message}`);
  }
  if (!response.ok || body.data === undefined)
    throw new SubgraphUnavailable(`the ${name} subgraph answered ${response.status}`);
  return body.data;
}
