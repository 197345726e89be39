import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What an operation costs, counted before it runs (issue 10, finding 6), with graphql-query-complexity:
 * every field costs 1 plus the cost of what is selected under it, and that is counted once for every item a
 * list argument asks for, or `first`/`last` items: `persons(idNumbers: [1000 numbers]) { … }` costs 1000 times
 * one person. Aliases each count in full. The dashboard's 500 people with their whole histories cost about
 * 35,000 (the GraphiQL example's 68 fields a person); the limit leaves room for three times that.
 */
export const MAX_OPERATION_COST = 100_000;

function itemsAsked(args: Record<string, unknown>): number {
  let items = 1;
  for (const [name, value] of Object.entries(args)) {
    if (Array.isArray(value)) items = Math.max(items, value.length);
    else if ((name === 'first' || name === 'last') && typeof value === 'number') items = Math.max(items, value);
  }
  return items;
}

const perItem: ComplexityEstimator = ({ args, childComplexity }) => 1 + childComplexity * itemsAsked(args);

export function operationCostPlugin(maximum = MAX_OPERATION_COST): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName ?? undefined,
              estimators: [perItem],
            });
          } catch {
            return; // variables that do not fit: the gateway refuses them next, saying which.
          }
          if (cost > maximum) {
            throw new GraphQLError(
              `This operation costs ${cost.toLocaleString('en')}, over the limit of ${maximum.toLocaleString('en')}: ask for fewer ` +
                'people, items or fields per request (a list argument of N values costs N times what is selected under it).',
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
