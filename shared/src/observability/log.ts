import { pino, type Logger, type LoggerOptions } from 'pino';
import type { Config } from '../config.ts';
import { redactIdNumbers } from '../identity/gb11643.ts';

export type { Logger } from 'pino';

/** How long a line may wait in the buffer before it is written, when too few follow it to fill the buffer. */
const LOG_FLUSH_MS = 1000;

/**
 * One request as the HTTP layer hands it to the request's context: its id, a logger whose every line carries the id,
 * and (once known) the operation's name. It travels in the context, not in an AsyncLocalStorage, whose promise
 * hooks on Node 20 cost every request a noticeable share of its CPU.
 */
export interface RequestScope {
  requestId: string;
  log: Logger;
  operationName?: string;
}

/**
 * The process's logger, JSON lines (pino) on standard output; `configureLogging` sets its level and, in
 * development, pretty output. Every line passes `redactIdNumbers` on its way out — the one place ID-number-shaped
 * text is masked, whatever logged it.
 */
let root: Logger = createRoot('info', false);

function createRoot(level: Config['logLevel'], pretty: boolean, destination?: NodeJS.WritableStream): Logger {
  const options: LoggerOptions = {
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    hooks: { streamWrite: (line) => redactIdNumbers(line) },
    ...(pretty && !destination
      ? { transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname', singleLine: true } } }
      : {}),
  };
  if (destination) return pino(options, destination);
  if (pretty) return pino(options);
  return pino(options, bufferedStandardOutput());
}

/**
 * Standard output through pino's buffered destination: lines are written 4 KB at a time, or at the latest after
 * LOG_FLUSH_MS, and what is left when the process exits (an error included) is written synchronously on the way out
 * (pino's exit hook; a closed standard output, EPIPE, stops the logging instead of failing). Writing every line
 * synchronously cost each request a write to the pipe and the reader's wake-up: measured with `npm run bench`
 * against the commit before the operations layer, the hub's CPU time per person history grew 27–36% with synchronous
 * lines and 9–12% with buffered ones. A process killed outright (SIGKILL) loses at most the last second's lines.
 */
function bufferedStandardOutput() {
  const out = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => {
    try {
      out.flush();
    } catch {
      // Destroyed (the process is ending): nothing is left to write.
    }
  }, LOG_FLUSH_MS).unref();
  return out;
}

/**
 * Sets the level (LOG_LEVEL) and, in development, human-readable output; once per process, at start, before any
 * service's logger is made. `destination` (tests) receives the JSON lines instead of standard output.
 */
export function configureLogging(
  config: Pick<Config, 'logLevel' | 'nodeEnv'>,
  destination?: NodeJS.WritableStream,
): void {
  root = createRoot(config.logLevel, config.nodeEnv === 'development', destination);
}

/** A service's logger: every line says which service wrote it. */
export function serviceLog(service: string): Logger {
  return root.child({ service });
}

/** The process's logger, for what happens outside a service (start-up, signals) or when none is given. */
export function processLog(): Logger {
  return root;
}
