import { createRequire } from 'node:module';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

export interface Tracing {
  /** Sends what is still buffered, then stops. */
  shutdown(): Promise<void>;
}

/**
 * OpenTelemetry traces, sent over OTLP/HTTP to `endpoint` (OTEL_EXPORTER_OTLP_ENDPOINT) as `service`. Spans: each
 * HTTP request served and made (W3C `traceparent` carries the trace from the gateway to the subgraphs, and from
 * the transfers subgraph to those it calls), each SQL statement (pg), and Apollo Gateway's own (request, plan,
 * fetch per subgraph) — one trace per request across the services. Health probes and metrics scrapes are left
 * out. Call it before the service's modules are loaded (the entry points import them after), so `http` and `pg`
 * are instrumented when they are first used.
 */
export function startTracing(service: string, endpoint: string): Tracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` })),
    ],
  });
  provider.register();
  registerInstrumentations({
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => PROBES.has((request.url ?? '').split('?')[0]!),
        // The exporter's own calls to the collector are not traced.
        ignoreOutgoingRequestHook: (request) => String(request.path ?? '').startsWith('/v1/traces'),
      }),
      new PgInstrumentation(),
    ],
  });
  // Modules already loaded are patched when next required: Node's http, and pg (loaded by TypeORM).
  const require = createRequire(import.meta.url);
  require('node:http');
  require('pg');
  return { shutdown: () => provider.shutdown() };
}
