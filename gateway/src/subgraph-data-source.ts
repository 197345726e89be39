import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { IDENTITY_HEADER, signIdentity, type Identity } from '#shared/auth/identity.ts';

type Body = { errors?: { message?: string; extensions?: { code?: string } }[] };

export interface GatewayContext {
  identity: Identity;
}

/**
 * How the gateway talks to one subgraph:
 * - it forwards the caller's identity, signed with that subgraph's own secret (the subgraph trusts nothing else);
 * - it gives up after `timeoutMs`, so one slow subgraph cannot hold a request forever;
 * - a subgraph's 400 answer with a BAD_USER_INPUT error (a month "2019-13") is passed on as that error,
 *   instead of the stock data source's opaque "400: Bad Request".
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(options: { url: string; secret: string; timeoutMs: number }) {
    super({
      url: options.url,
      fetcher: ((url: string, init: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) })) as never,
    });
    this.secret = options.secret;
  }

  private readonly secret: string;

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.identity) request.http?.headers.set(IDENTITY_HEADER, signIdentity(context.identity, this.secret));
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const error = await super.errorFromResponse(response);
    const body = (error.extensions.response as { body?: Body } | undefined)?.body;
    const first = body?.errors?.[0];
    if (response.status === 400 && first?.message && first.extensions?.code === 'BAD_USER_INPUT') {
      return new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return error;
  }
}
