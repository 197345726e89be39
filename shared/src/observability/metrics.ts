import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { CLIENT_ERROR_CODES } from '../errors.ts';
import type { RequestScope } from './log.ts';

/** Seconds: from a cache hit (1 ms) to a dashboard of 500 people (a few seconds) and the subgraph timeout. */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Distinct operation names one service labels before it counts the rest as `other`: a label set stays bounded. */
const MAX_OPERATION_LABELS = 200;

const KNOWN_CODES = new Set<string>([
  ...Object.keys(CLIENT_ERROR_CODES),
  'SUBGRAPH_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);

/**
 * One service's Prometheus metrics (prom-client), on a registry of its own (`npm start` runs five services in one
 * process): the process's own (CPU, memory, event-loop lag, as `nodejs_*` and `process_*`), GraphQL requests per
 * operation, the database pool, and whatever the service adds. No label ever holds an ID number or a person id:
 * operations are labelled by their name only, a name that could carry one (a long run of digits or hex) is
 * `other`, and so is every name past the first 200.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly requests: Counter<'operation'>;
  private readonly duration: Histogram<'operation'>;
  private readonly errors: Counter<'operation' | 'code'>;

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests served, by operation name.',
      labelNames: ['operation'],
      registers,
    });
    this.duration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its answer, by operation name.',
      labelNames: ['operation'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.errors = new Counter({
      name: 'graphql_errors_total',
      help: 'Errors in GraphQL answers, by operation name and error code.',
      labelNames: ['operation', 'code'],
      registers,
    });
  }

  /** The label for an operation name: the name itself when it is safe and there is room for it. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,99}$/.test(name) || /\d{6}|[0-9a-f]{16}/i.test(name)) return 'other';
    if (!this.operations.has(name)) {
      if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
      this.operations.add(name);
    }
    return name;
  }

  /** Counts every GraphQL request, its time and its errors (by code) under its operation's name. */
  plugin<TContext extends BaseContext & { request?: RequestScope }>(): ApolloServerPlugin<TContext> {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        let operation = 'unparsed';
        return {
          didResolveOperation: async ({ operationName, contextValue }) => {
            operation = this.operationLabel(operationName);
            if (contextValue.request) contextValue.request.operationName = operation;
          },
          willSendResponse: async ({ response }) => {
            this.requests.inc({ operation });
            this.duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            for (const error of errors) {
              const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
              this.errors.inc({ operation, code: KNOWN_CODES.has(code) ? code : 'OTHER' });
            }
          },
        };
      },
      // A request refused before it is a GraphQL operation (no valid identity or token).
      contextCreationDidFail: async () => {
        this.requests.inc({ operation: 'unauthenticated' });
        this.errors.inc({ operation: 'unauthenticated', code: 'UNAUTHENTICATED' });
      },
    };
  }

  /** The database pool's connections: in use, idle, and requests waiting for one. */
  watchPool(dataSource: DataSource): void {
    type Pool = { totalCount: number; idleCount: number; waitingCount: number };
    new Gauge({
      name: 'db_pool_connections',
      help: 'Connections of the database pool, by state (in_use, idle) and requests waiting for one (waiting).',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const pool = (dataSource.driver as unknown as { master?: Pool }).master;
        if (!pool) return;
        this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
  }
}
