import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Every environment variable the services read, parsed once at start-up; a bad value stops the start with
 * every problem listed. The README's configuration table mirrors this schema (a test keeps them in step).
 */
export const SUBGRAPH_NAMES = ['enrollment', 'contributions', 'accounts', 'transfers'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export const DEFAULT_SUBGRAPH_PORTS: Record<SubgraphName, number> = {
  enrollment: 4001,
  contributions: 4002,
  accounts: 4003,
  transfers: 4004,
};

/** The gateway's variable for each subgraph's URL, e.g. ENROLLMENT_URL. */
export const subgraphUrlVariable = (name: SubgraphName) =>
  `${name.toUpperCase() as Uppercase<SubgraphName>}_URL` as const;

/** Where a subgraph listens when its `*_URL` is not set: its default port on this machine (as composed). */
export const defaultSubgraphUrl = (name: SubgraphName) => `http://127.0.0.1:${DEFAULT_SUBGRAPH_PORTS[name]}/graphql`;

/** Each subgraph's secret variable, e.g. ENROLLMENT_SECRET. */
export const subgraphSecretVariable = (name: SubgraphName) =>
  `${name.toUpperCase() as Uppercase<SubgraphName>}_SECRET` as const;

const DEVELOPMENT_PERSON_ID_KEY = 'development-only-person-id-key-not-secret';
const DEVELOPMENT_AGENCY_SEAL_KEY = 'development-only-agency-seal-key-not-secret';

const port = z.coerce.number().int().min(1).max(65535);
const optionalUrl = z.string().url().optional();

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL, e.g. postgres://user@127.0.0.1:5432/postgres')
    .optional(),
  DATABASE_NAME_PREFIX: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,30}$/, 'lower-case letters, digits and _ only, starting with a letter')
    .default('medins_'),
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_POSTGRES_PORT: port.default(54329),
  SEED: z.enum(['demo', 'none']).default('demo'),
  PERSON_ID_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  AGENCY_SEAL_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_PUBLIC_KEY: z.string().includes('PUBLIC KEY', { message: 'must be a PEM public key (SPKI)' }).optional(),
  AUTH_JWKS_URL: optionalUrl,
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  TRANSFER_EFFECT_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  TRANSFER_EFFECT_RETRY_DELAY_S: z.coerce.number().int().min(1).max(3600).default(2),
  TRANSFER_EFFECT_TIMEOUT_S: z.coerce.number().int().min(5).max(3600).default(60),
  TRANSFER_STEP_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  ENROLLMENT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  CONTRIBUTIONS_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCOUNTS_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TRANSFERS_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ENROLLMENT_URL: optionalUrl,
  CONTRIBUTIONS_URL: optionalUrl,
  ACCOUNTS_URL: optionalUrl,
  TRANSFERS_URL: optionalUrl,
  CORS_ORIGINS: z
    .string()
    .regex(
      /^\s*(https?:\/\/[^\s,/]+)(\s*,\s*https?:\/\/[^\s,/]+)*\s*$/,
      'a comma-separated list of origins such as https://dashboard.example.gov.cn (scheme and host, no path)',
    )
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl,
});

/**
 * Secrets may come from files instead (Docker and Kubernetes secrets): `PERSON_ID_KEY_FILE=/run/secrets/x` reads
 * the variable from that file, its trailing newline removed. Giving both forms of one variable is a mistake.
 */
export const FILE_VARIABLES = [
  'DATABASE_URL',
  'PERSON_ID_KEY',
  'AGENCY_SEAL_KEY',
  'AUTH_PUBLIC_KEY',
  'ENROLLMENT_SECRET',
  'CONTRIBUTIONS_SECRET',
  'ACCOUNTS_SECRET',
  'TRANSFERS_SECRET',
  'METRICS_TOKEN',
] as const;

export type RawConfig = z.infer<typeof configSchema>;

export interface Config {
  nodeEnv: RawConfig['NODE_ENV'];
  /** The port of the service being started; each has its own default. */
  port: number | undefined;
  databaseUrl: string | undefined;
  databaseNamePrefix: string;
  dataDir: string;
  embeddedPostgresPort: number;
  seed: RawConfig['SEED'];
  personIdKey: string;
  /** The secret the agencies' SM2 seal keys are derived from (transfers subgraph). */
  agencySealKey: string;
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  /** Each subgraph's secret, which signs the identity the gateway (or the workflow) forwards to it. */
  subgraphSecrets: Record<SubgraphName, string>;
  auth: { publicKey?: string; jwksUrl?: string; issuer?: string; audience?: string };
  /** How long the gateway waits for a subgraph before giving up on it. */
  subgraphTimeoutMs: number;
  /** The transfer workflow's job engine (transfers subgraph). */
  transferEffects: { attempts: number; retryDelaySeconds: number; timeoutSeconds: number; stepWaitMs: number };
  /** Origins a browser may call the gateway from (CORS); none when empty. */
  corsOrigins: string[];
  logLevel: RawConfig['LOG_LEVEL'];
  /** How long a stopping service lets requests in flight finish before it closes their connections. */
  shutdownGraceMs: number;
  /** The bearer token `/metrics` asks for; without one, production serves no metrics. */
  metricsToken: string | undefined;
  /** Where traces go (OTLP over HTTP); no tracing without it. */
  otlpEndpoint: string | undefined;
}

