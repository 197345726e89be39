import AgentKeepAlive from 'agentkeepalive';
import fetch, { type RequestInit, type Response } from 'node-fetch';

/** How long a connection to a subgraph may stay idle in the pool: well under the subgraphs' 65 s keep-alive. */
export const IDLE_SOCKET_MS = 30_000;

/** One pool of kept-alive connections for every subgraph the gateway calls. */
const agent = new AgentKeepAlive({ keepAlive: true, freeSocketTimeout: IDLE_SOCKET_MS, maxSockets: 64 });

/** A query (not a mutation): asking it again cannot do anything twice. */
const isQuery = (body: unknown) => typeof body === 'string' && /^\{"query":"(query|\{)/.test(body);

/**
 * The gateway's fetch for subgraph calls: `node-fetch` over `node:http` with connections kept alive (Node's own
 * `fetch` — undici, web streams, an AbortSignal per call — cost 1.5× the gateway's CPU), `timeoutMs` per call. A
 * pooled connection can be closed by the other side just as it is reused (a proxy with a shorter idle timeout than
 * ours): a query that meets a reset connection is sent once more, on a fresh one; a mutation never is.
 */
export function subgraphFetcher(timeoutMs: number) {
  return async function fetchSubgraph(url: string, init: RequestInit): Promise<Response> {
    const send = () => fetch(url, { ...init, agent, signal: AbortSignal.timeout(timeoutMs) as never });
    try {
      return await send();
    } catch (error) {
      if ((error as { code?: string }).code === 'ECONNRESET' && isQuery(init.body)) return send();
      throw error;
    }
  };
}
