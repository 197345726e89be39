import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { redactIdNumbers } from '../id-number.ts';

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

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

export type ErrorLogger = (message: string) => void;

/**
 * What a client may see of an error: our own errors and GraphQL's request errors as they are (their messages
 * are written for the caller); anything else — a database failure, a bug — becomes a plain
 * INTERNAL_SERVER_ERROR, and its detail goes to the log only. Stack traces never leave the process.
 */
export function createErrorFormatter(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    // Neither stack traces nor which subgraph answered (the gateway adds serviceName) are the caller's business.
    const { stacktrace: _stacktrace, serviceName: _serviceName, ...extensions } = formatted.extensions ?? {};
    if (code === 'GRAPHQL_VALIDATION_FAILED' && isBadValue(formatted.message, error)) {
      return { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT' } };
    }
    if (CLIENT_CODES.has(code)) return { ...formatted, extensions };
    const original = unwrapResolverError(error);
    const detail = (original as Error)?.message ?? String(original);
    log(redactIdNumbers(`internal error at ${formatted.path?.join('.') ?? 'request'}: ${detail}`));
    return {
      message: 'The service could not complete this request; the problem has been logged. Try again later.',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