/** The variable names the schema knows, for the docker-compose and README checks. */
export const CONFIG_VARIABLES = Object.keys(configSchema.shape) as (keyof RawConfig)[];

/** Replaces each `<NAME>_FILE` by the variable it names, read from the file; problems are listed, not thrown. */
function readFileVariables(env: NodeJS.ProcessEnv, problems: string[]): NodeJS.ProcessEnv {
  const resolved = { ...env };
  for (const name of FILE_VARIABLES) {
    const file = env[`${name}_FILE`];
    if (file === undefined) continue;
    if (env[name] !== undefined) {
      problems.push(`  ${name}_FILE: give ${name} or ${name}_FILE, not both`);
      continue;
    }
    try {
      resolved[name] = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch {
      problems.push(`  ${name}_FILE: cannot read the file it names (${file.slice(0, 200)})`);
    }
  }
  return resolved;
}

export class ConfigError extends Error {}

/**
 * Parses the environment. `service` says who reads it: the gateway holds no person data, so only the
 * subgraphs need PERSON_ID_KEY in production.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  service: 'gateway' | 'subgraphs' = 'subgraphs',
): Config {
  const problems: string[] = [];
  const parsed = configSchema.safeParse(readFileVariables(env, problems));
  if (!parsed.success)
    problems.push(...parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`));
  if (parsed.success && parsed.data.NODE_ENV === 'production') {
    const env = parsed.data;
    const required: (keyof RawConfig)[] =
      service === 'gateway'
        ? SUBGRAPH_NAMES.map(subgraphSecretVariable)
        : ['PERSON_ID_KEY', 'AGENCY_SEAL_KEY', ...SUBGRAPH_NAMES.map(subgraphSecretVariable)];
    for (const secret of required) {
      if (!env[secret]) problems.push(`  ${secret}: is required in production (a secret of at least 32 characters)`);
    }
    if (service === 'gateway' && !env.AUTH_PUBLIC_KEY && !env.AUTH_JWKS_URL) {
      problems.push('  AUTH_PUBLIC_KEY: production needs AUTH_PUBLIC_KEY or AUTH_JWKS_URL to verify bearer tokens');
    }
  }
  if (!parsed.success || problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const raw = parsed.data;
  return {
    nodeEnv: raw.NODE_ENV,
    port: raw.PORT,
    databaseUrl: raw.DATABASE_URL,
    databaseNamePrefix: raw.DATABASE_NAME_PREFIX,
    dataDir: raw.DATA_DIR,
    embeddedPostgresPort: raw.EMBEDDED_POSTGRES_PORT,
    seed: raw.SEED,
    personIdKey: raw.PERSON_ID_KEY ?? DEVELOPMENT_PERSON_ID_KEY,
    agencySealKey: raw.AGENCY_SEAL_KEY ?? DEVELOPMENT_AGENCY_SEAL_KEY,
    subgraphUrls: {
      enrollment: raw.ENROLLMENT_URL,
      contributions: raw.CONTRIBUTIONS_URL,
      accounts: raw.ACCOUNTS_URL,
      transfers: raw.TRANSFERS_URL,
    },
    // Development secrets are fixed and public; production requires real ones (checked above).
    subgraphSecrets: Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [
        name,
        raw[subgraphSecretVariable(name)] ?? `development-only-${name}-secret-not-secret`,
      ]),
    ) as Record<SubgraphName, string>,
    auth: {
      ...(raw.AUTH_PUBLIC_KEY ? { publicKey: raw.AUTH_PUBLIC_KEY } : {}),
      ...(raw.AUTH_JWKS_URL ? { jwksUrl: raw.AUTH_JWKS_URL } : {}),
      ...(raw.AUTH_ISSUER ? { issuer: raw.AUTH_ISSUER } : {}),
      ...(raw.AUTH_AUDIENCE ? { audience: raw.AUTH_AUDIENCE } : {}),
    },
    subgraphTimeoutMs: raw.SUBGRAPH_TIMEOUT_MS,
    transferEffects: {
      attempts: raw.TRANSFER_EFFECT_ATTEMPTS,
      retryDelaySeconds: raw.TRANSFER_EFFECT_RETRY_DELAY_S,
      timeoutSeconds: raw.TRANSFER_EFFECT_TIMEOUT_S,
      stepWaitMs: raw.TRANSFER_STEP_WAIT_MS,
    },
    corsOrigins: (raw.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0),
    logLevel: raw.LOG_LEVEL,
    shutdownGraceMs: raw.SHUTDOWN_GRACE_MS,
    metricsToken: raw.METRICS_TOKEN,
    otlpEndpoint: raw.OTEL_EXPORTER_OTLP_ENDPOINT,
  };
}
