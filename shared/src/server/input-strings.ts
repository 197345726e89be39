import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { InputProblems } from '../errors.ts';

/**
 * The input boundary for text (issue 10, finding 3): every string a request carries — in its variables and in
 * the arguments written in the document — is checked once, before anything runs, in the gateway and again in
 * every subgraph. PostgreSQL cannot store a NUL character, and a lone UTF-16 surrogate is not text at all;
 * control characters and megabyte values are never a name, a code or a key. Such a request is refused whole
 * with BAD_USER_INPUT naming each field, and nothing is written.
 */
export const MAX_STRING_LENGTH = 1000;

/** C0 and C1 control characters and DEL, except tab, line feed and carriage return: finding them is the point. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be accepted as input, or null. The message never repeats the string. */
export function stringProblem(value: string): string | null {
  if (value.length > MAX_STRING_LENGTH) {
    return `is ${value.length} characters long; at most ${MAX_STRING_LENGTH} are accepted`;
  }
  const control = CONTROL_CHARACTER.exec(value);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return `contains a control character (U+${code}): remove it`;
  }
  if (LONE_SURROGATE.test(value))
    return 'contains a broken character (an unpaired UTF-16 surrogate): send valid Unicode text';
  return null;
}

function checkJson(problems: InputProblems, where: string, value: unknown): void {
  if (typeof value === 'string') {
    const problem = stringProblem(value);
    if (problem) problems.add(where, problem);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => checkJson(problems, `${where}[${index}]`, item));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) checkJson(problems, `${where}.${key}`, item);
  }
}

function checkLiteral(problems: InputProblems, where: string, value: ValueNode): void {
  if (value.kind === Kind.STRING) {
    const problem = stringProblem(value.value);
    if (problem) problems.add(where, problem);
  } else if (value.kind === Kind.LIST) {
    value.values.forEach((item, index) => checkLiteral(problems, `${where}[${index}]`, item));
  } else if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) checkLiteral(problems, `${where}.${field.name.value}`, field.value);
  }
}

/** Every problem of every string in a request, named by variable (`$input.name`) or argument (`input.name`). */
export function checkInputStrings(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  const problems = new InputProblems();
  for (const [name, value] of Object.entries(variables ?? {})) checkJson(problems, `$${name}`, value);
  visit(document, {
    Argument(node) {
      checkLiteral(problems, node.name.value, node.value);
    },
  });
  const message = problems.describe('The request was refused and nothing was written');
  // Refused whole, before anything runs: a 400.
  if (message !== null)
    throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

export function inputStringsPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          checkInputStrings(document, request.variables);
        },
      };
    },
  };
}
