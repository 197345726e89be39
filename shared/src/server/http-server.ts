import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

/** Requests larger than this are refused before they are parsed (the 500-person batches fit easily). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Serves a route other than /graphql (the gateway's GraphiQL page); returns false when it is not its path. */
export type ExtraRoute = (request: IncomingMessage, response: ServerResponse) => boolean;

export interface HttpServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: (request: IncomingMessage) => Promise<TContext>;
  port: number;
  host: string;
  routes?: ExtraRoute[];
}

export interface RunningHttpServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJsonError(response: ServerResponse, status: number, code: string, message: string): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

async function handleGraphQL<TContext extends BaseContext>(
  options: HttpServerOptions<TContext>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = undefined;
  if (request.method === 'POST') {
    const text = await readBody(request);
    if ((headers.get('content-type') ?? '').includes('application/json')) {
      try {
        body = text.length > 0 ? JSON.parse(text) : undefined;
      } catch {
        return sendJsonError(response, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
      }
    } else {
      body = text;
    }
  }
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
    context: () => options.context(request),
  });
  response.statusCode = result.status ?? 200;
  for (const [name, value] of result.headers) response.setHeader(name, value);
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** Serves an Apollo server at /graphql over Node's own HTTP server, plus any extra routes. */
export async function startHttpServer<TContext extends BaseContext>(
  options: HttpServerOptions<TContext>,
): Promise<RunningHttpServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/graphql') {
      try {
        if (options.routes?.some((route) => route(request, response))) return;
      } catch {
        return sendJsonError(response, 500, 'INTERNAL_SERVER_ERROR', 'The service could not complete this request.');
      }
      return sendJsonError(response, 404, 'NOT_FOUND', `Nothing at ${path}: the GraphQL endpoint is /graphql.`);
    }
    handleGraphQL(options, request, response).catch((error: unknown) => {
      if (response.headersSent) return response.destroy();
      if (error instanceof BodyTooLarge) {
        return sendJsonError(
          response,
          413,
          'BAD_REQUEST',
          `The request body is over ${MAX_BODY_BYTES} bytes: send smaller batches.`,
        );
      }
      sendJsonError(response, 500, 'INTERNAL_SERVER_ERROR', 'The service could not complete this request.');
    });
  });
  // Connections stay open between requests longer than the gateway keeps them idle (30 s), so the gateway never
  // reuses a connection this side is closing.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}/graphql`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
