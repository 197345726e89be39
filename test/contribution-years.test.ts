import { gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, formatYearMonth, parseYearMonth } from '#shared/year-month.ts';
import { testIdNumber } from './support/people.ts';
import { errorsOf, startTestStack, type TestStack } from './support/test-stack.ts';

/**
 * Zhengzhou 2020-01..2022-03 (paid on the 5th), Guangzhou 2022-02..2023-12 (paid on the 25th: Feb and Mar
 * 2022 paid twice), Tianjin 2024-03..2024-12, and 24 months of military service deemed by Zhengzhou. The
 * person spent from the Guangzhou account in 2022-03.
 */
describe('contribution years, periods and duplicate months through the gateway', () => {
  let hub: TestStack;
  const idNumber = testIdNumber(30, '410105');

  const months = (regionCode: string, from: string, to: string, day: number) => {
    const start = parseYearMonth(from)!;
    return Array.from({ length: parseYearMonth(to)! - start + 1 }, (_, i) => {
      const month = formatYearMonth(addMonths(start, i));
      return {
        idNumber,
        regionCode,
        insuranceType: 'EMPLOYEE',
        month,
        amount: '520.00',
        paidOn: `${month}-${String(day).padStart(2, '0')}`,
      };
    });
  };

  beforeAll(async () => {
    hub = await startTestStack();
    await hub.client.request(
      gql`
        mutation ($input: EnrollInput!) {
          enroll(input: $input) {
            id
          }
        }
      `,
      {
        input: { idNumber, name: '赵磊', regionCode: '120000', insuranceType: 'EMPLOYEE', startMonth: '2024-03' },
      },
    );
    await hub.client.request(
      gql`
        mutation ($input: [ContributionInput!]!) {
          recordContributions(input: $input) {
            recorded
          }
        }
      `,
      {
        input: [
          ...months('410100', '2020-01', '2022-03', 5),
          ...months('440100', '2022-02', '2023-12', 25),
          ...months('120000', '2024-03', '2024-12', 15),
        ],
      },
    );
    await hub.client.request(
      gql`
        mutation ($input: DeemedPeriodInput!) {
          recordDeemedPeriod(input: $input) {
            id
          }
        }
      `,
      {
        input: { idNumber, regionCode: '410100', months: 24, reason: 'MILITARY_SERVICE' },
      },
    );
    await hub.client.request(
      gql`
        mutation ($input: AccountEntryInput!) {
          recordAccountEntry(input: $input) {
            id
          }
        }
      `,
      {
        input: { idNumber, regionCode: '440100', kind: 'ALLOCATION', amount: '300.00', on: '2022-02-28' },
      },
    );
    await hub.client.request(
      gql`
        mutation ($input: AccountEntryInput!) {
          recordAccountEntry(input: $input) {
            id
          }
        }
      `,
      {
        input: { idNumber, regionCode: '440100', kind: 'SPENDING', amount: '85.50', on: '2022-03-09' },
      },
    );
  });
  afterAll(() => hub?.stop());

  it('answers contributionYears with every field, nationally and as Tianjin counts them (003 art 12, 001 art 13-14)', async () => {
    const query = gql`
      query ($idNumber: String!) {
        person(idNumber: $idNumber) {
          national: contributionYears {
            actualMonths
            deemedMonths
            totalMonths
            duplicateMonths
            years
            remainderMonths
            display
            continuousMonths
            rule
            byRegion {
              region {
                code
                name
              }
              paidMonths
              creditedMonths
              deemedMonths
            }
            asOfRegion {
              code
            }
          }
          tianjin: contributionYears(asOfRegion: "120000") {
            actualMonths
            deemedMonths
            totalMonths
            display
            asOfRegion {
              name
            }
          }
        }
      }
    `;
    expect(await hub.client.request(query, { idNumber })).toEqual({
      person: {
        national: {
          actualMonths: 58,
          deemedMonths: 24,
          totalMonths: 82,
          duplicateMonths: 2,
          years: 6,
          remainderMonths: 10,
          display: '6年10个月',
          continuousMonths: 10,
          rule: '003 art 12, 001 art 14, 000 art 13',
          byRegion: [
            { region: { code: '410100', name: '郑州市' }, paidMonths: 27, creditedMonths: 27, deemedMonths: 24 },
            { region: { code: '440100', name: '广州市' }, paidMonths: 23, creditedMonths: 21, deemedMonths: 0 },
            { region: { code: '120000', name: '天津市' }, paidMonths: 10, creditedMonths: 10, deemedMonths: 0 },
          ],
          asOfRegion: null,
        },
        tianjin: {
          actualMonths: 10,
          deemedMonths: 72,
          totalMonths: 82,
          display: '6年10个月',
          asOfRegion: { name: '天津市' },
        },
      },
    });
  });

  it('answers contributionPeriods: the rows of the Info Sheet (003 annex 3)', async () => {
    const query = gql`
      query ($idNumber: String!) {
        person(idNumber: $idNumber) {
          contributionPeriods {
            fromMonth
            toMonth
            region {
              code
            }
            insuranceType
            months
          }
        }
      }
    `;
    expect(await hub.client.request(query, { idNumber })).toEqual({
      person: {
        contributionPeriods: [
          {
            fromMonth: '2020-01',
            toMonth: '2022-03',
            region: { code: '410100' },
            insuranceType: 'EMPLOYEE',
            months: 27,
          },
          {
            fromMonth: '2022-02',
            toMonth: '2023-12',
            region: { code: '440100' },
            insuranceType: 'EMPLOYEE',
            months: 23,
          },
          {
            fromMonth: '2024-03',
            toMonth: '2024-12',
            region: { code: '120000' },
            insuranceType: 'EMPLOYEE',
            months: 10,
          },
        ],
      },
    });
  });

  it("answers duplicateMonths with refunds decided on the accounts subgraph's benefit use (000 art 12(3))", async () => {
    const query = gql`
      query ($idNumber: String!) {
        person(idNumber: $idNumber) {
          duplicateMonths {
            month
            regions {
              code
            }
            keptBy {
              code
              name
            }
            refundable
            rule
          }
        }
      }
    `;
    const rule =
      '000 art 12(3): first paid keeps it, the later payment is refundable (at most 3 months, not where benefits were used)';
    expect(await hub.client.request(query, { idNumber })).toEqual({
      person: {
        duplicateMonths: [
          {
            month: '2022-02',
            regions: [{ code: '410100' }, { code: '440100' }],
            keptBy: { code: '410100', name: '郑州市' },
            refundable: true,
            rule,
          },
          {
            month: '2022-03',
            regions: [{ code: '410100' }, { code: '440100' }],
            keptBy: { code: '410100', name: '郑州市' },
            refundable: false,
            rule,
          },
        ],
      },
    });
  });

  it('refuses an unknown viewpoint region', async () => {
    const query = gql`
      query ($idNumber: String!) {
        person(idNumber: $idNumber) {
          contributionYears(asOfRegion: "129999") {
            display
          }
        }
      }
    `;
    const errors = await errorsOf(hub.client.request(query, { idNumber }));
    expect(errors.map((error) => [error.extensions?.code, error.message])).toEqual([
      [
        'BAD_USER_INPUT',
        'No contribution years were computed. asOfRegion: 129999 is not a pooling region of the mainland: query regions for the list of codes.',
      ],
    ]);
  });
});
