import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Config } from '#shared/config.ts';

const ENTRY = fileURLToPath(new URL('../../subgraphs/transfers/src/index.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The transfers subgraph as a process of its own, on a fixed port, so a test can kill it (SIGKILL: no
 * shutdown, no cleanup) at any moment and start it again on the same database.
 */
export class TransfersProcess {
  private child: ChildProcess | undefined;
  private port = 0;
  url = '';

  constructor(private readonly serverUrl: string) {}

  async start(config: Config): Promise<{ url: string; stop(): Promise<void> }> {
    this.port ||= await freePort();
    this.url = `http://127.0.0.1:${this.port}/graphql`;
    this.env = {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(this.port),
      DATABASE_URL: this.serverUrl,
      DATABASE_NAME_PREFIX: config.databaseNamePrefix,
      ENROLLMENT_URL: config.subgraphUrls.enrollment!,
      CONTRIBUTIONS_URL: config.subgraphUrls.contributions!,
      ACCOUNTS_URL: config.subgraphUrls.accounts!,
    };
    await this.restart();
    return { url: this.url, stop: () => this.kill() };
  }

  private env: NodeJS.ProcessEnv = {};

  /** Starts the process and waits until it listens. */
  async restart(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], { cwd: ROOT, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('subgraph ready at')) resolve();
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`the transfers process exited (${code}) before it listened:\n${output}`)));
    });
  }

  /** SIGKILL: the process dies wherever it is, as in a crash or a power cut. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
}
