import { pino, type Logger, type LoggerOptions } from 'pino';
import type { Config } from '../config.ts';
import { redactIdNumbers } from '../identity/gb11643.ts';

export type { Logger } from 'pino';

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
  // Standard output is written synchronously (pino's default): an asynchronous destination measured no faster
  // here, and hung the shutdown of a service whose standard output had been closed.
  return destination ? pino(options, destination) : pino(options);
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
