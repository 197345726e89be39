import { readFileSync } from 'node:fs';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Config, SubgraphName } from '#shared/config.ts';
import { createAuthenticator } from '../src/authenticate.ts';
import { joinFieldAliasRule, joinFieldNames } from '../src/join-field-aliases.ts';
import { httpTransport } from './http-transport.ts';
import { identityContextPlugin, identityHeaders, type IdentityContext } from './identity-forwarding.ts';

/** The same file the Apollo gateway runs from (`npm run compose`). */
const SUPERGRAPH_FILE = new URL('../supergraph.graphql', import.meta.url);

export interface HiveGatewayOptions {
  config: Config;
  /** Overrides of the subgraph URLs written in the supergraph (ENROLLMENT_URL, …). */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  /** Development: the public key `npm run token` signs with. */
  developmentPublicKey?: string;
}

/** The refusal of aliases named like key or required fields, which would forge representations (see README). */
function joinFieldAliasPlugin(supergraphSdl: string): GatewayPlugin {
  const rule = joinFieldAliasRule(joinFieldNames(supergraphSdl));
  return { onValidate: ({ addValidationRule }) => addValidationRule(rule) };
}

/**
 * The hub's supergraph served by Hive Gateway instead of Apollo Gateway: a second runtime, for comparison and as
 * a way out. Same supergraph file, same authentication, same identity forwarding per subgraph, same alias rule.
 * Not (yet) carried over from the Apollo gateway: the production operation limits (graphql-armor and our list-aware
 * cost), the partial-result shaping of a failed subgraph, the scalar checks at the gateway and the error masking
 * of `format-error.ts`; Hive's own defaults apply there (its errors are masked too).
 */
export function createHiveGateway(options: HiveGatewayOptions) {
  const { config } = options;
  const supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');
  const authenticate = createAuthenticator(config, options.developmentPublicKey);
  return createGatewayRuntime<IdentityContext>({
    supergraph,
    transports: { http: httpTransport },
    transportEntries: Object.fromEntries(
      Object.entries(options.subgraphUrls).map(([name, location]) => [name, { location }]),
    ),
    propagateHeaders: { fromClientToSubgraphs: identityHeaders(config.subgraphSecrets) },
    plugins: () => [identityContextPlugin(authenticate), joinFieldAliasPlugin(supergraph)],
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    ...(config.nodeEnv === 'production' ? { disableIntrospection: {} } : {}),
    // Subgraph errors reach the client as the subgraph wrote them, without the subgraph's name (as on Apollo's).
    subgraphErrors: { subgraphNameProp: false, errorCode: false },
    logging: 'error',
  });
}
