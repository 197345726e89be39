import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadExampleOperations, OPERATIONS_FOLDER } from '../gateway/src/example-operations.ts';
import { exampleBlock } from './support/readme-examples.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const between = (from: string, to: string) => readme.slice(readme.indexOf(from), readme.indexOf(to));
const examples = loadExampleOperations();

/** Where the README shows the examples: the identity documents' (24–30) in their section, the rest in "Example queries". */
const SECTIONS = [
  { name: 'Identity documents', text: between('## Identity documents', '\n## Example queries'), first: 24, last: 30 },
  { name: 'Example queries', text: between('## Example queries', '\n## The rules'), first: 1, last: 23 },
];

describe("the README's example queries", () => {
  it.each(SECTIONS)('shows its files of docs/operations as they are, in order ($name)', ({ text, first, last }) => {
    const shown = examples.filter((example) => {
      const number = Number(example.stem.slice(0, 2));
      return number >= first && number <= last;
    });
    expect(shown.length).toBe(last - first + 1);
    const positions = shown.map((example) =>
      text.indexOf(
        exampleBlock(example, readFileSync(new URL(`${example.stem}.variables.json`, OPERATIONS_FOLDER), 'utf8')),
      ),
    );
    expect(positions.filter((position) => position < 0)).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // No operation is shown that is not one of those files.
    expect(text.match(/```graphql/g)?.length).toBe(shown.length);
  });

  it('has no example file the README does not show', () => {
    expect(examples.length).toBe(30);
  });
});
