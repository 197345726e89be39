import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { developmentKeys } from '#shared/auth/development-keys.ts';
import type { FILE_VARIABLES } from '#shared/config.ts';

/**
 * The secret files a deployment reads through `<NAME>_FILE` (Docker secrets in docker-compose.yml, a Kubernetes
 * Secret under deploy/kubernetes/): each file's name — also its Docker secret's name and its key in the Kubernetes
 * Secret — and the variable it holds.
 */
export const SECRET_FILES = {
  'database-url': 'DATABASE_URL',
  'person-id-key': 'PERSON_ID_KEY',
  'agency-seal-key': 'AGENCY_SEAL_KEY',
  'enrollment-secret': 'ENROLLMENT_SECRET',
  'contributions-secret': 'CONTRIBUTIONS_SECRET',
  'accounts-secret': 'ACCOUNTS_SECRET',
  'transfers-secret': 'TRANSFERS_SECRET',
  'metrics-token': 'METRICS_TOKEN',
  'auth-public-key': 'AUTH_PUBLIC_KEY',
} as const satisfies Record<string, (typeof FILE_VARIABLES)[number]>;

export type SecretFile = keyof typeof SECRET_FILES;

/** The PostgreSQL image's password (POSTGRES_PASSWORD_FILE), which `database-url` carries. */
export const POSTGRES_PASSWORD_FILE = 'postgres-password';

/** The administrator docker-compose.yml's PostgreSQL service creates (POSTGRES_USER). */
export const COMPOSE_DATABASE_USER = 'hub';

export interface SecretFilesOptions {
  /** The PostgreSQL server the services use; by default docker-compose.yml's, with a new password. */
  databaseUrl?: string;
}

const random = (bytes: number) => randomBytes(bytes).toString('hex');

/**
 * Writes into `dir` every secret file that is missing — random keys and secrets, a database password and the URL
 * that carries it, a metrics token, and a development key pair (`development-auth-keys.json`, so that
 * `DATA_DIR=<dir> npm run token` mints tokens the deployed gateway accepts; its public half is `auth-public-key`) —
 * and keeps those already there, so a second run changes nothing (the database volume keeps its first password).
 *
 * The directory is private to its owner (0700) while the files are readable (0644): compose bind-mounts each file
 * into its container, where the service's user (uid 1000) and PostgreSQL's (uid 999) must read it whatever the
 * host's uid, and the directory's mode keeps the host's other users out. Returns the names of the files written.
 */
export function writeSecretFiles(dir: string, options: SecretFilesOptions = {}): string[] {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const written: string[] = [];
  const write = (name: string, value: () => string) => {
    const file = join(dir, name);
    if (existsSync(file)) return;
    writeFileSync(file, `${value()}\n`, { mode: 0o644 });
    chmodSync(file, 0o644);
    written.push(name);
  };
  if (!options.databaseUrl) write(POSTGRES_PASSWORD_FILE, () => random(24));
  // The URL carries the password PostgreSQL was given, even when only the URL's file was deleted.
  const password = () => readFileSync(join(dir, POSTGRES_PASSWORD_FILE), 'utf8').trim();
  write(
    'database-url',
    () => options.databaseUrl ?? `postgres://${COMPOSE_DATABASE_USER}:${password()}@postgres:5432/postgres`,
  );
  for (const name of ['person-id-key', 'agency-seal-key'] as const) write(name, () => random(32));
  for (const name of ['enrollment', 'contributions', 'accounts', 'transfers'] as const)
    write(`${name}-secret`, () => random(32));
  write('metrics-token', () => random(24));
  const keysExisted = existsSync(join(dir, 'development-auth-keys.json'));
  const { publicKey } = developmentKeys(dir);
  if (!keysExisted) written.push('development-auth-keys.json');
  write('auth-public-key', () => publicKey.trimEnd());
  return written;
}
