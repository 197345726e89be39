import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  CONFIG_VARIABLES,
  DEFAULT_SUBGRAPH_PORTS,
  loadConfig,
  SUBGRAPH_NAMES,
  subgraphUrlVariable,
} from '#shared/config.ts';

/** No Docker engine runs here, so the file is checked against the code's own configuration instead. */
type Service = {
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  expose?: string[];
  depends_on?: Record<string, { condition: string }>;
};
const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const services = compose.services;
const root = new URL('../', import.meta.url);

/** Compose substitutes ${VAR:?message} and ${VAR:-default} from the shell; stand in a value of the right shape. */
const substituted = (environment: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(environment).map(([name, value]) => [
      name,
      value.replace(
        /\$\{([A-Z_]+)(?::-([^}]*))?[^}]*\}/g,
        (_, variable: string, fallback?: string) =>
          fallback ?? (variable.endsWith('_URL') ? 'https://identity.example/jwks.json' : 'x'.repeat(64)),
      ),
    ]),
  );

describe('docker-compose.yml', () => {
  it('has PostgreSQL, the four subgraphs and the gateway', () => {
    expect(Object.keys(services).sort()).toEqual([
      'accounts',
      'contributions',
      'enrollment',
      'gateway',
      'install',
      'postgres',
      'transfers',
    ]);
  });

  it.each(SUBGRAPH_NAMES)(
    'runs the %s subgraph from its entry point, on its port, against the postgres service',
    (name) => {
      const service = services[name]!;
      expect(service.command).toEqual(['npx', 'tsx', `subgraphs/${name}/src/index.ts`]);
      expect(existsSync(new URL(`subgraphs/${name}/src/index.ts`, root))).toBe(true);
      const config = loadConfig(substituted(service.environment!));
      expect(config.nodeEnv).toBe('production');
      expect(config.port).toBe(DEFAULT_SUBGRAPH_PORTS[name]);
      expect(service.expose).toEqual([String(DEFAULT_SUBGRAPH_PORTS[name])]);
      const postgres = services.postgres!.environment!;
      expect(new URL(config.databaseUrl!)).toMatchObject({
        hostname: 'postgres',
        username: postgres.POSTGRES_USER,
        password: postgres.POSTGRES_PASSWORD,
        pathname: `/${postgres.POSTGRES_DB}`,
      });
      expect(service.depends_on).toEqual({
        install: { condition: 'service_completed_successfully' },
        postgres: { condition: 'service_healthy' },
      });
    },
  );

  it('points the transfers subgraph at the three subgraphs it drives', () => {
    const environment = services.transfers!.environment!;
    for (const name of ['enrollment', 'contributions', 'accounts'] as const) {
      expect(environment[subgraphUrlVariable(name)]).toBe(
        `http://${name}:${services[name]!.environment!.PORT}/graphql`,
      );
    }
  });

  it("points the accounts subgraph at enrollment, which it asks for a payout's conditions (004 art 15)", () => {
    expect(services.accounts!.environment![subgraphUrlVariable('enrollment')]).toBe(
      `http://enrollment:${services.enrollment!.environment!.PORT}/graphql`,
    );
  });

  it('points the gateway at every subgraph service on the port that service listens on', () => {
    const gateway = services.gateway!;
    expect(gateway.command).toEqual(['npx', 'tsx', 'gateway/src/index.ts']);
    const config = loadConfig(substituted(gateway.environment!), 'gateway');
    expect(config.port).toBe(4000);
    expect(gateway.ports).toEqual(['4000:4000']);
    for (const name of SUBGRAPH_NAMES) {
      expect(gateway.environment![subgraphUrlVariable(name)]).toBe(
        `http://${name}:${services[name]!.environment!.PORT}/graphql`,
      );
    }
  });

  it('uses no variable the code does not read', () => {
    for (const name of [...SUBGRAPH_NAMES, 'gateway']) {
      for (const variable of Object.keys(services[name]!.environment!)) expect(CONFIG_VARIABLES).toContain(variable);
    }
  });
});
