import { gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIdNumber } from './support/people.ts';
import { startTestStack, type TestStack } from './support/test-stack.ts';

const ENROLL = gql`
  mutation ($input: EnrollInput!) {
    enroll(input: $input) {
      id
      status
      startMonth
      endMonth
      region {
        code
      }
    }
  }
`;
const SUSPEND = gql`
  mutation ($id: ID!, $on: Date) {
    suspendEnrollment(id: $id, on: $on) {
      id
      status
      endMonth
      suspendedOn
    }
  }
`;
const TERMINATE = gql`
  mutation ($id: ID!, $on: Date) {
    terminateEnrollment(id: $id, on: $on) {
      id
      status
      endMonth
      terminatedOn
    }
  }
`;
const RECORD = gql`
  mutation ($input: [ContributionInput!]!) {
    recordContributions(input: $input) {
      recorded
      unchanged
    }
  }
`;
const ENTRY = gql`
  mutation ($input: AccountEntryInput!) {
    recordAccountEntry(input: $input) {
      id
      on
      kind
      direction
      amount
      balanceAfter
      transferId
    }
  }
`;
const HISTORY = gql`
  query ($idNumber: String!) {
    person(idNumber: $idNumber) {
      name
      gender
      idNumber
      enrollments {
        region {
          code
          name
          province
          agency {
            name
            regionCode
          }
          policy {
            profile
          }
        }
        insuranceType
        status
        startMonth
        endMonth
      }
      contributions {
        month
        region {
          code
          name
        }
        insuranceType
        amount
        paidOn
        kind
      }
      arrears
      deemedPeriods {
        region {
          code
        }
        months
        reason
      }
      accounts {
        region {
          code
          name
        }
        balance
        entries {
          on
          kind
          direction
          amount
          balanceAfter
        }
      }
      transfers {
        id
      }
    }
  }
`;

type Enrolled = { enroll: { id: string; status: string } };

