import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import { CLIENT_ERROR_CODES, type ClientErrorCode } from '#shared/errors.ts';

/**
 * Client mistakes are answered as client mistakes (issue 10, finding 5). Apollo Gateway only finds out which
 * operation to run, or that it cannot run a subscription, inside its executor, and what it throws there becomes
 * an HTTP 500 "try again later". This plugin decides first, with a 4xx and a message saying what to send.
 */
const refuse = (code: ClientErrorCode, message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: CLIENT_ERROR_CODES[code] } } });

export const clientMistakesPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request, document }) {
        if (!operation) {
          const names = document.definitions.flatMap((definition) =>
            definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? '(anonymous)'] : [],
          );
          throw refuse(
            'OPERATION_RESOLUTION_FAILURE',
            request.operationName
              ? `The document has no operation named "${request.operationName}": send operationName as one of ${names.join(', ')}.`
              : `The document holds ${names.length} operations (${names.join(', ')}): send operationName to say which one to run.`,
          );
        }
        if (operation.operation === 'subscription') {
          throw refuse(
            'GRAPHQL_VALIDATION_FAILED',
            'This hub has no subscriptions: send a query or a mutation (and query again for changes).',
          );
        }
      },
    };
  },
};
