import { READINESS_TIMEOUT_MS, type Readiness } from '#shared/server/readiness.ts';

/** The gateway is ready when every subgraph says it is (each one's own `/readyz`). */
export function gatewayReadiness(subgraphUrls: Record<string, string>): () => Promise<Readiness> {
  return async () => {
    const states = await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]) => {
        try {
          const response = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(READINESS_TIMEOUT_MS) });
          await response.body?.cancel();
          return [name, response.ok ? 'ready' : 'not ready'] as const;
        } catch {
          return [name, 'unavailable'] as const;
        }
      }),
    );
    return { ready: states.every(([, state]) => state === 'ready'), checks: Object.fromEntries(states) };
  };
}
