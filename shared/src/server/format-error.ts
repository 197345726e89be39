import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isClientErrorCode } from '../errors.ts';
import { redactIdNumbers } from '../identity/gb11643.ts';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger, RequestScope } from '../observability/log.ts';

/**
 * graphql-js reports a wrong literal value (an unknown enum value, a month "2019-13" written inline) as a
 * validation failure; to the caller it is bad input like the same value sent as a variable.
 */
const BAD_VALUE_MESSAGES = [
  /^Expected value of type/,
  /^Value ".*" does not exist in ".*" enum/,
  /^Enum ".*" cannot represent/,
  /^Field ".*" of required type ".*" was not provided/,
  /^Field ".*" is not defined by type/,
  /cannot represent a non[- ]/,
];

/** A scalar's own BAD_USER_INPUT, thrown while parsing a literal, survives as the validation error's origin. */
function isBadValue(message: string, error: unknown): boolean {
  const origin = (error as { originalError?: { extensions?: { code?: unknown } } } | undefined)?.originalError;
  return origin?.extensions?.code === 'BAD_USER_INPUT' || BAD_VALUE_MESSAGES.some((pattern) => pattern.test(message));
}

/** A quoted value up to 40 characters (a UUID) is kept; a longer one is cut to 32. A message has at most 600. */
const QUOTED_WHOLE = 40;
const QUOTED_PREFIX = 32;
const MAX_MESSAGE = 600;

/**
 * Every message leaves the service bounded: ID-number-shaped text masked (as in the logs), a quoted value
 * longer than a short prefix cut to it with its length said, the whole at most 600 characters. graphql-js's
 * own variable-coercion messages quote the whole value sent; ours may quote what they refuse.
 */
export function boundedMessage(message: string): string {
  // Quoted values are taken pair by pair from the left (JSON escapes included), so text between them is never
  // mistaken for one.
  const shortened = redactIdNumbers(message).replace(/"((?:[^"\\]|\\.)*)"/g, (quoted, value: string) =>
    value.length > QUOTED_WHOLE ? `"${value.slice(0, QUOTED_PREFIX)}…" (${value.length} characters)` : quoted,
  );
  return shortened.length > MAX_MESSAGE ? `${shortened.slice(0, MAX_MESSAGE - 1)}…` : shortened;
}

/** Whether a client sees this code and its message: its own mistakes, and a part of the answer missing. */
const shownToClients = (code: string) => isClientErrorCode(code) || code === 'SUBGRAPH_UNAVAILABLE';

/**
 * What a client may see of an error (Yoga's mask-error, in one place): the client codes of `errors.ts` and
 * SUBGRAPH_UNAVAILABLE keep their message (bounded) and path, and carry no extension but `code`; anything else
 * — a database failure, a bug, a code from a library we do not know — becomes a plain INTERNAL_SERVER_ERROR,
 * whose detail `internalErrorLog` writes to the log only. Stack traces, service names and upstream responses
 * never leave.
 */
export function createErrorFormatter() {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (code === 'GRAPHQL_VALIDATION_FAILED' && isBadValue(formatted.message, error)) code = 'BAD_USER_INPUT';
    const where = {
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
    };
    if (shownToClients(code)) {
      return { message: boundedMessage(formatted.message), ...where, extensions: { code } };
    }
    return {
      message: 'The service could not complete this request; the problem has been logged. Try again later.',
      ...where,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * Writes the detail of every error the formatter hides to the request's log (with its id; ID numbers masked there
 * as in every line), or the service's when the request has none.
 */
export function internalErrorLog<TContext extends BaseContext & { request?: RequestScope }>(
  serviceLog: Logger,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (shownToClients(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'))) continue;
            const original = unwrapResolverError(error);
            const detail = (original as Error)?.message ?? String(original);
            (contextValue.request?.log ?? serviceLog).error(
              { path: error.path?.join('.') ?? 'request', detail: detail.slice(0, 2000) },
              'internal error',
            );
          }
        },
      };
    },
  };
}
