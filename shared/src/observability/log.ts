import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type Logger, type LoggerOptions } from 'pino';
import type { Config } from '../config.ts';
import { redactIdNumbers } from '../identity/gb11643.ts';

export type { Logger } from 'pino';

/** What every log line about one request carries: its id, the service, and (once known) the operation's name. */
export interface RequestScope {
  requestId: string;
  log: Logger;
  operationName?: string;
}

const requests = new AsyncLocalStorage<RequestScope>();

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

/** Runs `work` as part of one request: `log()` inside it (however deep, across awaits) writes the request's id. */
export function inRequest<T>(scope: RequestScope, work: () => T): T {
  return requests.run(scope, work);
}

/** The request being served here, if any. */
export function currentRequest(): RequestScope | undefined {
  return requests.getStore();
}

/** The logger to write with: the current request's (with its id), or else the service's given one, or the process's. */
export function log(fallback?: Logger): Logger {
  return requests.getStore()?.log ?? fallback ?? root;
}
