import { gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIdNumber, withWrongCheckCharacter } from './support/people.ts';
import { errorsOf, startTestStack, type ReportedError, type TestStack } from './support/test-stack.ts';

const ENROLL = gql`
  mutation ($input: EnrollInput!) {
    enroll(input: $input) {
      id
      status
    }
  }
`;
const SUSPEND = gql`
  mutation ($id: ID!, $on: Date) {
    suspendEnrollment(id: $id, on: $on) {
      id
      status
      suspendedOn
    }
  }
`;
const TERMINATE = gql`
  mutation ($id: ID!, $on: Date) {
    terminateEnrollment(id: $id, on: $on) {
      id
      status
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
const DEEMED = gql`
  mutation ($input: DeemedPeriodInput!) {
    recordDeemedPeriod(input: $input) {
      id
      months
    }
  }
`;
const ENTRY = gql`
  mutation ($input: AccountEntryInput!) {
    recordAccountEntry(input: $input) {
      id
      amount
      balanceAfter
    }
  }
`;

describe('bad input is refused with BAD_USER_INPUT (or CONFLICT / NOT_FOUND) and nothing is written', () => {
  let hub: TestStack;
  const seen: ReportedError[] = [];
  const idNumber = testIdNumber(10, '440106');
  const other = testIdNumber(11, '440106');

  /** Every refusal goes through here, so the last test can check none leaked SQL, a stack or an ID number. */
  async function refused(request: Promise<unknown>, code: string, message: string): Promise<void> {
    const errors = await errorsOf(request);
    seen.push(...errors);
    expect(errors.map((error) => error.extensions?.code)).toEqual([code]);
    expect(errors[0]!.message).toBe(message);
  }

  const rows = async (subgraph: 'enrollment' | 'contributions' | 'accounts', table: string) => {
    const [{ count }] = await hub.asOwner(subgraph, `SELECT count(*)::int AS count FROM ${table}`);
    return count as number;
  };

  const month = (m: string, extra: Record<string, unknown> = {}) => ({
    idNumber,
    regionCode: '440100',
    insuranceType: 'EMPLOYEE',
    month: m,
    amount: '500.00',
    paidOn: `${m}-15`,
    ...extra,
  });

  beforeAll(async () => {
    hub = await startTestStack();
  });
  afterAll(() => hub?.stop());

  describe('enrollment', () => {
    const input = { idNumber, name: '陈明', regionCode: '440100', insuranceType: 'EMPLOYEE', startMonth: '2020-01' };

    it('refuses an ID number whose GB 11643 check character is wrong', async () => {
      await refused(
        hub.client.request(ENROLL, { input: { ...input, idNumber: withWrongCheckCharacter(idNumber) } }),
        'BAD_USER_INPUT',
        'The enrollment was not recorded. idNumber: the check character of the ID number (the 18th) is wrong under GB 11643: check the number for a typo.',
      );
      expect(await rows('enrollment', 'person')).toBe(0);
    });

    it('refuses an unknown region code and a province code', async () => {
      await refused(
        hub.client.request(ENROLL, { input: { ...input, regionCode: '449999' } }),
        'BAD_USER_INPUT',
        'The enrollment was not recorded. regionCode: 449999 is not a pooling region of the mainland: query regions for the list of codes.',
      );
      await refused(
        hub.client.request(ENROLL, { input: { ...input, regionCode: '440000' } }),
        'BAD_USER_INPUT',
        'The enrollment was not recorded. regionCode: 440000 is a province, not a pooling region: give a city\'s code, e.g. "440100".',
      );
      expect(await rows('enrollment', 'enrollment')).toBe(0);
    });

    it('refuses a month like 2019-13, as a variable and written inline', async () => {
      await refused(
        hub.client.request(ENROLL, { input: { ...input, startMonth: '2019-13' } }),
        'BAD_USER_INPUT',
        'Variable "$input" got invalid value "2019-13" at "input.startMonth"; "2019-13" is not a month: write YYYY-MM with a month from 01 to 12, e.g. "2019-06"',
      );
      const inline = gql`
        mutation {
          enroll(input: { idNumber: "${idNumber}", name: "陈明", regionCode: "440100", insuranceType: EMPLOYEE, startMonth: "2019-13" }) { id }
        }
      `;
      await refused(
        hub.client.request(inline),
        'BAD_USER_INPUT',
        '"2019-13" is not a month: write YYYY-MM with a month from 01 to 12, e.g. "2019-06"',
      );
    });

    it('refuses an unknown enum value', async () => {
      await refused(
        hub.client.request(ENROLL, { input: { ...input, insuranceType: 'PRIVATE' } }),
        'BAD_USER_INPUT',
        'Variable "$input" got invalid value "PRIVATE" at "input.insuranceType"; Value "PRIVATE" does not exist in "InsuranceType" enum.',
      );
      expect(await rows('enrollment', 'enrollment')).toBe(0);
    });

    it('refuses a gender that contradicts the ID number', async () => {
      await refused(
        hub.client.request(ENROLL, { input: { ...input, gender: 'MALE' } }),
        'BAD_USER_INPUT',
        "The enrollment was not recorded. gender: it contradicts the number's gender digit (odd for men, even for women): check both, or leave gender out.",
      );
    });

    it('enrolls once; repeating it changes nothing; a second active enrollment or another name is a CONFLICT', async () => {
      const first = await hub.client.request<{ enroll: { id: string } }>(ENROLL, { input });
      const again = await hub.client.request<{ enroll: { id: string } }>(ENROLL, { input });
      expect(again.enroll.id).toBe(first.enroll.id);
      await refused(
        hub.client.request(ENROLL, { input: { ...input, regionCode: '120000', startMonth: '2021-01' } }),
        'CONFLICT',
        'The person is already actively enrolled in employee insurance (职工医保) in 广州市 (440100) since 2020-01, and nobody may be enrolled twice (003 art 5): suspend or terminate that enrollment first.',
      );
      await refused(
        hub.client.request(ENROLL, { input: { ...input, name: '陈敏' } }),
        'CONFLICT',
        'The name does not match the name on record for this document: check both against the identity document.',
      );
      expect(await rows('enrollment', 'enrollment')).toBe(1);
    });

    it('suspends and terminates idempotently, in order only', async () => {
      const { enroll } = await hub.client.request<{ enroll: { id: string } }>(ENROLL, {
        input: { ...input, idNumber: other, name: '周杰', startMonth: '2021-03' },
      });
      await refused(
        hub.client.request(SUSPEND, { id: enroll.id, on: '2021-02-10' }),
        'BAD_USER_INPUT',
        'on: 2021-02-10 is before the enrollment started (2021-03): give a date from then on.',
      );
      const suspended = { suspendEnrollment: { id: enroll.id, status: 'SUSPENDED', suspendedOn: '2022-06-30' } };
      expect(await hub.client.request(SUSPEND, { id: enroll.id, on: '2022-06-30' })).toEqual(suspended);
      expect(await hub.client.request(SUSPEND, { id: enroll.id, on: '2022-07-31' })).toEqual(suspended);
      await hub.client.request(TERMINATE, { id: enroll.id, on: '2022-08-01' });
      await refused(
        hub.client.request(SUSPEND, { id: enroll.id }),
        'CONFLICT',
        'The enrollment is terminated and can no longer be suspended.',
      );
      await refused(
        hub.client.request(SUSPEND, { id: 'c0ffee00-0000-4000-8000-000000000000' }),
        'NOT_FOUND',
        'No enrollment has the id "c0ffee00-0000-4000-8000-000000000000": take the id from Person.enrollments.',
      );
    });
  });

  describe('contributions', () => {
    it('refuses a negative amount and one with three decimals', async () => {
      await refused(
        hub.client.request(RECORD, { input: [month('2020-01', { amount: '-500.00' })] }),
        'BAD_USER_INPUT',
        'Variable "$input" got invalid value "-500.00" at "input[0].amount"; "-500.00" is negative: amounts are written as positive yuan, e.g. "12.00"',
      );
      await refused(
        hub.client.request(RECORD, { input: [month('2020-01', { amount: '500.005' })] }),
        'BAD_USER_INPUT',
        'Variable "$input" got invalid value "500.005" at "input[0].amount"; "500.005" is not an amount of money: write yuan with at most two decimals, e.g. "1234.56"',
      );
    });

    it('refuses the whole batch for one bad record, naming every problem', async () => {
      await refused(
        hub.client.request(RECORD, {
          input: [
            month('2020-01'),
            month('2020-02', { idNumber: withWrongCheckCharacter(idNumber) }),
            month('2020-03', { regionCode: '000000' }),
            month('2020-04', { kind: 'BACK_PAY', paidOn: null }),
          ],
        }),
        'BAD_USER_INPUT',
        'No contribution was recorded. input[1].idNumber: the check character of the ID number (the 18th) is wrong under GB 11643: check the number for a typo; ' +
          'input[2].regionCode: 000000 is not a pooling region of the mainland: query regions for the list of codes; ' +
          'input[3].paidOn: a back-payment (BACK_PAY) has a payment date; an owed month is REGULAR without paidOn.',
      );
      expect(await rows('contributions', 'contribution')).toBe(0);
    });

    it('counts a repeated record as unchanged, and refuses one that differs from what is stored', async () => {
      const batch = [month('2020-01'), month('2020-02'), month('2020-03', { paidOn: null })];
      expect(await hub.client.request(RECORD, { input: batch })).toEqual({
        recordContributions: { recorded: 3, unchanged: 0 },
      });
      expect(
        await hub.client.request(RECORD, {
          input: [...batch, month('2020-03', { paidOn: '2020-09-01', kind: 'BACK_PAY' })],
        }),
      ).toEqual({
        recordContributions: { recorded: 1, unchanged: 3 },
      });
      await refused(
        hub.client.request(RECORD, { input: [month('2020-04'), month('2020-02', { amount: '510.00' })] }),
        'CONFLICT',
        'No contribution was recorded: records differ from what is stored for the same month, region, insurance type and payment date: ' +
          'input[1] (2020-02, 440100, paid on 2020-02-15) is already recorded as 500.00 REGULAR. Stored records are not overwritten; send them as stored.',
      );
      expect(await rows('contributions', 'contribution')).toBe(4);
    });

    it('records a deemed period once and refuses a different length', async () => {
      const input = { idNumber, regionCode: '440100', months: 36, reason: 'MILITARY_SERVICE' };
      const first = await hub.client.request<{ recordDeemedPeriod: { id: string } }>(DEEMED, { input });
      expect(await hub.client.request(DEEMED, { input })).toEqual(first);
      await refused(
        hub.client.request(DEEMED, { input: { ...input, months: 40 } }),
        'CONFLICT',
        'A MILITARY_SERVICE period of 36 months is already recorded for this person in 440100; it is not overwritten. Send 36 months, or correct it with the agency.',
      );
      await refused(
        hub.client.request(DEEMED, { input: { ...input, months: 0 } }),
        'BAD_USER_INPUT',
        'The deemed period was not recorded. months: give the number of months, from 1 to 600.',
      );
    });
  });

  describe('personal accounts', () => {
    const entry = (extra: Record<string, unknown>) => ({
      idNumber,
      regionCode: '440100',
      kind: 'ALLOCATION',
      amount: '100.00',
      on: '2021-01-31',
      ...extra,
    });

    it('refuses spending more than the balance, and writes nothing', async () => {
      await hub.client.request(ENTRY, { input: entry({}) });
      await refused(
        hub.client.request(ENTRY, { input: entry({ kind: 'SPENDING', amount: '100.01' }) }),
        'BAD_USER_INPUT',
        'amount: the account in 440100 holds 100.00, so a debit of 100.01 would make it negative; nothing was recorded.',
      );
      await refused(
        hub.client.request(ENTRY, { input: entry({ kind: 'SPENDING', regionCode: '350100' }) }),
        'BAD_USER_INPUT',
        'amount: the account in 350100 holds 0.00, so a debit of 100.00 would make it negative; nothing was recorded.',
      );
      expect(await rows('accounts', 'account_entry')).toBe(1);
    });

    it('refuses the kinds that belong to the transfer workflow', async () => {
      await refused(
        hub.client.request(ENTRY, { input: entry({ kind: 'TRANSFER_IN' }) }),
        'BAD_USER_INPUT',
        'No entry was recorded. kind: TRANSFER_IN entries are made by the transfer workflow; record ALLOCATION, SPENDING or ADJUSTMENT.',
      );
    });

    it('returns the first result for a replayed idempotency key and refuses another input under it', async () => {
      const input = entry({ kind: 'SPENDING', amount: '30.00', idempotencyKey: 'clinic-2021-0001' });
      const first = await hub.client.request(ENTRY, { input });
      expect(first).toEqual({ recordAccountEntry: { id: expect.any(String), amount: '30.00', balanceAfter: '70.00' } });
      expect(await hub.client.request(ENTRY, { input })).toEqual(first);
      await refused(
        hub.client.request(ENTRY, { input: { ...input, amount: '31.00' } }),
        'CONFLICT',
        'idempotencyKey: this key was already used for a different entry; use a new key for a new entry.',
      );
      expect(await rows('accounts', 'account_entry')).toBe(2);
    });

    it("keeps entries immutable in the database itself, even for the tables' owner", async () => {
      await expect(hub.asOwner('accounts', `UPDATE account_entry SET amount_fen = 1`)).rejects.toThrow(
        'account entries are immutable: record an ADJUSTMENT instead',
      );
    });
  });

  it('never shows SQL, a stack or an ID number in an error', () => {
    expect(seen.length).toBeGreaterThan(15);
    for (const error of seen) {
      const text = JSON.stringify(error);
      expect(text).not.toMatch(/\d{17}[\dX]/);
      expect(text).not.toMatch(/\b(SELECT|INSERT|UPDATE|relation|constraint)\b/);
      expect(text).not.toMatch(/stacktrace|\.ts:\d+/);
    }
  });
});
