import { randomUUID } from 'node:crypto';
import { ClientError, GraphQLClient } from 'graphql-request';
import { inject, expect } from 'vitest';
import { loadConfig, SUBGRAPH_NAMES, type Config, type SubgraphName } from '#shared/config.ts';
import { dropDatabase } from '#shared/database/subgraph-database.ts';
import { startStack, type Stack } from '../../scripts/lib/stack.ts';
import { asOwner } from './database-roles.ts';

export interface TestStack extends Stack {
  client: GraphQLClient;
  config: Config;
  /** One statement in a subgraph's database as its owner role (the service itself may do far less). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of any query, as pg hands them over
  asOwner(subgraph: SubgraphName, sql: string, parameters?: unknown[]): Promise<any[]>;
}

/** What tests change of the job engine: a job that died with its process is retried after 5 s, not 60. */
export const TEST_EFFECT_SETTINGS = { TRANSFER_EFFECT_TIMEOUT_S: '5', TRANSFER_EFFECT_RETRY_DELAY_S: '1' };

/** A fresh database name prefix per stack, so test files never see each other's data. */
export function testConfig(extra: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_NAME_PREFIX: `t${randomUUID().slice(0, 8)}_`,
    ...TEST_EFFECT_SETTINGS,
    ...extra,
  });
}

/** The whole hub over real HTTP on free ports, with databases of its own (dropped by `stop`). */
export async function startTestStack(exampleVariables?: Record<string, unknown>): Promise<TestStack> {
  const serverUrl = inject('databaseServerUrl');
  const config = testConfig();
  const stack = await startStack({
    config,
    serverUrl,
    host: '127.0.0.1',
    ports: 'any',
    ...(exampleVariables ? { exampleVariables } : {}),
  });
  return {
    ...stack,
    config,
    client: new GraphQLClient(stack.gatewayUrl),
    asOwner: (subgraph, sql, parameters) =>
      asOwner(
        serverUrl,
        `${config.databaseNamePrefix}${subgraph}`,
        async (client) => (await client.query(sql, parameters)).rows,
      ),
    stop: async () => {
      await stack.stop();
      await Promise.all(SUBGRAPH_NAMES.map((name) => dropDatabase(serverUrl, `${config.databaseNamePrefix}${name}`)));
    },
  };
}

export interface ReportedError {
  message: string;
  extensions?: { code?: string };
}

/** The errors a request failed with; fails the test when it succeeded. */
export async function errorsOf(request: Promise<unknown>): Promise<ReportedError[]> {
  try {
    await request;
  } catch (error) {
    if (error instanceof ClientError) return (error.response.errors ?? []) as ReportedError[];
    throw error;
  }
  expect.fail('the request was expected to fail');
}
