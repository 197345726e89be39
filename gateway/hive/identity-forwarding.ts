import type { IncomingMessage } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { IDENTITY_HEADER, signIdentity, type Identity } from '#shared/auth/identity.ts';
import { SUBGRAPH_NAMES, type SubgraphName } from '#shared/config.ts';

export interface IdentityContext {
  identity?: Identity;
  /** The Node request, which Hive's node:http adapter puts in the context. */
  req?: IncomingMessage;
}

/**
 * The caller's identity on Hive Gateway, as `subgraph-data-source.ts` does it on Apollo's: authenticated once per
 * request (the same `authenticate`: a JWT, or the development administrator without one outside production),
 * then signed for each subgraph with that subgraph's own secret in `x-hub-identity`. A request that fails
 * authentication is answered with its error (UNAUTHENTICATED, 401) before anything is planned.
 */
export function identityContextPlugin(
  authenticate: (request: IncomingMessage) => Promise<Identity>,
): GatewayPlugin<IdentityContext> {
  return {
    async onContextBuilding({ context, extendContext }) {
      if (!context.req) throw new Error('Hive Gateway must be served over node:http to authenticate its callers');
      extendContext({ identity: await authenticate(context.req) });
    },
  };
}

/** The headers each subgraph fetch carries: the identity, signed with the secret of the subgraph it goes to. */
export function identityHeaders(secrets: Record<SubgraphName, string>) {
  return ({ context, subgraphName }: { context: IdentityContext; subgraphName: string }) => {
    const name = subgraphName.toLowerCase() as SubgraphName;
    if (!SUBGRAPH_NAMES.includes(name)) throw new Error(`no secret for the subgraph ${subgraphName}`);
    return context.identity ? { [IDENTITY_HEADER]: signIdentity(context.identity, secrets[name]) } : {};
  };
}
