import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { Logger, RequestScope } from '../observability/log.ts';
import type { ServiceMetrics } from '../observability/metrics.ts';
import type { Readiness } from './readiness.ts';

/** Requests larger than this are refused before they are parsed (the 500-person batches fit easily). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** The header that carries a request's id from the gateway to every subgraph it calls, and back to the client. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Serves a route other than /graphql (the gateway's GraphiQL page); returns false when it is not its path. */
export type ExtraRoute = (request: IncomingMessage, response: ServerResponse) => boolean;

export interface HttpServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** The request's context, given the request and its scope (id, logger) to carry to the resolvers. */
  context: (request: IncomingMessage, scope: RequestScope) => Promise<TContext>;
  port: number;
  host: string;
  routes?: ExtraRoute[];
  /** The service's logger: one line per request, with the request's id. */
  log: Logger;
  metrics: ServiceMetrics;
  /** What `/readyz` checks (the subgraph's database and migrations; the gateway's subgraphs). */
  readiness: () => Promise<Readiness>;
  /** The bearer token `/metrics` asks for; without one, only outside production are metrics served. */
  metricsToken: string | undefined;
  production: boolean;
  /** Origins a browser may call from (CORS); none by default. */
  corsOrigins?: string[];
  /**
   * Compress answers when the client asks: the gateway's, which cross the network to browsers and dashboards. A
   * subgraph's answers go to the gateway next to it, where compressing and inflating them again costs more CPU
   * than it saves.
   */
  compress?: boolean;
  /** How long requests in flight may take to finish once the server is closing (SHUTDOWN_GRACE_MS). */
  shutdownGraceMs: number;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  /** Stops accepting, lets requests in flight finish (up to the grace period), then closes every connection. */
  close(): Promise<void>;
}

/** A request id from the caller (the gateway) is kept when it is a plain token; anything else gets a fresh one. */
function requestId(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && /^[A-Za-z0-9._:-]{1,64}$/.test(given) ? given : randomUUID();
}

const errorBody = (code: string, message: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });

const jsonError = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.status(status).type('application/json; charset=utf-8').send(errorBody(code, message));

function writeRawError(response: ServerResponse, status: number, code: string, message: string): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(errorBody(code, message));
}

function sameToken(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A service's HTTP layer, on Fastify: the GraphQL endpoint at /graphql (Apollo's Fastify integration), `/healthz`
 * (the process answers), `/readyz` (it can serve: 503 while not, and from the moment it starts closing),
 * `/metrics` (Prometheus), and any extra routes (GraphiQL). The gateway's answers are compressed when the client asks
 * (brotli or gzip, over 1 KB); CORS admits only the configured origins; bodies over 5 MB are refused with 413. Every request
 * gets an id (the caller's `x-request-id`, or a new one), sent back in the same header, and one log line.
 */
export async function startHttpServer<TContext extends BaseContext>(
  options: HttpServerOptions<TContext>,
): Promise<RunningHttpServer> {
  let closing = false;
  // Each GraphQL request's scope (id, logger, operation name), for its context and its log line.
  const scopes = new WeakMap<FastifyRequest, RequestScope>();
  const app = Fastify({
    // Fastify's logger type is pino's minus a few members; the instance is the service's pino logger.
    loggerInstance: options.log as FastifyBaseLogger,
    // One line per request is ours (onResponse), with the request's id under the name the other lines use.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    genReqId: requestId,
    bodyLimit: MAX_BODY_BYTES,
    // Connections stay open between requests longer than the gateway keeps them idle (30 s), so the gateway never
    // reuses a connection this side is closing.
    keepAliveTimeout: 65_000,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });

  if (options.compress) await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024 });
  await app.register(fastifyCors, {
    origin: options.corsOrigins ?? [],
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', REQUEST_ID_HEADER, 'apollo-require-preflight'],
    exposedHeaders: [REQUEST_ID_HEADER],
    maxAge: 600,
  });
  // Any other body goes to Apollo as text, which refuses it in its own words (CSRF prevention, a bad request).
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  // Once closing, a connection ends with the answer in flight on it, instead of waiting idle for the grace period.
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  app.addHook('onResponse', async (request, reply) => {
    const probe = request.url === '/healthz' || request.url === '/readyz' || request.url === '/metrics';
    const line = {
      method: request.method,
      path: request.routeOptions.url ?? new URL(request.url, 'http://localhost').pathname,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
      ...(scopes.get(request)?.operationName ? { operation: scopes.get(request)!.operationName } : {}),
    };
    if (probe) request.log.debug(line, 'request');
    else request.log.info(line, 'request');
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return jsonError(
        reply,
        413,
        'BAD_REQUEST',
        `The request body is over ${MAX_BODY_BYTES} bytes: send smaller batches.`,
      );
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
      return jsonError(reply, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return jsonError(reply, error.statusCode, 'BAD_REQUEST', 'The request could not be read: send a JSON body.');
    }
    request.log.error({ err: error.message }, 'request failed');
    return jsonError(reply, 500, 'INTERNAL_SERVER_ERROR', 'The service could not complete this request.');
  });

  app.route({
    method: ['GET', 'POST'],
    url: '/graphql',
    handler: fastifyApolloHandler(options.apollo, {
      context: (request) => {
        const scope: RequestScope = { requestId: request.id, log: request.log as Logger };
        scopes.set(request, scope);
        return options.context(request.raw, scope);
      },
    }),
  });

  app.get('/healthz', async (_request, reply) => reply.send({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const readiness = closing ? { ready: false, checks: { shutdown: 'stopping' } } : await options.readiness();
    return reply
      .status(readiness.ready ? 200 : 503)
      .send({ status: readiness.ready ? 'ready' : 'not ready', checks: readiness.checks });
  });
  app.get('/metrics', async (request, reply) => {
    const { metricsToken } = options;
    if (!metricsToken && options.production) {
      return jsonError(reply, 404, 'NOT_FOUND', 'Metrics are served in production only with METRICS_TOKEN set.');
    }
    if (metricsToken && !sameToken(request.headers.authorization, metricsToken)) {
      return jsonError(reply, 401, 'UNAUTHENTICATED', 'Send the metrics token as "Authorization: Bearer <token>".');
    }
    return reply.type(options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
  });

  app.setNotFoundHandler((request, reply) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    reply.hijack();
    try {
      if (options.routes?.some((route) => route(request.raw, reply.raw))) return;
    } catch (error) {
      request.log.error({ err: (error as Error).message }, 'route failed');
      if (!reply.raw.headersSent)
        writeRawError(reply.raw, 500, 'INTERNAL_SERVER_ERROR', 'The service could not complete this request.');
      return;
    }
    writeRawError(reply.raw, 404, 'NOT_FOUND', `Nothing at ${path.slice(0, 100)}: the GraphQL endpoint is /graphql.`);
  });

  await app.listen({ port: options.port, host: options.host });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}/graphql`,
    port,
    close: async () => {
      closing = true;
      let grace: NodeJS.Timeout | undefined;
      const overdue = new Promise<void>((resolve) => {
        grace = setTimeout(() => {
          app.server.closeAllConnections();
          resolve();
        }, options.shutdownGraceMs);
      });
      await Promise.race([app.close(), overdue]);
      clearTimeout(grace);
      app.server.closeAllConnections();
    },
  };
}
