import type { Config, SubgraphName } from '#shared/config.ts';
import { freePort, ServiceProcess } from '../../scripts/lib/service-process.ts';

/** The environment a subgraph process reads, for the configuration the stack gives it. */
function environment(config: Config, serverUrl: string, port: number): NodeJS.ProcessEnv {
  const urls = Object.entries(config.subgraphUrls).filter(([, url]) => url);
  return {
    NODE_ENV: config.nodeEnv,
    PORT: String(port),
    DATABASE_URL: serverUrl,
    DATABASE_NAME_PREFIX: config.databaseNamePrefix,
    TRANSFER_EFFECT_ATTEMPTS: String(config.transferEffects.attempts),
    TRANSFER_EFFECT_RETRY_DELAY_S: String(config.transferEffects.retryDelaySeconds),
    TRANSFER_EFFECT_TIMEOUT_S: String(config.transferEffects.timeoutSeconds),
    TRANSFER_STEP_WAIT_MS: String(config.transferEffects.stepWaitMs),
    LOG_LEVEL: config.logLevel,
    SHUTDOWN_GRACE_MS: String(config.shutdownGraceMs),
    ...(config.otlpEndpoint
      ? { OTEL_EXPORTER_OTLP_ENDPOINT: config.otlpEndpoint, OTEL_BSP_SCHEDULE_DELAY: '200' }
      : {}),
    ...Object.fromEntries(urls.map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
  };
}

/**
 * One subgraph as a process of its own, on a fixed port, so a test can kill it (SIGKILL: no shutdown, no cleanup)
 * at any moment and start it again on the same database.
 */
export class SubgraphProcess {
  private process: ServiceProcess | undefined;
  url = '';

  constructor(
    private readonly name: SubgraphName,
    private readonly serverUrl: string,
  ) {}

  /** Starts it with the stack's configuration (the `external` starter of `startStack`). */
  readonly start = async (config: Config): Promise<{ url: string; stop(): Promise<void> }> => {
    const port = await freePort();
    this.process = new ServiceProcess(this.name, environment(config, this.serverUrl, port));
    this.url = this.process.url;
    await this.restart();
    return { url: this.url, stop: () => this.kill() };
  };

  /** Starts the process and waits until it listens. */
  restart(): Promise<void> {
    return this.process!.start();
  }

  /** SIGKILL: the process dies wherever it is, as in a crash or a power cut. */
  async kill(): Promise<void> {
    await this.process?.stop('SIGKILL');
  }

  /** SIGTERM, as an orchestrator stops a container: resolves with the exit code once the process has ended. */
  terminate(): Promise<number | null> {
    return this.process?.stop('SIGTERM') ?? Promise.resolve(null);
  }
}
