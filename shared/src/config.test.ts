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

  it('requires the secrets PERSON_ID_KEY and AGENCY_SEAL_KEY for the subgraphs in production, not for the gateway', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      'Invalid configuration:\n  PERSON_ID_KEY: is required in production (a secret of at least 32 characters)\n' +
        '  AGENCY_SEAL_KEY: is required in production (a secret of at least 32 characters)',
    );
    expect(loadConfig({ NODE_ENV: 'production' }, 'gateway').nodeEnv).toBe('production');
    expect(() => loadConfig({ PERSON_ID_KEY: 'short' })).toThrow('PERSON_ID_KEY: must be at least 32 characters');
  });
});
