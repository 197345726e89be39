import { generateKeyPairSync } from 'node:crypto';
import { GraphQLClient } from 'graphql-request';
import { inject } from 'vitest';
import { mintToken, type TokenClaims } from '#shared/auth/tokens.ts';
import { loadConfig, SUBGRAPH_NAMES, type Config } from '#shared/config.ts';
import { dropDatabase } from '#shared/database/subgraph-database.ts';
import { startStack, type Stack } from '../../scripts/lib/stack.ts';
import { TEST_EFFECT_SETTINGS } from './test-stack.ts';

/** Production mode for tests: real secrets, bearer tokens signed by a key pair of the test's own. */
export const AUDIENCE = 'medins-hub';
export const subgraphSecret = (name: string) => `${name}-secret-for-the-security-tests-0123456789`;

const keys = generateKeyPairSync('ed25519');
export const privateKey = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

export function productionConfig(prefix: string, extra: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'production',
    DATABASE_NAME_PREFIX: prefix,
    PERSON_ID_KEY: 'a-person-id-key-for-the-security-tests-0123',
    AGENCY_SEAL_KEY: 'an-agency-seal-key-for-the-security-tests-01',
    AUTH_PUBLIC_KEY: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    AUTH_AUDIENCE: AUDIENCE,
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_SECRET`, subgraphSecret(name)])),
    ...TEST_EFFECT_SETTINGS,
    ...extra,
  });
}

export const tokenFor = (claims: TokenClaims, options: { hours?: number } = {}) =>
  mintToken(privateKey, claims, { audience: AUDIENCE, ...options });

/** A client of the gateway at `url` holding a token for these claims. */
export async function clientAs(url: string, claims: TokenClaims): Promise<GraphQLClient> {
  return new GraphQLClient(url, { headers: { authorization: `Bearer ${await tokenFor(claims)}` } });
}

export interface ProductionStack extends Stack {
  config: Config;
  serverUrl: string;
  as(claims: TokenClaims): Promise<GraphQLClient>;
}

/** The whole hub in production mode over real HTTP, with databases of its own (dropped by `stop`). */
export async function startProductionStack(
  prefix: string,
  extra: Record<string, string> = {},
): Promise<ProductionStack> {
  const serverUrl = inject('databaseServerUrl');
  const config = productionConfig(`${prefix}${Date.now() % 100000}_`, extra);
  const stack = await startStack({ config, serverUrl, host: '127.0.0.1', ports: 'any' });
  return {
    ...stack,
    config,
    serverUrl,
    as: (claims) => clientAs(stack.gatewayUrl, claims),
    stop: async () => {
      await stack.stop();
      await Promise.all(SUBGRAPH_NAMES.map((name) => dropDatabase(serverUrl, `${config.databaseNamePrefix}${name}`)));
    },
  };
}
