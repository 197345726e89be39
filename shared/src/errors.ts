import { GraphQLError } from 'graphql';

/**
 * The error codes clients may see (api.md "Errors"). Every message says what was wrong and how to fix it,
 * and never carries SQL text, a stack or an ID number.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR';

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

  /** Throws one BAD_USER_INPUT listing every problem (at most 20, then a count), when there is any. */
  throwIfAny(summary = 'Nothing was written'): void {
    if (this.isEmpty) return;
    const shown = this.problems.slice(0, 20);
    const more = this.problems.length - shown.length;
    const tail = more > 0 ? `; and ${more} more problem(s)` : '';
    throw new BadUserInput(`${summary}. ${shown.join('; ')}${tail}.`);
  }
}
