import { Supergraph } from '@apollo/federation-internals';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';

/** A subgraph's schema as its SDL defines it, with the federation additions (`_entities`, `_service`, …). */
export function subgraphSchema(sdl: string): GraphQLSchema {
  return buildSubgraphSchema({ typeDefs: parse(sdl) });
}

/**
 * The API schema of a supergraph: what clients of the gateway see, without the `@inaccessible` elements (the
 * internal mutations) and without the join machinery.
 */
export function apiSchema(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}
