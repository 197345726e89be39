import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Config, SubgraphName } from '#shared/config.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The environment a subgraph process reads, for the configuration the stack gives it. */
function environment(config: Config, serverUrl: string, port: number): NodeJS.ProcessEnv {
  const urls = Object.entries(config.subgraphUrls).filter(([, url]) => url);
  return {
    ...process.env,
    NODE_ENV: config.nodeEnv,
    PORT: String(port),
    DATABASE_URL: serverUrl,
    DATABASE_NAME_PREFIX: config.databaseNamePrefix,
    TRANSFER_EFFECT_ATTEMPTS: String(config.transferEffects.attempts),
    TRANSFER_EFFECT_RETRY_DELAY_S: String(config.transferEffects.retryDelaySeconds),
    TRANSFER_EFFECT_TIMEOUT_S: String(config.transferEffects.timeoutSeconds),
    TRANSFER_STEP_WAIT_MS: String(config.transferEffects.stepWaitMs),
    ...Object.fromEntries(urls.map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
  };
}

/**
 * One subgraph as a process of its own, on a fixed port, so a test can kill it (SIGKILL: no shutdown, no cleanup)
 * at any moment and start it again on the same database.
 */
export class SubgraphProcess {
  private child: ChildProcess | undefined;
  private port = 0;
  private env: NodeJS.ProcessEnv = {};
  url = '';

  constructor(
    private readonly name: SubgraphName,
    private readonly serverUrl: string,
  ) {}

  /** Starts it with the stack's configuration (the `external` starter of `startStack`). */
  readonly start = async (config: Config): Promise<{ url: string; stop(): Promise<void> }> => {
    this.port ||= await freePort();
    this.url = `http://127.0.0.1:${this.port}/graphql`;
    this.env = environment(config, this.serverUrl, this.port);
    await this.restart();
    return { url: this.url, stop: () => this.kill() };
  };

  /** Starts the process and waits until it listens. */
  async restart(): Promise<void> {
    const entry = fileURLToPath(new URL(`../../subgraphs/${this.name}/src/index.ts`, import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('subgraph ready at')) resolve();
      });
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`the ${this.name} process exited (${code}) before it listened:\n${output}`)));
    });
  }

  /** SIGKILL: the process dies wherever it is, as in a crash or a power cut. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
}
