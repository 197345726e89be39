import { describe, expect, it } from 'vitest';
import { documentKeyFor } from '#shared/identity/documents.ts';
import { inProcessSubgraph } from '../../../test/support/in-process.ts';
import { enrollmentSubgraph } from './server.ts';

describe('enrollment subgraph, in process', () => {
  const subgraph = inProcessSubgraph(enrollmentSubgraph);

  it('publishes its SDL with Person, Region and Agency as entities', async () => {
    const sdl = await subgraph.sdl();
    expect(sdl).toContain('type Person\n  @key(fields: "id")\n{');
    expect(sdl).toContain('type Region\n  @key(fields: "code")\n{');
    expect(sdl).toContain('type Agency\n  @key(fields: "regionCode")\n{');
  });

  it('resolves Person, Region and Agency representations, null for unknown ones', async () => {
    const idNumber = '11010519491231002X';
    await subgraph.execute(
      `mutation { enroll(input: { idNumber: "${idNumber}", name: "王芳", regionCode: "110000", insuranceType: RESIDENT, startMonth: "2024-01" }) { id } }`,
    );
    const result = await subgraph.execute(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Person { name gender enrollments { insuranceType status region { code } } }
          ... on Region { name province policy { profile } }
          ... on Agency { name }
        }
      }`,
      {
        representations: [
          { __typename: 'Person', id: documentKeyFor(subgraph.config.personIdKey, { idNumber: idNumber }) },
          { __typename: 'Person', id: 'no-such-person' },
          { __typename: 'Region', code: '350200' },
          { __typename: 'Region', code: '999999' },
          { __typename: 'Agency', regionCode: '410100' },
        ],
      },
    );
    expect(result).toEqual({
      data: {
        _entities: [
          {
            name: '王芳',
            gender: 'FEMALE',
            enrollments: [{ insuranceType: 'RESIDENT', status: 'ACTIVE', region: { code: '110000' } }],
          },
          null,
          { name: '厦门市', province: '福建省', policy: { profile: 'FUJIAN' } },
          null,
          { name: '郑州市医疗保障事业管理中心' },
        ],
      },
    });
  });
});
