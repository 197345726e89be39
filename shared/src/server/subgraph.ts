import { readFileSync } from 'node:fs';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { AuditTrail, readAuditWriterFor } from '../audit/audit-trail.ts';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { IDENTITY_HEADER, verifyIdentity, type Identity } from '../auth/identity.ts';
import type { EntitySchema, MixedList } from 'typeorm';
import type { Config, SubgraphName } from '../config.ts';
import type { RuntimePrivileges } from '../database/roles.ts';
import { openSubgraphDatabase, type SubgraphDatabase } from '../database/subgraph-database.ts';
import { serviceLog, type Logger, type RequestScope } from '../observability/log.ts';
import { ServiceMetrics } from '../observability/metrics.ts';
import { createErrorFormatter, internalErrorLog } from './format-error.ts';
import { startHttpServer, type RunningHttpServer } from './http-server.ts';
import { inputStringsPlugin } from './input-strings.ts';
import { subgraphReadiness } from './readiness.ts';

/** Work a subgraph keeps running beside its requests (the transfers subgraph's job engine). */
export interface Background {
  stop(): Promise<void>;
}

/** What a subgraph has for as long as it runs. */
export interface SubgraphBase {
  db: SubgraphDatabase;
  config: Config;
  background?: Background;
  /** The service's own logger (inside a request, the context's `request.log` carries the request's id). */
  log: Logger;
}

/** What every subgraph's request context carries — who is calling — and each subgraph adds its DataLoaders. */
export interface ServiceContext extends BaseContext, SubgraphBase {
  identity: Identity;
  audit: AuditTrail;
  /** The request's id and logger (absent when a test executes an operation in process). */
  request?: RequestScope;
}

/** A request's context: the subgraph, the caller, the caller's audit trail, and the request's scope. */
export function requestContext(base: SubgraphBase, identity: Identity, request?: RequestScope): ServiceContext {
  return {
    ...base,
    identity,
    audit: new AuditTrail(readAuditWriterFor(base.db.dataSource), identity),
    ...(request ? { request } : {}),
  };
}

/** Hands each request's collected reads to the audit trail's writer when the response goes out (it does not wait). */
const auditReads: ApolloServerPlugin<ServiceContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        contextValue.audit.flush();
      },
    };
  },
};

/** Everything needed to run one subgraph: its schema with its resolvers, its database model and request context. */
export interface SubgraphDefinition {
  name: SubgraphName;
  schemaFile: URL;
  entities: MixedList<EntitySchema>;
  migrations: MixedList<new () => unknown>;
  /** What the runtime database role may do, table by table (everything else is refused by PostgreSQL). */
  privileges: RuntimePrivileges;
  /** The executable subgraph schema: the SDL of `schemaFile` with the subgraph's resolvers. */
  buildSchema(): GraphQLSchema;
  /** Builds a fresh context — fresh DataLoaders — for every request. */
  createContext(base: ServiceContext): ServiceContext;
  /** Starts the subgraph's background work once its database is open; stopped on shutdown. */
  startBackground?(base: SubgraphBase): Promise<Background>;
  /** Adds the subgraph's own metrics (the transfers subgraph's job counts) to the service's. */
  addMetrics?(metrics: ServiceMetrics, base: SubgraphBase): void;
}

/**
 * A subgraph's resolver map as @apollo/subgraph takes it. Its type cannot describe `__resolveReference(reference,
 * context, info)` with a context of the subgraph's own, so the context is left open here; the generated `Resolvers`
 * each subgraph passes check it, resolver by resolver.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SubgraphResolvers = GraphQLResolverMap<any>;

/**
 * Declares a subgraph from its resolver map, typed by its generated `Resolvers` with its own context type. That
 * type stays inside: the rest of the code (start scripts, tests) handles all four subgraphs alike, as
 * `SubgraphDefinition`.
 */
