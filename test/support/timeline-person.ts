import { gql, type GraphQLClient } from 'graphql-request';
import { testIdNumber } from './people.ts';
import { agencyDesk } from './people-helpers.ts';
import { transferDesk } from './transfer-desk.ts';

/**
 * The person the timeline page is tested with, recorded through the API as agencies do it: four regions, two
 * transfers, two gaps, two duplicate months, a back-paid and two owed months, a deemed period.
 *
 * - Luoyang (410300), resident 2012-01..2013-12; terminated.
 * - Hangzhou (330100), employee 2014-03..2022-03; 2019-02 owed and back-paid, 2019-03 still owed; 36 months of
 *   work service deemed; account 2,000.00 + 1,200.00 − 350.00 = 2,850.00; suspended 2022-03-31.
 * - Gap 2022-04..2022-06. Transfer 1 Hangzhou → Shanghai, applied 2022-07-20, out completed 2022-08-01 (due
 *   2022-08-03), funds confirmed 2022-08-04, completed 2022-08-05, all in time: the Info Sheet declares 2,850.00.
 * - Shanghai (310000), employee 2022-07..2025-06; account 2,850.00 + 1,800.00 = 4,650.00; suspended 2025-06-30.
 * - Shenzhen (440300), employee from 2025-05: 2025-05 and 2025-06 are paid in both (kept by Shanghai); paid to
 *   2026-10 except 2026-02 (owed); account 600.00.
 * - Transfer 2 Shanghai → Shenzhen, applied 2025-07-10 and still waiting for Shenzhen's Contact Letter, due
 *   2025-07-17: overdue.
 */
export const TIMELINE_PERSON = { idNumber: testIdNumber(417, '330106'), name: '陈静' };

const RECORD = gql`
  mutation ($input: [ContributionInput!]!) {
    recordContributions(input: $input) {
      recorded
    }
  }
`;
const DEEMED = gql`
  mutation ($input: DeemedPeriodInput!) {
    recordDeemedPeriod(input: $input) {
      id
    }
  }
`;

/** Records the person; answers the two transfers' ids, oldest first. */
export async function seedTimelinePerson(client: GraphQLClient): Promise<{ transferIds: [string, string] }> {
  const { idNumber, name } = TIMELINE_PERSON;
  const desk = agencyDesk(client);
  const transfers = transferDesk(client);

  const luoyang = await desk.enroll(idNumber, '410300', 'RESIDENT', '2012-01', name);
  await client.request(RECORD, {
    input: Array.from({ length: 24 }, (_, i) => {
      const month = `${2012 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
      return {
        idNumber,
        regionCode: '410300',
        insuranceType: 'RESIDENT',
        month,
        amount: '32.00',
        paidOn: `${month}-10`,
      };
    }),
  });
  await desk.terminate(luoyang, '2013-12-31');

  const hangzhou = await desk.enroll(idNumber, '330100', 'EMPLOYEE', '2014-03', name);
  await desk.pay(idNumber, '330100', 'EMPLOYEE', '2014-03', '2022-03', ['2019-02', '2019-03']);
  await client.request(RECORD, {
    input: [
      {
        idNumber,
        regionCode: '330100',
        insuranceType: 'EMPLOYEE',
        month: '2019-02',
        amount: '480.00',
        paidOn: '2019-08-10',
        kind: 'BACK_PAY',
      },
    ],
  });
  await client.request(DEEMED, { input: { idNumber, regionCode: '330100', months: 36, reason: 'WORK_SERVICE' } });
  await desk.allocate(idNumber, '330100', '2000.00', '2020-12-31');
  await desk.spend(idNumber, '330100', '350.00', '2021-05-10');
  await desk.allocate(idNumber, '330100', '1200.00', '2022-03-31');
  await desk.suspend(hangzhou, '2022-03-31');

  const shanghai = await desk.enroll(idNumber, '310000', 'EMPLOYEE', '2022-07', name);
  await desk.pay(idNumber, '310000', 'EMPLOYEE', '2022-07', '2025-06');
  const first = await transfers.apply({
    idNumber,
    fromRegion: '330100',
    toRegion: '310000',
    kind: 'EMPLOYEE_TO_EMPLOYEE',
    on: '2022-07-20',
    idempotencyKey: 'timeline-1',
  });
  await transfers.completeOut(first.id, '2022-08-01');
  await transfers.confirmFunds(first.id, '2850.00', '2022-08-04');
  await transfers.completeIn(first.id, '2022-08-05');
  await desk.allocate(idNumber, '310000', '1800.00', '2024-12-31');
  await desk.suspend(shanghai, '2025-06-30');

  await desk.enroll(idNumber, '440300', 'EMPLOYEE', '2025-05', name);
  await desk.pay(idNumber, '440300', 'EMPLOYEE', '2025-05', '2026-10', ['2026-02']);
  await desk.allocate(idNumber, '440300', '600.00', '2026-06-30');
  const second = await transfers.apply({
    idNumber,
    fromRegion: '310000',
    toRegion: '440300',
    kind: 'EMPLOYEE_TO_EMPLOYEE',
    on: '2025-07-10',
    idempotencyKey: 'timeline-2',
  });
  return { transferIds: [first.id, second.id] };
}
