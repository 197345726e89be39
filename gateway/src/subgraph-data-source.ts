import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, Kind, parse, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { IDENTITY_HEADER, signIdentity, type Identity } from '#shared/auth/identity.ts';
import type { Logger, RequestScope } from '#shared/observability/log.ts';
import { REQUEST_ID_HEADER } from '#shared/server/http-server.ts';
import type { SubgraphFetchMetrics } from './subgraph-fetch-metrics.ts';
import { subgraphFetcher } from './subgraph-fetcher.ts';

type Body = { errors?: { message?: string; extensions?: { code?: string } }[] };
type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

export interface GatewayContext {
  identity: Identity;
  /** The request's id and logger (absent when the gateway is called in process). */
  request?: RequestScope;
}

/** Response keys selected under a selection set, per type condition ('' for fields outside any fragment). */
function responseKeys(selectionSet: SelectionSetNode, typeCondition = '', into = new Map<string, string[]>()) {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD && selection.name.value !== '__typename') {
      into.set(typeCondition, [...(into.get(typeCondition) ?? []), selection.alias?.value ?? selection.name.value]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      responseKeys(selection.selectionSet, selection.typeCondition?.name.value ?? typeCondition, into);
    }
  }
  return into;
}

/**
 * The answer the gateway gets from a subgraph that failed as a whole: no data, and one error for every field the
 * fetch was for, with its path (`_entities[i].field` for an entity fetch, which the gateway maps back to where
 * the entity stands in the client's answer). The gateway then answers those fields with null and every other
 * field as usual: one subgraph's failure costs only its own fields.
 */
export function failedFetch(
  options: GraphQLDataSourceProcessOptions,
  error: { message: string; code: string },
): GatewayGraphQLResponse {
  const document =
    options.kind === 'incoming operation' && options.document
      ? options.document
      : parse(options.request.query ?? '{ __typename }');
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const fail = (path: (string | number)[]) => ({ message: error.message, path, extensions: { code: error.code } });
  const representations = options.request.variables?.representations as { __typename?: string }[] | undefined;
  const [first] = operation?.selectionSet.selections ?? [];
  if (
    Array.isArray(representations) &&
    first?.kind === Kind.FIELD &&
    first.name.value === '_entities' &&
    first.selectionSet
  ) {
    const keys = responseKeys(first.selectionSet);
    return {
      data: { _entities: representations.map(() => ({})) },
      errors: representations.flatMap((representation, index) =>
        [...(keys.get('') ?? []), ...(keys.get(representation.__typename ?? '') ?? [])].map((key) =>
          fail(['_entities', index, key]),
        ),
      ),
    };
  }
  const keys = operation ? [...responseKeys(operation.selectionSet).values()].flat() : [];
  return { data: {}, errors: keys.map((key) => fail([key])) };
}

/**
 * How the gateway talks to one subgraph:
 * - it forwards the caller's identity, signed with that subgraph's own secret (the subgraph trusts nothing else),
 *   and the request's id, so the subgraph's log lines about it carry the same id as the gateway's;
 * - it gives up after `timeoutMs`, so one slow subgraph cannot hold a request for longer;
 * - when the subgraph cannot answer (down, timed out, a server error) the fields it was asked for are null with
 *   SUBGRAPH_UNAVAILABLE errors at their paths, and the rest of the answer stands (api.md "Partial results");
 *   when it refuses the whole request as the client's mistake (a 400 with BAD_USER_INPUT), those fields carry
 *   that error instead. The log says which subgraph and why; the client is told no host names.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(options: {
    name: string;
    url: string;
    secret: string;
    timeoutMs: number;
    log: Logger;
    fetches: SubgraphFetchMetrics;
  }) {
    super({
      url: options.url,
      fetcher: subgraphFetcher(options.timeoutMs) as never,
    });
    this.name = options.name;
    this.secret = options.secret;
    this.timeoutMs = options.timeoutMs;
    this.log = options.log;
    this.fetches = options.fetches;
  }

  private readonly name: string;
  private readonly secret: string;
  private readonly timeoutMs: number;
  private readonly log: Logger;
  private readonly fetches: SubgraphFetchMetrics;

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.identity) request.http?.headers.set(IDENTITY_HEADER, signIdentity(context.identity, this.secret));
    if (context.request) request.http?.headers.set(REQUEST_ID_HEADER, context.request.requestId);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const done = this.fetches.start(this.name);
    try {
      const response = await super.process(options);
      done();
      return response;
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
        done('refused');
        return failedFetch(options, { message: error.message, code: 'BAD_USER_INPUT' });
      }
      // The fetcher aborts a call that outlives its time (node-fetch's AbortError).
      const timedOut = (error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError';
      const cause = (error as { cause?: { message?: string } }).cause?.message;
      const why = timedOut
        ? `no answer in ${this.timeoutMs} ms`
        : `${(error as Error).message}${cause ? ` (${cause})` : ''}`;
      done(timedOut ? 'timeout' : 'unavailable');
      (options.context.request?.log ?? this.log).warn({ subgraph: this.name, why }, 'subgraph unavailable');
      return failedFetch(options, {
        code: 'SUBGRAPH_UNAVAILABLE',
        message: timedOut
          ? `The service that holds this field did not answer within ${this.timeoutMs / 1000} s; the rest of the answer is complete. Try again later.`
          : 'The service that holds this field is unavailable; the rest of the answer is complete. Try again later.',
      });
    }
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
