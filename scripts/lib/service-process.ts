import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { SubgraphName } from '#shared/config.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type ServiceName = SubgraphName | 'gateway';

const ENTRIES: Record<ServiceName, string> = {
  gateway: '../../gateway/src/index.ts',
  enrollment: '../../subgraphs/enrollment/src/index.ts',
  contributions: '../../subgraphs/contributions/src/index.ts',
  accounts: '../../subgraphs/accounts/src/index.ts',
  transfers: '../../subgraphs/transfers/src/index.ts',
};

/** A free TCP port on this machine. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * One service of the hub (a subgraph or the gateway) as a process of its own, as it is deployed, started from its
 * entry point with the environment given (its `PORT` included) and awaited until it listens. The fault tests kill
 * it (SIGKILL: no shutdown, no cleanup) and start it again; the benchmark measures it.
 */
export class ServiceProcess {
  private child: ChildProcess | undefined;

  /**
   * `entry`: another program that prints "… ready at" when it listens (the benchmark's limit server); `nodeArgs`:
   * flags for node itself (a profiler's, say `--cpu-prof`).
   */
  constructor(
    readonly name: ServiceName | string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly entry: URL = new URL(ENTRIES[name as ServiceName], import.meta.url),
    private readonly nodeArgs: string[] = [],
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.env.PORT}/graphql`;
  }

  /**
   * Starts the process and waits until it is ready: it says so on standard output ("… ready at"), or its `/healthz`
   * answers (a service whose LOG_LEVEL hides the line). Its output is kept only until then (the last 20,000
   * characters, for the error if it exits first) and read and dropped afterwards, so a service that logs every
   * request costs the measuring process nothing.
   */
  async start(): Promise<void> {
    const entry = fileURLToPath(this.entry);
    const child = spawn(process.execPath, [...this.nodeArgs, '--import', 'tsx', entry], {
      cwd: ROOT,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    let ready = false;
    const keep = (chunk: Buffer) => {
      if (!ready) output = (output + chunk.toString()).slice(-20_000);
    };
    try {
      await new Promise<void>((resolve, reject) => {
        const done = () => {
          ready = true;
          resolve();
        };
        child.stdout!.on('data', (chunk: Buffer) => {
          keep(chunk);
          if (!ready && / ready at /.test(output)) done();
        });
        child.stderr!.on('data', keep);
        child.once('exit', (code) => {
          if (!ready) reject(new Error(`the ${this.name} process exited (${code}) before it listened:\n${output}`));
        });
        const probe = setInterval(() => {
          if (ready || child.exitCode !== null) return clearInterval(probe);
          fetch(new URL('/healthz', this.url), { signal: AbortSignal.timeout(1000) })
            .then((response) => {
              if (response.ok && !ready) done();
            })
            .catch(() => {});
        }, 250);
      });
    } finally {
      output = '';
    }
  }

  /** The process id, while it runs (for CPU accounting). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /**
   * Ends it with `signal`: SIGKILL dies wherever it is, as in a crash or a power cut; SIGTERM shuts down cleanly.
   * Resolves with its exit code (null when a signal ended it).
   */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    return new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.kill(signal);
    });
  }
}
