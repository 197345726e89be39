import { randomUUID } from 'node:crypto';
import { ClientError, GraphQLClient } from 'graphql-request';
import { inject, expect } from 'vitest';
import { loadConfig, SUBGRAPH_NAMES, type Config } from '#shared/config.ts';
import { dropDatabase } from '#shared/database/subgraph-database.ts';
import { startStack, type Stack } from '../../scripts/lib/stack.ts';

export interface TestStack extends Stack {
  client: GraphQLClient;
  config: Config;
}

/** A fresh database name prefix per stack, so test files never see each other's data. */
export function testConfig(): Config {
  return loadConfig({ NODE_ENV: 'test', DATABASE_NAME_PREFIX: `t${randomUUID().slice(0, 8)}_` });
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
