import { describe, expect, it } from 'vitest';
import { documentKeyFor } from '#shared/identity/documents.ts';
import { inProcessSubgraph, personEntities } from '../../../test/support/in-process.ts';
import { personRepresentation } from '../../../test/support/representations.ts';
import { contributionsSubgraph } from './server.ts';

describe('contributions subgraph, in process', () => {
  const subgraph = inProcessSubgraph(contributionsSubgraph);
  const idNumber = '11010519491231002X';

  it('extends Person and points at Region without resolving it', async () => {
    const sdl = await subgraph.sdl();
    expect(sdl).toContain('type Person\n  @key(fields: "id")\n{');
    expect(sdl).toContain('type Region\n  @key(fields: "code", resolvable: false)\n{');
  });

  it("resolves a person's paid months and arrears from a representation", async () => {
    await subgraph.execute(
      `mutation ($input: [ContributionInput!]!) { recordContributions(input: $input) { recorded } }`,
      {
        input: [
          {
            idNumber,
            regionCode: '120000',
            insuranceType: 'EMPLOYEE',
            month: '2024-01',
            amount: '610.00',
            paidOn: '2024-01-20',
          },
          { idNumber, regionCode: '120000', insuranceType: 'EMPLOYEE', month: '2024-02', amount: '610.00' },
        ],
      },
    );
    const result = await subgraph.execute(personEntities('contributions { month amount region { code } } arrears'), {
      representations: [
        personRepresentation(subgraph.config, documentKeyFor(subgraph.config.personIdKey, { idNumber: idNumber }), [
          '120000',
        ]),
        personRepresentation(subgraph.config, 'unknown'),
      ],
    });
    expect(result).toEqual({
      data: {
        _entities: [
          { contributions: [{ month: '2024-01', amount: '610.00', region: { code: '120000' } }], arrears: ['2024-02'] },
          { contributions: [], arrears: [] },
        ],
      },
    });
  });
});