describe('a person moving across three regions, read in one request through the gateway', () => {
  let hub: TestStack;
  const idNumber = testIdNumber(2, '410102'); // even 17th digit: a woman

  beforeAll(async () => {
    hub = await startTestStack();
    const enroll = (regionCode: string, startMonth: string) =>
      hub.client.request<Enrolled>(ENROLL, {
        input: { idNumber, name: '李娜', regionCode, insuranceType: 'EMPLOYEE', startMonth },
      });
    const zhengzhou = await enroll('410100', '2018-01');
    await hub.client.request(TERMINATE, { id: zhengzhou.enroll.id, on: '2018-03-31' });
    const guangzhou = await enroll('440100', '2018-05');
    await hub.client.request(SUSPEND, { id: guangzhou.enroll.id, on: '2018-06-30' });
    await enroll('120000', '2018-07');
    const month = (regionCode: string, m: string, amount: string, kind = 'REGULAR') => ({
      idNumber,
      regionCode,
      insuranceType: 'EMPLOYEE',
      month: m,
      amount,
      paidOn: `${m}-15`,
      kind,
    });
    await hub.client.request(RECORD, {
      input: [
        month('410100', '2018-01', '480.00'),
        month('410100', '2018-02', '480.00'),
        month('410100', '2018-03', '480.00'),
        month('440100', '2018-05', '520.50'),
        month('440100', '2018-06', '520.50'),
        month('120000', '2018-07', '600.00'),
        { idNumber, regionCode: '120000', insuranceType: 'EMPLOYEE', month: '2018-08', amount: '600.00' },
      ],
    });
    await hub.client.request(ENTRY, {
      input: { idNumber, regionCode: '440100', kind: 'ALLOCATION', amount: '300.00', on: '2018-06-30' },
    });
    await hub.client.request(ENTRY, {
      input: { idNumber, regionCode: '440100', kind: 'SPENDING', amount: '120.45', on: '2018-07-02' },
    });
    await hub.client.request(ENTRY, {
      input: { idNumber, regionCode: '120000', kind: 'ALLOCATION', amount: '99.99', on: '2018-07-31' },
    });
  });
  afterAll(() => hub?.stop());

  it('returns enrollments, contributions, accounts and (empty) transfers from all four subgraphs', async () => {
    const { person } = await hub.client.request<{ person: Record<string, unknown> }>(HISTORY, { idNumber });
    expect(person).toEqual({
      name: '李娜',
      gender: 'FEMALE',
      idNumber: '410102********0027', // masked: the development administrator is neither the person nor their agency
      enrollments: [
        {
          region: {
            code: '410100',
            name: '郑州市',
            province: '河南省',
            agency: { name: '郑州市医疗保障事业管理中心', regionCode: '410100' },
            policy: { profile: 'HENAN' },
          },
          insuranceType: 'EMPLOYEE',
          status: 'TERMINATED',
          startMonth: '2018-01',
          endMonth: '2018-03',
        },
        {
          region: {
            code: '440100',
            name: '广州市',
            province: '广东省',
            agency: { name: '广州市医疗保障事业管理中心', regionCode: '440100' },
            policy: { profile: 'GUANGDONG' },
          },
          insuranceType: 'EMPLOYEE',
          status: 'SUSPENDED',
          startMonth: '2018-05',
          endMonth: '2018-06',
        },
        {
          region: {
            code: '120000',
            name: '天津市',
            province: '天津市',
            agency: { name: '天津市医疗保障事业管理中心', regionCode: '120000' },
            policy: { profile: 'TIANJIN' },
          },
          insuranceType: 'EMPLOYEE',
          status: 'ACTIVE',
          startMonth: '2018-07',
          endMonth: null,
        },
      ],
      contributions: [
        {
          month: '2018-01',
          region: { code: '410100', name: '郑州市' },
          insuranceType: 'EMPLOYEE',
          amount: '480.00',
          paidOn: '2018-01-15',
          kind: 'REGULAR',
        },
        {
          month: '2018-02',
          region: { code: '410100', name: '郑州市' },
          insuranceType: 'EMPLOYEE',
          amount: '480.00',
          paidOn: '2018-02-15',
          kind: 'REGULAR',
        },
        {
          month: '2018-03',
          region: { code: '410100', name: '郑州市' },
          insuranceType: 'EMPLOYEE',
          amount: '480.00',
          paidOn: '2018-03-15',
          kind: 'REGULAR',
        },
        {
          month: '2018-05',
          region: { code: '440100', name: '广州市' },
          insuranceType: 'EMPLOYEE',
          amount: '520.50',
          paidOn: '2018-05-15',
          kind: 'REGULAR',
        },
        {
          month: '2018-06',
          region: { code: '440100', name: '广州市' },
          insuranceType: 'EMPLOYEE',
          amount: '520.50',
          paidOn: '2018-06-15',
          kind: 'REGULAR',
        },
        {
          month: '2018-07',
          region: { code: '120000', name: '天津市' },
          insuranceType: 'EMPLOYEE',
          amount: '600.00',
          paidOn: '2018-07-15',
          kind: 'REGULAR',
        },
      ],
      arrears: ['2018-08'],
      deemedPeriods: [],
      accounts: [
        {
          region: { code: '120000', name: '天津市' },
          balance: '99.99',
          entries: [
            { on: '2018-07-31', kind: 'ALLOCATION', direction: 'CREDIT', amount: '99.99', balanceAfter: '99.99' },
          ],
        },
        {
          region: { code: '440100', name: '广州市' },
          balance: '179.55',
          entries: [
            { on: '2018-06-30', kind: 'ALLOCATION', direction: 'CREDIT', amount: '300.00', balanceAfter: '300.00' },
            { on: '2018-07-02', kind: 'SPENDING', direction: 'DEBIT', amount: '120.45', balanceAfter: '179.55' },
          ],
        },
      ],
      transfers: [],
    });
  });

  it('filters contributions by months and region', async () => {
    const query = gql`
      query ($idNumber: String!) {
        person(idNumber: $idNumber) {
          window: contributions(from: "2018-02", to: "2018-05") {
            month
          }
          guangzhou: contributions(regionCode: "440100") {
            month
          }
        }
      }
    `;
    const { person } = await hub.client.request<{ person: unknown }>(query, { idNumber });
    expect(person).toEqual({
      window: [{ month: '2018-02' }, { month: '2018-03' }, { month: '2018-05' }],
      guangzhou: [{ month: '2018-05' }, { month: '2018-06' }],
    });
  });

  it('answers null for a person nobody enrolled', async () => {
    const result = await hub.client.request(HISTORY, { idNumber: testIdNumber(999) });
    expect(result).toEqual({ person: null });
  });
});
