import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';

type Body = { errors?: { message?: string; extensions?: { code?: string } }[] };

/**
 * A subgraph answers a request whose values it cannot accept (a month "2019-13", as a variable or written
 * inline) with HTTP 400 and a BAD_USER_INPUT error, as GraphQL over HTTP asks. The stock data source would turn that into an opaque "400: Bad Request";
 * this one passes the subgraph's own error on, so the caller learns what to fix.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
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
