import { readdirSync, readFileSync } from 'node:fs';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';

/** Where the README's example operations live: `<nn>-<name>.graphql`, each with `<nn>-<name>.variables.json`. */
export const OPERATIONS_FOLDER = new URL('../../docs/operations/', import.meta.url);

export interface ExampleOperation {
  /** `<nn>-<name>`, the file name without its extension; examples run in this order. */
  stem: string;
  /** The one operation's name, `<Name>` in PascalCase. */
  operationName: string;
  /** The file's text, comments included. */
  query: string;
  /** Values that work on the demo data; `"$from:<stem>.<path>"` stands for a value of an earlier answer. */
  variables: Record<string, unknown>;
}

const STEM = /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `12-apply-for-transfer` → `ApplyForTransfer`. */
export const operationNameOf = (stem: string) =>
  stem
    .split('-')
    .slice(1)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');

/**
 * Reads every example, in order. A file that does not hold exactly one operation named after it, or lacks its
 * variables, stops the start: GraphiQL and the tests would otherwise show examples that cannot run.
 */
export function loadExampleOperations(folder: URL = OPERATIONS_FOLDER): ExampleOperation[] {
  const stems = readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => file.slice(0, -'.graphql'.length))
    .sort();
  return stems.map((stem) => {
    if (!STEM.test(stem)) throw new Error(`docs/operations/${stem}.graphql: name examples <nn>-<name>`);
    const query = readFileSync(new URL(`${stem}.graphql`, folder), 'utf8');
    const operations = parse(query).definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    const operationName = operationNameOf(stem);
    if (operations.length !== 1 || operations[0]!.name?.value !== operationName) {
      throw new Error(`docs/operations/${stem}.graphql must hold one operation, named ${operationName}`);
    }
    const variables = JSON.parse(readFileSync(new URL(`${stem}.variables.json`, folder), 'utf8')) as Record<
      string,
      unknown
    >;
    return { stem, operationName, query, variables };
  });
}
