import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';

describe('resolver types generated from the schemas', () => {
  it('are committed exactly as a fresh generation from the four schema files (run `npm run codegen`)', async () => {
    const outputs = (await generate({ ...config, cwd: new URL('..', import.meta.url).pathname }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.map((output) => output.filename).sort()).toEqual([
      'subgraphs/accounts/src/generated/resolvers.ts',
      'subgraphs/contributions/src/generated/resolvers.ts',
      'subgraphs/enrollment/src/generated/resolvers.ts',
      'subgraphs/transfers/src/generated/resolvers.ts',
    ]);
    for (const { filename, content } of outputs) {
      expect(readFileSync(new URL(`../${filename}`, import.meta.url), 'utf8'), filename).toBe(content);
    }
  }, 60_000);
});
