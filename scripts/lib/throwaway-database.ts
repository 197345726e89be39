import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provideDatabaseServer, type DatabaseServer } from '#shared/database/database-server.ts';

/**
 * A PostgreSQL for a benchmark or a soak run: the server of DATABASE_URL when set, or else an embedded one in a
 * fresh temporary directory, removed by `stop`.
 */
export async function throwawayDatabase(): Promise<DatabaseServer> {
  if (process.env.DATABASE_URL)
    return provideDatabaseServer({ databaseUrl: process.env.DATABASE_URL, dataDir: '', port: 0 });
  const dataDir = await mkdtemp(join(tmpdir(), 'medins-run-'));
  await chmod(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user, who must reach it
  const server = await provideDatabaseServer({ dataDir, port: 54400 + Math.floor(Math.random() * 500) });
  return {
    ...server,
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
