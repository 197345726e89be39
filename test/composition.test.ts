import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, SUPERGRAPH_FILE } from '../scripts/lib/compose.ts';

describe('the supergraph composed at build time', () => {
  it('is committed exactly as a fresh composition of the four schema files (run `npm run compose`)', () => {
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composeSupergraph());
  });

  it('joins Person from all four subgraphs on its opaque id', () => {
    const supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');
    const person = supergraph.slice(
      supergraph.indexOf('type Person'),
      supergraph.indexOf('{', supergraph.indexOf('type Person')),
    );
    for (const graph of ['ENROLLMENT', 'CONTRIBUTIONS', 'ACCOUNTS', 'TRANSFERS']) {
      expect(person).toContain(`@join__type(graph: ${graph}, key: "id")`);
    }
  });
});
