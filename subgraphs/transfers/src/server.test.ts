import { describe, expect, it } from 'vitest';
import { inProcessSubgraph, personEntities } from '../../../test/support/in-process.ts';
import { personRepresentation } from '../../../test/support/representations.ts';
import { transfersSubgraph } from './server.ts';

describe('transfers subgraph, in process', () => {
  const subgraph = inProcessSubgraph(transfersSubgraph);

  it('extends Person', async () => {
    expect(await subgraph.sdl()).toContain('type Person\n  @key(fields: "id")\n{');
  });

  it('answers an empty list of transfers for a person with none, and null for an unknown transfer', async () => {
    const result = await subgraph.execute(personEntities('transfers { id }'), {
      representations: [personRepresentation(subgraph.config, 'someone')],
    });
    expect(result).toEqual({ data: { _entities: [{ transfers: [] }] } });
    expect(await subgraph.execute('{ transfer(id: "not-a-uuid") { id } }')).toEqual({ data: { transfer: null } });
  });
});
