/**
 * `npm run secrets`: writes the secret files docker-compose.yml reads into ./secrets/ (gitignored), keeping those
 * already there. Options:
 *   --dir <dir>             where to write them (deploy/kubernetes/secrets for the Kubernetes Secret)
 *   --database-url <url>    the PostgreSQL administrator's URL to use instead of compose's own server
 * Then `docker compose up`; mint a token the gateway accepts with `DATA_DIR=secrets npm run -s token -- --role NATIONAL`.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { writeSecretFiles } from './lib/secret-files.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'secrets' }, 'database-url': { type: 'string' } },
});
const dir = resolve(values.dir);
const written = writeSecretFiles(dir, values['database-url'] ? { databaseUrl: values['database-url'] } : {});
console.log(
  written.length === 0 ? `${dir}: every secret file is there already` : `${dir}: wrote ${written.join(', ')}`,
);
