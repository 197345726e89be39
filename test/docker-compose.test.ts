import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  CONFIG_VARIABLES,
  DEFAULT_SUBGRAPH_PORTS,
  FILE_VARIABLES,
  loadConfig,
  SUBGRAPH_NAMES,
  subgraphUrlVariable,
} from '#shared/config.ts';
import { POSTGRES_PASSWORD_FILE, SECRET_FILES, writeSecretFiles } from '../scripts/lib/secret-files.ts';
import { execForm, readDockerfile } from './support/dockerfile.ts';

/**
 * No Docker engine runs here, so docker-compose.yml and the Dockerfile are checked against the code instead: every
 * variable is one the configuration reads, every secret comes from a file, and each service's configuration, with
 * the secret files `npm run secrets` writes mounted where compose mounts them, is one `loadConfig` accepts.
 */
type Service = {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  secrets?: string[];
  healthcheck?: { test: string[] };
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  read_only?: boolean;
  depends_on?: Record<string, { condition: string }>;
};
const root = new URL('../', import.meta.url);
const compose = parse(readFileSync(new URL('docker-compose.yml', root), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
  secrets: Record<string, { file: string }>;
};
const services = compose.services;
const hubServices = [...SUBGRAPH_NAMES, 'gateway'] as const;
const dockerfile = readDockerfile(new URL('Dockerfile', root));
const last = (instruction: string) => dockerfile.filter((line) => line.instruction === instruction).at(-1)!.args;

/** The secret files `npm run secrets` writes, in a throwaway copy of the checkout's ./secrets/. */
const checkout = mkdtempSync(join(tmpdir(), 'compose-secrets-'));
writeSecretFiles(join(checkout, 'secrets'));
afterAll(() => rmSync(checkout, { recursive: true, force: true }));
const secretFile = (name: string) => join(checkout, compose.secrets[name]!.file);

/** A service's environment as its container sees it: /run/secrets/<name> is that secret's file. */
const containerEnvironment = (service: Service) =>
  Object.fromEntries(
    Object.entries(service.environment!).map(([name, value]) => {
      const secret = /^\/run\/secrets\/(.+)$/.exec(value)?.[1];
      return [name, secret && service.secrets?.includes(secret) ? secretFile(secret) : value];
    }),
  );

describe('the Dockerfile', () => {
  it('installs production dependencies only, in a stage of its own, and copies them into the runtime stage', () => {
    expect(dockerfile.filter((line) => line.instruction === 'FROM').map((line) => line.args)).toEqual([
      '${NODE_IMAGE} AS dependencies',
      '${NODE_IMAGE} AS runtime',
    ]);
    const install = dockerfile.find((line) => line.instruction === 'RUN')!.args;
    expect(install).toContain('npm ci --omit=dev');
    expect(dockerfile).toContainEqual({
      instruction: 'COPY',
      args: '--from=dependencies /app/node_modules ./node_modules',
    });
    const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(manifest.dependencies)).toContain('tsx');
  });

  it('copies only paths that exist, and the allow-list of .dockerignore lets exactly those in', () => {
    const sources = dockerfile
      .filter((line) => line.instruction === 'COPY' && !line.args.startsWith('--from'))
      .flatMap((line) => line.args.split(' ').slice(0, -1));
    expect(sources).toEqual([
      'package.json',
      'package-lock.json',
      'package.json',
      'tsconfig.json',
      'shared/src',
      'gateway',
      'subgraphs',
      'deploy/healthcheck.js',
    ]);
    for (const source of sources) expect(existsSync(new URL(source, root))).toBe(true);
    const ignore = readFileSync(new URL('.dockerignore', root), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(ignore).toEqual([
      '*',
      '!package.json',
      '!package-lock.json',
      '!tsconfig.json',
      '!gateway/',
      '!subgraphs/',
      '!shared/src/',
      '!deploy/healthcheck.js',
      '**/*.test.ts',
    ]);
  });

  it("runs as the node image's unprivileged user, with a health check on /healthz in node itself", () => {
    expect(last('USER')).toBe('node');
    expect(last('HEALTHCHECK')).toBe(
      '--interval=10s --timeout=5s --start-period=60s --retries=3 CMD ["node", "deploy/healthcheck.js", "/healthz"]',
    );
  });

  it('runs the TypeScript entry point its command names with tsx inside node, the gateway by default', () => {
    expect(execForm(last('ENTRYPOINT'))).toEqual(['node', '--import', 'tsx']);
    expect(execForm(last('CMD'))).toEqual(['gateway/src/index.ts']);
    expect(existsSync(new URL('gateway/src/index.ts', root))).toBe(true);
  });
});

describe('docker-compose.yml', () => {
  it('has PostgreSQL, the four subgraphs and the gateway, and nothing else', () => {
    expect(Object.keys(services).sort()).toEqual([
      'accounts',
      'contributions',
      'enrollment',
      'gateway',
      'postgres',
      'transfers',
    ]);
  });

  it.each(hubServices)('builds the one image for %s, mounts no source, and runs it read-only', (name) => {
    expect(services[name]).toMatchObject({ image: 'medins-hub:local', build: '.', read_only: true });
    expect(services[name]!.volumes).toBeUndefined();
  });

  it.each(SUBGRAPH_NAMES)(
    'runs the %s subgraph from its entry point, on its port, against the postgres service',
    (name) => {
      const service = services[name]!;
      expect(service.command).toEqual([`subgraphs/${name}/src/index.ts`]);
      expect(existsSync(new URL(service.command![0]!, root))).toBe(true);
      const config = loadConfig(containerEnvironment(service));
      expect(config.nodeEnv).toBe('production');
      expect(config.port).toBe(DEFAULT_SUBGRAPH_PORTS[name]);
      expect(service.expose).toEqual([String(DEFAULT_SUBGRAPH_PORTS[name])]);
      const postgres = services.postgres!.environment!;
      expect(new URL(config.databaseUrl!)).toMatchObject({
        hostname: 'postgres',
        port: '5432',
        username: postgres.POSTGRES_USER,
        password: readFileSync(secretFile(POSTGRES_PASSWORD_FILE), 'utf8').trim(),
        pathname: `/${postgres.POSTGRES_DB}`,
      });
      expect(config.personIdKey).toBe(readFileSync(secretFile('person-id-key'), 'utf8').trim());
      expect(service.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
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

  it('runs the gateway on the key pair `npm run secrets` wrote, waiting for every subgraph to be ready', () => {
    const gateway = services.gateway!;
    expect(gateway.command).toEqual(['gateway/src/index.ts']);
    const config = loadConfig(containerEnvironment(gateway), 'gateway');
    expect(config.port).toBe(4000);
    expect(config.auth).toEqual({ publicKey: readFileSync(secretFile('auth-public-key'), 'utf8').trimEnd() });
    expect(gateway.ports).toEqual(['4000:4000']);
    for (const name of SUBGRAPH_NAMES) {
      expect(gateway.environment![subgraphUrlVariable(name)]).toBe(
        `http://${name}:${services[name]!.environment!.PORT}/graphql`,
      );
    }
    expect(gateway.depends_on).toEqual(
      Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, { condition: 'service_healthy' }])),
    );
  });

  it('uses no variable the code does not read, and reads every secret from a Docker secret', () => {
    for (const name of hubServices) {
      const service = services[name]!;
      for (const [variable, value] of Object.entries(service.environment!)) {
        const secret = variable.replace(/_FILE$/, '') as (typeof FILE_VARIABLES)[number];
        if (variable.endsWith('_FILE')) {
          expect(FILE_VARIABLES).toContain(secret);
          const file = /^\/run\/secrets\/(.+)$/.exec(value)![1]! as keyof typeof SECRET_FILES;
          expect(SECRET_FILES[file]).toBe(secret);
          expect(service.secrets).toContain(file);
        } else {
          expect(CONFIG_VARIABLES).toContain(variable);
          expect(FILE_VARIABLES).not.toContain(variable);
        }
      }
      expect(service.secrets!.length).toBe(Object.keys(service.environment!).filter((v) => v.endsWith('_FILE')).length);
    }
  });

  it('writes no password in the file: PostgreSQL reads its own from a Docker secret', () => {
    expect(services.postgres!.environment).toEqual({
      POSTGRES_USER: 'hub',
      POSTGRES_PASSWORD_FILE: '/run/secrets/postgres-password',
      POSTGRES_DB: 'postgres',
    });
    expect(services.postgres!.secrets).toEqual(['postgres-password']);
    const text = readFileSync(new URL('docker-compose.yml', root), 'utf8');
    expect(text).not.toMatch(/:\/\/[^/\s]+:[^@\s]+@/);
    expect(text).not.toContain('${');
  });

  it('takes every secret from the file `npm run secrets` writes under ./secrets/', () => {
    expect(compose.secrets).toEqual(
      Object.fromEntries(
        [POSTGRES_PASSWORD_FILE, ...Object.keys(SECRET_FILES)].map((name) => [name, { file: `./secrets/${name}` }]),
      ),
    );
    for (const name of Object.keys(compose.secrets)) expect(existsSync(secretFile(name))).toBe(true);
    const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts.secrets).toBe('tsx scripts/make-secrets.ts');
    expect(readFileSync(new URL('README.md', root), 'utf8')).toContain('npm run secrets && docker compose up');
  });

  it('checks every service is ready before the services that need it start', () => {
    expect(services.postgres!.healthcheck!.test).toEqual(['CMD-SHELL', 'pg_isready -U hub -d postgres']);
    for (const name of hubServices) {
      expect(services[name]!.healthcheck!.test).toEqual(['CMD', 'node', 'deploy/healthcheck.js', '/readyz']);
    }
    for (const service of Object.values(services)) {
      for (const dependency of Object.values(service.depends_on ?? {}))
        expect(dependency).toEqual({ condition: 'service_healthy' });
    }
  });

  it('sets no AUTH_AUDIENCE, as the README says (tokens from `npm run token` carry none)', () => {
    expect(Object.keys(services.gateway!.environment!)).not.toContain('AUTH_AUDIENCE');
  });
});
