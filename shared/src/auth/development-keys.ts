import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';

/**
 * Development only: an Ed25519 key pair kept in DATA_DIR, so that `npm run token` can mint tokens the
 * development gateway accepts. Production verifies against AUTH_PUBLIC_KEY or AUTH_JWKS_URL instead.
 */
export interface DevelopmentKeys {
  privateKey: string;
  publicKey: string;
}

export function developmentKeys(dataDir: string): DevelopmentKeys {
  const file = join(dataDir, 'development-auth-keys.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevelopmentKeys;
  const pair = generateKeyPairSync('ed25519');
  const keys = {
    privateKey: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}
