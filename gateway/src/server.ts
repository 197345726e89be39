import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { defaultSubgraphUrl, SUBGRAPH_NAMES, type Config, type SubgraphName } from '#shared/config.ts';
import { serviceLog } from '#shared/observability/log.ts';
import { ServiceMetrics } from '#shared/observability/metrics.ts';
import { createErrorFormatter, internalErrorLog } from '#shared/server/format-error.ts';
import { startHttpServer, type RunningHttpServer } from '#shared/server/http-server.ts';
import { createAuthenticator } from './authenticate.ts';
import { graphiqlRoute } from './graphiql.ts';
import { timelineRoute } from './timeline/route.ts';
import { joinFieldAliasRule, joinFieldNames } from './join-field-aliases.ts';
import { gatewayReadiness } from './readiness.ts';
import { clientMistakesPlugin } from './client-mistakes.ts';
import { MAX_OPERATION_COST, operationCostPlugin } from './operation-cost.ts';
import { checkScalarsAtGateway } from './scalar-inputs.ts';
import { inputStringsPlugin } from '#shared/server/input-strings.ts';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source.ts';
import { SubgraphFetchMetrics } from './subgraph-fetch-metrics.ts';

export const SUPERGRAPH_FILE = new URL('../supergraph.graphql', import.meta.url);

/**
 * Operation limits in production: graphql-armor 3.2 (with its 2024–2025 bypass fixes) for depth, aliases and
 * directives, graphql-js's parser for tokens, and our own cost (operation-cost.ts), which counts list arguments. Generous for every
 * query the dashboards and GraphiQL examples send, small enough to stop abusive ones. Field suggestions are
 * blocked so errors do not reveal the schema.
 */
export const OPERATION_LIMITS = { depth: 10, aliases: 15, directives: 10, tokens: 3000, cost: MAX_OPERATION_COST };

function armor() {
  return new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.depth },
    maxAliases: { n: OPERATION_LIMITS.aliases },
    maxDirectives: { n: OPERATION_LIMITS.directives },
    // graphql-js counts tokens while it parses (parseOptions below), and a document over the limit is a 400.
    maxTokens: { enabled: false },
    // The cost is ours (operation-cost.ts): graphql-armor's ignores the size of list arguments.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

export interface GatewayOptions {
  config: Config;
  port: number;
  host: string;
  /** Overrides of the subgraph URLs written in the supergraph (ENROLLMENT_URL, …). */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  /** Variables of the example GraphiQL opens with. */
  exampleVariables?: Record<string, unknown>;
  /** Development: the public key `npm run token` signs with. */
  developmentPublicKey?: string;
}

/** The gateway runs from the supergraph composed at build time only; it never introspects the subgraphs. */
export function createGateway(options: GatewayOptions, metrics = new ServiceMetrics('gateway')) {
  const { config } = options;
  const production = config.nodeEnv === 'production';
  const supergraphSdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
  const log = serviceLog('gateway');
  const fetches = new SubgraphFetchMetrics(metrics.registry);
  // Apollo Gateway reports usage data to Apollo's own servers (OTLP, every few minutes) unless told not to: a hub
  // of people's insurance records sends nothing anywhere but to its own subgraphs.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: options.subgraphUrls[name as SubgraphName] ?? url!,
        secret: config.subgraphSecrets[name as SubgraphName],
        timeoutMs: config.subgraphTimeoutMs,
        log,
        fetches,
      }),
  });
  checkScalarsAtGateway(gateway);
  // graphql-armor's types name Apollo's CommonJS build; the plugins are the same objects.
  const protection = production ? armor() : { plugins: [], validationRules: [] };
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<GatewayContext>[];
  return new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorFormatter(),
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (stopOnSignals): Apollo's own signal handlers would stop the server behind our back.
    stopOnTerminationSignals: false,
    introspection: !production,
    ...(production ? { parseOptions: { maxTokens: OPERATION_LIMITS.tokens } } : {}),
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      clientMistakesPlugin as ApolloServerPlugin<GatewayContext>,
      metrics.plugin<GatewayContext>(),
      internalErrorLog<GatewayContext>(log),
      inputStringsPlugin<GatewayContext>(),
      ...(production ? [operationCostPlugin() as ApolloServerPlugin<GatewayContext>] : []),
      ...armorPlugins,
    ],
    // In every mode: an alias must not take the name of a key or required field (it would forge representations).
    validationRules: [joinFieldAliasRule(joinFieldNames(supergraphSdl)), ...protection.validationRules],
  });
}

export async function startGateway(options: GatewayOptions): Promise<RunningHttpServer> {
  const { config } = options;
  const metrics = new ServiceMetrics('gateway');
  const apollo = createGateway(options, metrics);
  const authenticate = createAuthenticator(config, options.developmentPublicKey);
  await apollo.start();
  try {
    const http = await startHttpServer({
      apollo,
      port: options.port,
      host: options.host,
      log: serviceLog('gateway'),
      metrics,
      readiness: gatewayReadiness(
        Object.fromEntries(
          SUBGRAPH_NAMES.map((name) => [name, options.subgraphUrls[name] ?? defaultSubgraphUrl(name)]),
        ),
      ),
      metricsToken: config.metricsToken,
      production: config.nodeEnv === 'production',
      corsOrigins: config.corsOrigins,
      compress: true,
      shutdownGraceMs: config.shutdownGraceMs,
      context: async (request, scope) => ({ identity: await authenticate(request), request: scope }),
      // GraphiQL is for exploring on one's own machine; production turns introspection off, so it has none.
      routes: [
        timelineRoute(),
        ...(options.config.nodeEnv === 'production'
          ? []
          : [graphiqlRoute(options.exampleVariables ?? { idNumber: '' })]),
      ],
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
