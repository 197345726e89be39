import { Counter, Histogram, type Registry } from 'prom-client';
import { LATENCY_BUCKETS } from '#shared/observability/metrics.ts';

/** Why a subgraph fetch failed, in a word: it timed out, could not be reached or failed, or refused the request. */
export type FetchFailure = 'timeout' | 'unavailable' | 'refused';

/** The gateway's calls to each subgraph: their time, and their failures by reason. */
export class SubgraphFetchMetrics {
  private readonly duration: Histogram<'subgraph'>;
  private readonly failures: Counter<'subgraph' | 'reason'>;

  constructor(registry: Registry) {
    this.duration = new Histogram({
      name: 'gateway_subgraph_fetch_duration_seconds',
      help: 'Time of each call the gateway makes to a subgraph, by subgraph.',
      labelNames: ['subgraph'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
    this.failures = new Counter({
      name: 'gateway_subgraph_fetch_failures_total',
      help: 'Calls to a subgraph that failed, by subgraph and reason (timeout, unavailable, refused).',
      labelNames: ['subgraph', 'reason'],
      registers: [registry],
    });
  }

  /** Starts timing one call; the function returned ends it, with the reason if it failed. */
  start(subgraph: string): (failure?: FetchFailure) => void {
    const end = this.duration.startTimer({ subgraph });
    return (failure) => {
      end();
      if (failure) this.failures.inc({ subgraph, reason: failure });
    };
  }
}
