import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadExampleOperations, OPERATIONS_FOLDER } from '../gateway/src/example-operations.ts';
import { exampleBlock } from './support/readme-examples.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Example queries'), readme.indexOf('\n## The rules'));
const examples = loadExampleOperations();

describe("the README's example queries", () => {
  it('shows every file of docs/operations as it is, in order', () => {
    const positions = examples.map((example) =>
      section.indexOf(
        exampleBlock(example, readFileSync(new URL(`${example.stem}.variables.json`, OPERATIONS_FOLDER), 'utf8')),
      ),
    );
    expect(positions.filter((position) => position < 0)).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('shows no operation that is not one of those files', () => {
    expect(section.match(/```graphql/g)?.length).toBe(examples.length);
    expect(examples.length).toBe(23);
  });
});
