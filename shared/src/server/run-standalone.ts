import { DEFAULT_SUBGRAPH_PORTS, loadConfig, type Config } from '../config.ts';
import { provideDatabaseServer } from '../database/database-server.ts';
import { serveSubgraph, type SubgraphDefinition } from './subgraph.ts';

/** Development binds to loopback only; production (in a container) listens on every interface. */
export function listenHost(config: Config): string {
  return config.nodeEnv === 'production' ? '0.0.0.0' : '127.0.0.1';
}

/** Runs `stop` once on Ctrl-C, SIGTERM or a closed terminal (SIGHUP), then exits. */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error('Stopping failed:', error);
        process.exit(1);
      });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
}

/**
 * Entry point of one subgraph run alone, as its region's developers do: build → listen → register shutdown.
 * It uses DATABASE_URL's server, or else an embedded PostgreSQL under DATA_DIR.
 */
export async function runStandalone(definition: SubgraphDefinition) {
  const config = loadConfig();
  const database = await provideDatabaseServer({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    log: console.log,
  });
  const subgraph = await serveSubgraph(definition, {
    serverUrl: database.url,
    config,
    port: config.port ?? DEFAULT_SUBGRAPH_PORTS[definition.name],
    host: listenHost(config),
  });
  console.log(`${definition.name} subgraph ready at ${subgraph.url}`);
  stopOnSignals(async () => {
    await subgraph.stop();
    await database.stop();
  });
}