export function defineSubgraph<TContext extends ServiceContext>(
  definition: Omit<SubgraphDefinition, 'buildSchema' | 'createContext'> & {
    /** The generated `Resolvers` of the subgraph, typed with its own context. */
    resolvers: SubgraphResolvers;
    createContext(base: ServiceContext): TContext;
  },
): SubgraphDefinition {
  const { resolvers, ...rest } = definition;
  return {
    ...rest,
    buildSchema: () => buildSubgraphSchema([{ typeDefs: readSchema(definition.schemaFile), resolvers }]),
  };
}

export function readSchema(file: URL) {
  return parse(readFileSync(file, 'utf8'));
}

export function createSubgraphServer(
  definition: SubgraphDefinition,
  metrics: ServiceMetrics = new ServiceMetrics(definition.name),
) {
  return new ApolloServer<ServiceContext>({
    schema: definition.buildSchema(),
    formatError: createErrorFormatter(),
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (stopOnSignals): Apollo's own signal handlers would stop the server behind our back.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // Nothing reads cache hints; the implicit plugin would wrap every resolver of every request.
      ApolloServerPluginCacheControlDisabled(),
      inputStringsPlugin<ServiceContext>(),
      auditReads,
      metrics.plugin<ServiceContext>(),
      internalErrorLog<ServiceContext>(serviceLog(definition.name)),
    ],
  });
}

export interface RunningSubgraph {
  name: SubgraphName;
  url: string;
  /** Its database, when it runs in this process. */
  db?: SubgraphDatabase;
  stop(): Promise<void>;
}

export interface ServeOptions {
  serverUrl: string;
  config: Config;
  port: number;
  host: string;
}

const countOf = (list: MixedList<unknown>) => (Array.isArray(list) ? list.length : Object.keys(list).length);

/** Opens (creating and migrating) the subgraph's database and serves the subgraph over HTTP. */
export async function serveSubgraph(definition: SubgraphDefinition, options: ServeOptions): Promise<RunningSubgraph> {
  const db = await openSubgraphDatabase({
    serverUrl: options.serverUrl,
    databaseName: `${options.config.databaseNamePrefix}${definition.name}`,
    secret: options.config.subgraphSecrets[definition.name],
    entities: definition.entities,
    migrations: definition.migrations,
    privileges: definition.privileges,
  });
  const log = serviceLog(definition.name);
  const background = await definition.startBackground?.({ db, config: options.config, log });
  const base: SubgraphBase = { db, config: options.config, log, ...(background ? { background } : {}) };
  const secret = options.config.subgraphSecrets[definition.name];
  const metrics = new ServiceMetrics(definition.name);
  metrics.watchPool(db.dataSource);
  definition.addMetrics?.(metrics, base);
  const apollo = createSubgraphServer(definition, metrics);
  await apollo.start();
  let http: RunningHttpServer;
  try {
    http = await startHttpServer({
      apollo,
      port: options.port,
      host: options.host,
      log,
      metrics,
      readiness: subgraphReadiness(db.dataSource, countOf(definition.migrations)),
      metricsToken: options.config.metricsToken,
      production: options.config.nodeEnv === 'production',
      shutdownGraceMs: options.config.shutdownGraceMs,
      // Only the gateway (or the transfer workflow) can sign an identity with this subgraph's secret: any
      // other request, `_service` and `_entities` included, is refused before it is parsed.
      context: async (request, scope) => {
        const header = request.headers[IDENTITY_HEADER];
        const identity = verifyIdentity(Array.isArray(header) ? header[0] : header, secret);
        if (!identity) {
          throw new GraphQLError('This subgraph answers the gateway only: send the request to the gateway.', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        return definition.createContext(requestContext(base, identity, scope));
      },
    });
  } catch (error) {
    await apollo.stop();
    await background?.stop();
    await db.dataSource.destroy();
    throw error;
  }
  return {
    name: definition.name,
    url: http.url,
    db,
    stop: async () => {
      await http.close();
      await apollo.stop();
      await background?.stop();
      await readAuditWriterFor(db.dataSource).drain();
      await db.dataSource.destroy();
    },
  };
}
