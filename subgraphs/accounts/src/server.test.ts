import { describe, expect, it } from 'vitest';
import { documentKeyFor } from '#shared/identity/documents.ts';
import { inProcessSubgraph, personEntities } from '../../../test/support/in-process.ts';
import { personRepresentation } from '../../../test/support/representations.ts';
import { accountsSubgraph } from './server.ts';

describe('accounts subgraph, in process', () => {
  const subgraph = inProcessSubgraph(accountsSubgraph);
  const idNumber = '11010519491231002X';
  const entry = (kind: string, amount: string, on: string) =>
    subgraph.execute(`mutation ($input: AccountEntryInput!) { recordAccountEntry(input: $input) { id } }`, {
      input: { idNumber, regionCode: '350200', kind, amount, on },
    });

  it('extends Person', async () => {
    expect(await subgraph.sdl()).toContain('type Person\n  @key(fields: "id")\n{');
  });

  it("resolves a person's accounts, and only the last entries when asked", async () => {
    await entry('ALLOCATION', '500.00', '2024-01-31');
    await entry('SPENDING', '120.30', '2024-02-03');
    await entry('ALLOCATION', '500.00', '2024-02-29');
    const result = await subgraph.execute(
      personEntities(
        'accounts { region { code } balance all: entries { kind } last: entries(last: 2) { kind amount balanceAfter } }',
      ),
      {
        representations: [
          personRepresentation(subgraph.config, documentKeyFor(subgraph.config.personIdKey, { idNumber: idNumber }), [
            '350200',
          ]),
        ],
      },
    );
    expect(result).toEqual({
      data: {
        _entities: [
          {
            accounts: [
              {
                region: { code: '350200' },
                balance: '879.70',
                all: [{ kind: 'ALLOCATION' }, { kind: 'SPENDING' }, { kind: 'ALLOCATION' }],
                last: [
                  { kind: 'SPENDING', amount: '120.30', balanceAfter: '379.70' },
                  { kind: 'ALLOCATION', amount: '500.00', balanceAfter: '879.70' },
                ],
              },
            ],
          },
        ],
      },
    });
  });
});
