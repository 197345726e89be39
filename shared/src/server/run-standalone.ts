import { DEFAULT_SUBGRAPH_PORTS, loadConfig, type Config, type SubgraphName } from '../config.ts';
import { configureLogging, serviceLog } from '../observability/log.ts';
import type { Tracing } from '../observability/tracing.ts';
import type { SubgraphDefinition } from './subgraph.ts';

/** Development binds to loopback only; production (in a container) listens on every interface. */
export function listenHost(config: Config): string {
  return config.nodeEnv === 'production' ? '0.0.0.0' : '127.0.0.1';
}

/**
 * What every entry point does first, before it loads the service's modules: logging as configured, and traces when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set (instrumentation must be in place before `http` and `pg` are used).
 */
export async function prepareProcess(config: Config, service: string): Promise<Tracing | undefined> {
  configureLogging(config);
  if (!config.otlpEndpoint) return undefined;
  // OpenTelemetry's modules are loaded only when traces are wanted: a service without them starts faster.
  const { startTracing } = await import('../observability/tracing.ts');
  return startTracing(service, config.otlpEndpoint);
}

/** Beyond the grace period, how long closing the pools and the job engine may take before the process gives up. */
const CLOSE_DEADLINE_MS = 15_000;

/**
 * Runs `stop` once on Ctrl-C, SIGTERM or a closed terminal (SIGHUP), then exits: `stop` stops accepting, lets
 * what is in flight finish (SHUTDOWN_GRACE_MS at most), then closes the pools. A stop that is still not done
 * 15 s after the grace period ends the process with code 1, saying so: a service never outlives its orchestrator's
 * patience by hanging.
 */
export function stopOnSignals(stop: () => Promise<void>, tracing?: Tracing, graceMs = 10_000): void {
  let stopping = false;
  const log = serviceLog('process');
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    setTimeout(() => {
      log.error({ afterMs: graceMs + CLOSE_DEADLINE_MS }, 'stopping took too long: exiting');
      process.exit(1);
    }, graceMs + CLOSE_DEADLINE_MS).unref();
    stop()
      .then(() => tracing?.shutdown())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error({ err: (error as Error).message }, 'stopping failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
}

/**
 * Entry point of one subgraph run alone, as deployed and as its region's developers do: prepare the process →
 * load the subgraph → listen → register shutdown. It uses DATABASE_URL's server, or else an embedded PostgreSQL
 * under DATA_DIR.
 */
export async function runStandalone(name: SubgraphName, load: () => Promise<SubgraphDefinition>): Promise<void> {
  const config = loadConfig();
  const tracing = await prepareProcess(config, name);
  const [definition, { provideDatabaseServer }, { serveSubgraph }] = await Promise.all([
    load(),
    import('../database/database-server.ts'),
    import('./subgraph.ts'),
  ]);
  const log = serviceLog(name);
  const database = await provideDatabaseServer({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    log: (line) => log.info(line),
  });
  const subgraph = await serveSubgraph(definition, {
    serverUrl: database.url,
    config,
    port: config.port ?? DEFAULT_SUBGRAPH_PORTS[name],
    host: listenHost(config),
  });
  log.info(`${name} subgraph ready at ${subgraph.url}`);
  stopOnSignals(
    async () => {
      await subgraph.stop();
      await database.stop();
    },
    tracing,
    config.shutdownGraceMs,
  );
}
