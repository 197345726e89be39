import { GraphQLError } from 'graphql';

/**
 * The one list of error codes a client may be answered with for its own mistake (api.md "Errors"), each with
 * the HTTP status of a request that failed with it before anything ran. The service's own faults are
 * SUBGRAPH_UNAVAILABLE (a part of the answer is missing: the field is null and the error has its path) and
 * INTERNAL_SERVER_ERROR (logged; the client is told nothing more). Every message says what was wrong and how
 * to fix it, and never carries SQL text, a stack, an ID number or more than a short prefix of a value sent.
 */
export const CLIENT_ERROR_CODES = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  PERSISTED_QUERY_NOT_FOUND: 400,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
} as const;

export type ClientErrorCode = keyof typeof CLIENT_ERROR_CODES;
export type ErrorCode = ClientErrorCode | 'SUBGRAPH_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

export function isClientErrorCode(code: unknown): code is ClientErrorCode {
  return typeof code === 'string' && Object.hasOwn(CLIENT_ERROR_CODES, code);
}

/**
 * An error made where it happens, with its code. It carries no HTTP status: raised in a resolver it nulls one
 * field of an answer that is otherwise given (200); a request refused whole gets its status from the code.
 */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string) {
    super(message, { extensions: { code } });
  }
}

export class BadUserInput extends DomainError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

export class NotFound extends DomainError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class Conflict extends DomainError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

/** Collects every problem of an input so the caller hears about all of them at once. */
export class InputProblems {
  private readonly problems: string[] = [];

  add(where: string, problem: string): void {
    this.problems.push(where ? `${where}: ${problem}` : problem);
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  /** One message listing every problem (at most 20, then a count), or null when there is none. */
  describe(summary: string): string | null {
    if (this.isEmpty) return null;
    const shown = this.problems.slice(0, 20);
    const more = this.problems.length - shown.length;
    const tail = more > 0 ? `; and ${more} more problem(s)` : '';
    return `${summary}. ${shown.join('; ')}${tail}.`;
  }

  /** Throws one BAD_USER_INPUT listing every problem, when there is any. */
  throwIfAny(summary = 'Nothing was written'): void {
    const message = this.describe(summary);
    if (message !== null) throw new BadUserInput(message);
  }
}
