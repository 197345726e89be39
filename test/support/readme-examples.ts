import type { ExampleOperation } from '../../gateway/src/example-operations.ts';

/**
 * How the README shows an example: a marker naming its file, the operation as the file holds it, and its
 * variables as their file holds them (left out when there are none).
 */
export function exampleBlock(example: ExampleOperation, variablesText: string): string {
  const variables = variablesText.trim() === '{}' ? '' : `\n\n\`\`\`json\n${variablesText.trimEnd()}\n\`\`\``;
  return `<!-- docs/operations/${example.stem}.graphql -->\n\n\`\`\`graphql\n${example.query.trimEnd()}\n\`\`\`${variables}\n`;
}
