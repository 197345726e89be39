import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('configuration', () => {
  it('has working defaults for development', () => {
    expect(loadConfig({})).toMatchObject({
      nodeEnv: 'development',
      port: undefined,
      databaseUrl: undefined,
      databaseNamePrefix: 'medins_',
      dataDir: '.data',
      embeddedPostgresPort: 54329,
      seed: 'demo',
    });
  });

  it('lists every problem at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SEED: 'lots' })).toThrow(
      'Invalid configuration:\n' +
        '  PORT: Invalid input: expected number, received NaN\n' +
        '  DATABASE_URL: must be a postgres:// URL, e.g. postgres://user@127.0.0.1:5432/postgres\n' +
        '  SEED: Invalid option: expected one of "demo"|"none"',
    );
  });

  it('requires real secrets in production: the subgraphs their keys, the gateway a way to verify tokens', () => {
    const required = (name: string) => `  ${name}: is required in production (a secret of at least 32 characters)`;
    const secrets = ['ENROLLMENT_SECRET', 'CONTRIBUTIONS_SECRET', 'ACCOUNTS_SECRET', 'TRANSFERS_SECRET'];
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      `Invalid configuration:\n${['PERSON_ID_KEY', 'AGENCY_SEAL_KEY', ...secrets].map(required).join('\n')}`,
    );
    expect(() => loadConfig({ NODE_ENV: 'production' }, 'gateway')).toThrow(
      `Invalid configuration:\n${secrets.map(required).join('\n')}\n` +
        '  AUTH_PUBLIC_KEY: production needs AUTH_PUBLIC_KEY or AUTH_JWKS_URL to verify bearer tokens',
    );
    const secretValues = Object.fromEntries(secrets.map((name) => [name, 'x'.repeat(32)]));
    expect(
      loadConfig({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example/jwks', ...secretValues }, 'gateway')
        .nodeEnv,
    ).toBe('production');
    expect(() => loadConfig({ PERSON_ID_KEY: 'short' })).toThrow('PERSON_ID_KEY: must be at least 32 characters');
  });

  it('reads secrets from files (<NAME>_FILE), as Docker and Kubernetes mount them', () => {
    const folder = mkdtempSync(join(tmpdir(), 'config-'));
    writeFileSync(join(folder, 'person-id-key'), `${'k'.repeat(40)}\n`);
    const config = loadConfig({ PERSON_ID_KEY_FILE: join(folder, 'person-id-key') });
    expect(config.personIdKey).toBe('k'.repeat(40));
    expect(() =>
      loadConfig({
        PERSON_ID_KEY: 'k'.repeat(40),
        PERSON_ID_KEY_FILE: join(folder, 'person-id-key'),
        METRICS_TOKEN_FILE: join(folder, 'missing'),
      }),
    ).toThrow(
      'Invalid configuration:\n' +
        '  PERSON_ID_KEY_FILE: give PERSON_ID_KEY or PERSON_ID_KEY_FILE, not both\n' +
        `  METRICS_TOKEN_FILE: cannot read the file it names (${join(folder, 'missing')})`,
    );
  });

  it('reads the operations settings: CORS origins as a list, log level, grace period, metrics token, OTLP endpoint', () => {
    expect(loadConfig({})).toMatchObject({
      corsOrigins: [],
      logLevel: 'info',
      shutdownGraceMs: 10_000,
      metricsToken: undefined,
      otlpEndpoint: undefined,
    });
    expect(
      loadConfig({
        CORS_ORIGINS: 'https://dash.example.gov.cn, http://localhost:5173',
        LOG_LEVEL: 'debug',
        SHUTDOWN_GRACE_MS: '2500',
        METRICS_TOKEN: 'm'.repeat(16),
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
      }),
    ).toMatchObject({
      corsOrigins: ['https://dash.example.gov.cn', 'http://localhost:5173'],
      logLevel: 'debug',
      shutdownGraceMs: 2500,
      metricsToken: 'm'.repeat(16),
      otlpEndpoint: 'http://127.0.0.1:4318',
    });
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(
      'CORS_ORIGINS: a comma-separated list of origins such as https://dashboard.example.gov.cn (scheme and host, no path)',
    );
  });
});
