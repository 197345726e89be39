import { DEFAULT_SUBGRAPH_PORTS, type Config, type SubgraphName } from '#shared/config.ts';
import { serveSubgraph, type RunningSubgraph } from '#shared/server/subgraph.ts';
import { startGateway } from '../../gateway/src/server.ts';
import { accountsSubgraph } from '../../subgraphs/accounts/src/server.ts';
import { contributionsSubgraph } from '../../subgraphs/contributions/src/server.ts';
import { enrollmentSubgraph } from '../../subgraphs/enrollment/src/server.ts';
import { transfersSubgraph } from '../../subgraphs/transfers/src/server.ts';

export const SUBGRAPHS = [enrollmentSubgraph, contributionsSubgraph, accountsSubgraph, transfersSubgraph];

export interface StackOptions {
  config: Config;
  /** The PostgreSQL server; each subgraph creates and migrates its own database on it. */
  serverUrl: string;
  host: string;
  /** Fixed ports (4000 and 4001–4004 by default), or 'any' for free ones (tests). */
  ports: 'default' | 'any';
  exampleVariables?: Record<string, unknown>;
  /** Development: the public key `npm run token` signs with. */
  developmentPublicKey?: string;
  /**
   * Starts some subgraphs some other way (the fault tests run them as processes of their own), given the
   * configuration that tells them where the others listen. In process by default.
   */
  external?: Partial<Record<SubgraphName, (config: Config) => Promise<{ url: string; stop(): Promise<void> }>>>;
}

export interface Stack {
  gatewayUrl: string;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  stop(): Promise<void>;
}

/**
 * Starts the four subgraphs, each over HTTP with its own database, then the gateway in front of them. Enrollment
 * starts first (accounts asks it for a payout's conditions); the transfers subgraph starts last, told where the
 * other three listen, since it drives them.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const running: RunningSubgraph[] = [];
  const serve = (definition: (typeof SUBGRAPHS)[number], config: Config) =>
    serveSubgraph(definition, {
      serverUrl: options.serverUrl,
      config,
      host: options.host,
      port: options.ports === 'any' ? 0 : DEFAULT_SUBGRAPH_PORTS[definition.name],
    }).then((subgraph) => {
      running.push(subgraph);
      return subgraph;
    });
  const start = async (definition: (typeof SUBGRAPHS)[number], config: Config): Promise<RunningSubgraph> => {
    const external = options.external?.[definition.name];
    if (!external) return serve(definition, config);
    // A process of its own: the stack holds no handle on its database.
    const subgraph = { ...(await external(config)), name: definition.name };
    running.push(subgraph);
    return subgraph;
  };
  try {
    const told = (urls: Partial<Record<SubgraphName, string>>): Config => ({
      ...options.config,
      subgraphUrls: { ...options.config.subgraphUrls, ...urls },
    });
    const enrollment = await start(enrollmentSubgraph, options.config);
    const [contributions, accounts] = await Promise.all(
      [contributionsSubgraph, accountsSubgraph].map((definition) =>
        start(definition, told({ enrollment: enrollment.url })),
      ),
    );
    await start(
      transfersSubgraph,
      told({ enrollment: enrollment.url, contributions: contributions!.url, accounts: accounts!.url }),
    );
  } catch (error) {
    await Promise.all(running.map((subgraph) => subgraph.stop()));
    throw error;
  }
  const subgraphs = Object.fromEntries(running.map((subgraph) => [subgraph.name, subgraph])) as Stack['subgraphs'];
  const subgraphUrls = Object.fromEntries(running.map((subgraph) => [subgraph.name, subgraph.url]));
  let gateway;
  try {
    gateway = await startGateway({
      config: options.config,
      port: options.ports === 'any' ? 0 : (options.config.port ?? 4000),
      host: options.host,
      subgraphUrls,
      ...(options.exampleVariables ? { exampleVariables: options.exampleVariables } : {}),
      ...(options.developmentPublicKey ? { developmentPublicKey: options.developmentPublicKey } : {}),
    });
  } catch (error) {
    await Promise.all(running.map((subgraph) => subgraph.stop()));
    throw error;
  }
  return {
    gatewayUrl: gateway.url,
    subgraphs,
    stop: async () => {
      await gateway.close();
      await Promise.all(running.map((subgraph) => subgraph.stop()));
    },
  };
}
