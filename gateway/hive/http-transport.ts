import { buildHTTPExecutor, type AsyncFetchFn } from '@graphql-tools/executor-http';
import type { Transport } from '@graphql-mesh/transport-common';

/**
 * Hive Gateway's transport for the "http" kind every subgraph of our supergraph has: a plain GraphQL-over-HTTP
 * executor (from `@graphql-tools/executor-http`, a dependency of the gateway runtime itself) at the subgraph's
 * location, through the gateway's own fetch so that its `onFetch` hooks run. Hive's usual transport package
 * (`@graphql-mesh/transport-http`) is not installed here; this is what it does for a plain subgraph. The headers
 * the identity plugin propagates travel in the request's `extensions.headers`, which the executor turns into
 * HTTP headers and leaves out of the body.
 */
export const httpTransport: Transport = {
  getSubgraphExecutor({ transportEntry, fetch }) {
    if (!transportEntry.location) throw new Error(`the subgraph ${transportEntry.subgraph} has no URL`);
    if (!fetch) throw new Error('Hive Gateway gives its transports a fetch');
    return buildHTTPExecutor({
      endpoint: transportEntry.location,
      // The gateway's fetch (MeshFetch) is a fetch with a context argument more: the executor's async kind.
      fetch: fetch as unknown as AsyncFetchFn,
      headers: Object.fromEntries(transportEntry.headers ?? []),
    });
  },
};
