import { mkdtemp, rm, chmod } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { provideDatabaseServer, type DatabaseServer } from '#shared/database/database-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let server: DatabaseServer | undefined;
let dataDir: string | undefined;

/**
 * One real PostgreSQL for the whole run: the server of DATABASE_URL when set, or else an embedded one in a
 * fresh temporary directory (removed afterwards). Each test stack makes its own databases on it.
 */
export async function setup(project: TestProject): Promise<void> {
  if (!process.env.DATABASE_URL) {
    dataDir = await mkdtemp(join(tmpdir(), 'medins-test-'));
    await chmod(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user, who must reach it
  }
  server = await provideDatabaseServer({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: dataDir ?? '',
    port: await freePort(),
  });
  project.provide('databaseServerUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
