import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { SubgraphName } from '#shared/config.ts';
import { createErrorFormatter } from '#shared/server/format-error.ts';
import { startHttpServer, type RunningHttpServer } from '#shared/server/http-server.ts';
import { graphiqlRoute } from './graphiql.ts';
import { SubgraphDataSource } from './subgraph-data-source.ts';

export const SUPERGRAPH_FILE = new URL('../supergraph.graphql', import.meta.url);

export interface GatewayOptions {
  port: number;
  host: string;
  /** Overrides of the subgraph URLs written in the supergraph (ENROLLMENT_URL, …). */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  /** Variables of the example GraphiQL opens with. */
  exampleVariables?: Record<string, unknown>;
}

/** The gateway runs from the supergraph composed at build time only; it never introspects the subgraphs. */
export function createGateway(subgraphUrls: GatewayOptions['subgraphUrls']) {
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name, url }) =>
      new SubgraphDataSource({ url: subgraphUrls[name as SubgraphName] ?? url }),
  });
  return new ApolloServer({
    gateway,
    formatError: createErrorFormatter((line) => console.error(`[gateway] ${line}`)),
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
}

export async function startGateway(options: GatewayOptions): Promise<RunningHttpServer> {
  const apollo = createGateway(options.subgraphUrls);
  await apollo.start();
  try {
    const http = await startHttpServer({
      apollo,
      port: options.port,
      host: options.host,
      context: async () => ({}),
      routes: [graphiqlRoute(options.exampleVariables ?? { idNumber: '' })],
    });
    return {
      ...http,
      close: async () => {
        await http.close();
        await apollo.stop();
      },
    };
  } catch (error) {
    await apollo.stop();
    throw error;
  }
}
