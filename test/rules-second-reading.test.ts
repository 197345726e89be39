import { gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIdNumber } from './support/people.ts';
import { agencyDesk } from './support/people-helpers.ts';
import { errorsOf, startTestStack, type TestStack } from './support/test-stack.ts';
import { transferDesk } from './support/transfer-desk.ts';

/**
 * The rules read a second time, through the gateway: the cases that were misread (each article named), and the
 * facts the enrollment subgraph records so that the rules on retirees, exempt groups and other schemes apply.
 */
describe('the rules, second reading', () => {
  let hub: TestStack;
  let desk: ReturnType<typeof agencyDesk>;
  let transfers: ReturnType<typeof transferDesk>;
  let n = 300;
  const person = () => testIdNumber(n++, '320102');

  const ENROLLMENTS = gql`
    query ($idNumber: String!) {
      person(idNumber: $idNumber) {
        enrollments {
          region {
            code
          }
          insuranceType
          status
        }
      }
    }
  `;
  const enrollmentsOf = async (idNumber: string) =>
    (
      await hub.client.request<{
        person: { enrollments: { region: { code: string }; insuranceType: string; status: string }[] };
      }>(ENROLLMENTS, { idNumber })
    ).person.enrollments.map((e) => [e.region.code, e.insuranceType, e.status]);

  beforeAll(async () => {
    hub = await startTestStack();
    desk = agencyDesk(hub.client);
    transfers = transferDesk(hub.client);
  });
  afterAll(() => hub?.stop());

  describe("resident to resident follows the next year's enrollment, and then may be applied for in that year (003 art 5(2))", () => {
    let idNumber: string;
    beforeAll(async () => {
      idNumber = person();
      const nanjing = await desk.enroll(idNumber, '320100', 'RESIDENT', '2024-01');
      await desk.pay(idNumber, '320100', 'RESIDENT', '2024-01', '2024-12', [], '2023-12-10');
      await desk.suspend(nanjing, '2024-12-20');
      await desk.enroll(idNumber, '330100', 'RESIDENT', '2025-01');
      await desk.pay(idNumber, '330100', 'RESIDENT', '2025-01', '2025-12', [], '2024-12-15');
    });
    const preview = (on: string) =>
      transfers.preview({ idNumber, fromRegion: '320100', toRegion: '330100', kind: 'RESIDENT_TO_RESIDENT', on });

    it.each(['2024-12-21', '2024-12-31', '2025-03-15', '2025-11-30'])(
      'is eligible on %s, enrolled in 330100 for 2025',
      async (on) => {
        expect(await preview(on)).toMatchObject({ eligible: true, reasons: [] });
      },
    );

    it('is not, while the new enrollment is for the year of the move (enroll for next year first)', async () => {
      const early = person();
      const nanjing = await desk.enroll(early, '320100', 'RESIDENT', '2024-01');
      await desk.pay(early, '320100', 'RESIDENT', '2024-01', '2024-06', [], '2023-12-10');
      await desk.suspend(nanjing, '2024-06-30');
      await desk.enroll(early, '330100', 'RESIDENT', '2024-07');
      const refused = await transfers.preview({
        idNumber: early,
        fromRegion: '320100',
        toRegion: '330100',
        kind: 'RESIDENT_TO_RESIDENT',
        on: '2024-07-15',
      });
      expect(refused).toMatchObject({
        eligible: false,
        reasons: [
          {
            code: 'RESIDENT_NOT_NEXT_YEAR',
            message:
              'A resident-to-resident transfer follows the enrollment for the year after the move (2024), and the enrollment in 杭州市 (330100) starts in 2024-07: enroll for 2025 first (003 art 5(2)).',
          },
        ],
      });
    });
  });

  it("certifies on the Info Sheet what the out-region holds: its own months and those transferred into it, never the in-region's after the move (003 art 8, annex 3)", async () => {
    const idNumber = person();
    const wuhan = await desk.enroll(idNumber, '420100', 'EMPLOYEE', '2019-01');
    await desk.pay(idNumber, '420100', 'EMPLOYEE', '2019-01', '2023-12');
    await desk.suspend(wuhan, '2023-12-31');
    const chongqing = await desk.enroll(idNumber, '500000', 'EMPLOYEE', '2024-01');
    await desk.pay(idNumber, '500000', 'EMPLOYEE', '2024-01', '2024-11');
    const first = await transfers.apply({
      idNumber,
      fromRegion: '420100',
      toRegion: '500000',
      kind: 'EMPLOYEE_TO_EMPLOYEE',
      on: '2024-03-11',
    });
    await transfers.completeOut(first.id, '2024-03-15');
    expect((await transfers.completeIn(first.id, '2024-03-20')).status).toBe('COMPLETED');

    await desk.suspend(chongqing, '2024-11-30');
    await desk.enroll(idNumber, '330100', 'EMPLOYEE', '2024-12');
    await desk.pay(idNumber, '330100', 'EMPLOYEE', '2024-12', '2025-01');
    const second = await transfers.apply({
      idNumber,
      fromRegion: '500000',
      toRegion: '330100',
      kind: 'EMPLOYEE_TO_EMPLOYEE',
      on: '2025-02-10',
    });
    const out = await transfers.completeOut(second.id, '2025-02-14');
    expect(out.infoSheet!.rows).toEqual([
      {
        seq: 1,
        fromMonth: '2019-01',
        toMonth: '2023-12',
        insuranceType: 'EMPLOYEE',
        months: 60,
        agencyName: '武汉市医疗保障事业管理中心',
        regionCode: '420100',
        note: null,
      },
      {
        seq: 2,
        fromMonth: '2024-01',
        toMonth: '2024-11',
        insuranceType: 'EMPLOYEE',
        months: 11,
        agencyName: '重庆市医疗保障事业管理中心',
        regionCode: '500000',
        note: null,
      },
    ]);
    expect(out.infoSheet!.issuer).toMatchObject({ regionCode: '500000' });
  });

  describe('a switch between schemes within one region runs to its end (003 art 14: 参照本办法执行)', () => {
    let idNumber: string;
    let transferId: string;
    beforeAll(async () => {
      idNumber = person();
      const employee = await desk.enroll(idNumber, '440100', 'EMPLOYEE', '2022-01');
      await desk.pay(idNumber, '440100', 'EMPLOYEE', '2022-01', '2024-12');
      await desk.allocate(idNumber, '440100', '800.00', '2024-12-31');
      await desk.suspend(employee, '2024-12-31');
      await desk.enroll(idNumber, '440100', 'RESIDENT', '2025-01');
      await desk.pay(idNumber, '440100', 'RESIDENT', '2025-01', '2025-12', [], '2024-12-20');
    });

    it("is accepted with its continuity: no gap after 36 months of employee insurance (003 art 11 para 2); Guangdong's steps apply (000 art 15)", async () => {
      const accepted = await transfers.apply({
        idNumber,
        fromRegion: '440100',
        toRegion: '440100',
        kind: 'EMPLOYEE_TO_RESIDENT',
        on: '2025-01-06',
      });
      transferId = accepted.id;
      expect(accepted.status).toBe('ACCEPTED');
      expect(accepted.continuity).toMatchObject({
        gapMonths: 0,
        waitingPeriodMonths: 0,
        retroactive: true,
        effectiveFrom: '2025-01-01',
      });
      // 000 art 15: a switch within one Guangdong region follows 000 by reference, so the Contact Letter comes first.
      expect(accepted.deadlines.map((d) => [d.step, d.dueOn, d.rule])).toEqual([
        ['CONTACT_LETTER', '2025-01-13', '000 art 9'],
      ]);
      const sent = await transfers.sendContactLetter(transferId, '2025-01-07');
      expect(sent.deadlines.map((d) => [d.step, d.dueOn, d.completedOn])).toEqual([
        ['CONTACT_LETTER', '2025-01-13', '2025-01-07'],
        ['TRANSFER_OUT', '2025-01-21', null],
      ]);
    });

    it('completes the transfer-out with a sheet of the employee months, and moves no money: the account stays where it is', async () => {
      const out = await transfers.completeOut(transferId, '2025-01-08');
      expect(out.status).toBe('OUT_COMPLETED');
      expect(out.infoSheet).toMatchObject({
        rows: [
          {
            seq: 1,
            fromMonth: '2022-01',
            toMonth: '2024-12',
            insuranceType: 'EMPLOYEE',
            months: 36,
            regionCode: '440100',
            note: null,
          },
        ],
        accountAmount: '0.00',
        verified: true,
      });
      expect(out.funds).toMatchObject({ declared: '0.00', inTransit: '0.00' });
    });

    it('completes, ending only the employee enrollment; the balance is untouched', async () => {
      expect((await transfers.completeIn(transferId, '2025-01-10')).status).toBe('COMPLETED');
      expect(await enrollmentsOf(idNumber)).toEqual([
        ['440100', 'EMPLOYEE', 'TERMINATED'],
        ['440100', 'RESIDENT', 'ACTIVE'],
      ]);
      const account = (await transfers.money(idNumber))['440100']!;
      expect([account.balance, account.entries.map((entry) => entry.kind)]).toEqual(['800.00', ['ALLOCATION']]);
    });

    it('refuses the mail mode for it, and a same-scheme "transfer" within one region, writing nothing', async () => {
      const errors = await errorsOf(
        transfers.apply({
          idNumber,
          fromRegion: '120000',
          toRegion: '120000',
          kind: 'EMPLOYEE_TO_RESIDENT',
          mode: 'MAIL',
          on: '2025-01-06',
        }),
      );
      expect(errors.map((e) => [e.extensions?.code, e.message])).toEqual([
        [
          'BAD_USER_INPUT',
          'The application was not recorded. mode: a switch of schemes within one region is handled by one agency, with nothing to mail: use ONLINE.',
        ],
      ]);
    });
  });

  describe('Henan returns the balance only to an employee who switches to resident insurance (004 art 15)', () => {
    const PAYOUT = gql`
      mutation ($input: PayoutInput!) {
        payOutAccountBalance(input: $input) {
          kind
          amount
          balanceAfter
          destination
        }
      }
    `;
    const payout = (idNumber: string) => ({
      idNumber,
      regionCode: '410100',
      reason: 'RETURN_ON_SWITCH_TO_RESIDENT',
      bankAccount: '6222020200001234',
      personConfirmed: true,
      on: '2025-02-10',
    });
    const refusal = async (idNumber: string) =>
      (await errorsOf(hub.client.request(PAYOUT, { input: payout(idNumber) }))).map((e) => [
        e.extensions?.code,
        e.message,
      ]);

    it('refuses an employee still insured, then one who left but joined no resident insurance, saying why; pays once they switch', async () => {
      const idNumber = person();
      const employee = await desk.enroll(idNumber, '410100', 'EMPLOYEE', '2023-01');
      await desk.allocate(idNumber, '410100', '50.00', '2024-12-31');
      expect(await refusal(idNumber)).toEqual([
        [
          'BAD_USER_INPUT',
          "Nothing was paid out. reason: the person's employee insurance in 410100 is still active: it is suspended or terminated first (004 art 15).",
        ],
      ]);
      await desk.suspend(employee, '2025-01-31');
      expect(await refusal(idNumber)).toEqual([
        [
          'BAD_USER_INPUT',
          'Nothing was paid out. reason: the person has not joined resident insurance: the payout is for a switch from employee to resident insurance (004 art 15).',
        ],
      ]);
      expect((await transfers.money(idNumber))['410100']!.balance).toBe('50.00');
      await desk.enroll(idNumber, '410100', 'RESIDENT', '2025-02');
      expect(await hub.client.request(PAYOUT, { input: payout(idNumber) })).toEqual({
        payOutAccountBalance: {
          kind: 'PAYOUT',
          amount: '50.00',
          balanceAfter: '0.00',
          destination: 'bank account ****1234 (004 art 15)',
        },
      });
    });

    it('refuses a person with no employee insurance in the region', async () => {
      const idNumber = person();
      await desk.enroll(idNumber, '410100', 'RESIDENT', '2023-01');
      await desk.allocate(idNumber, '410100', '50.00', '2024-12-31');
      expect(await refusal(idNumber)).toEqual([
        [
          'BAD_USER_INPUT',
          'Nothing was paid out. reason: the person has no employee insurance in 410100 to leave (004 art 15).',
        ],
      ]);
    });
  });

  describe('facts the rules use, recorded by the enrollment subgraph and read through federation', () => {
    const FACTS = gql`
      query ($idNumber: String!) {
        person(idNumber: $idNumber) {
          retiredOn
          exemptions {
            group
            year
            region {
              code
            }
          }
          otherSchemeCover {
            fromMonth
            toMonth
            scheme
            region {
              code
            }
          }
        }
      }
    `;

    it("refuses a retiree's transfer: the measures cover the insured other than retirees (003 art 2; 000, 002, 004 art 2)", async () => {
      const idNumber = person();
      const out = await desk.enroll(idNumber, '330100', 'EMPLOYEE', '2000-01');
      await desk.pay(idNumber, '330100', 'EMPLOYEE', '2020-01', '2024-06');
      await desk.suspend(out, '2024-06-30');
      await desk.enroll(idNumber, '310000', 'EMPLOYEE', '2024-07');
      await desk.recordFact('recordRetirement', { idNumber, regionCode: '330100', on: '2024-06-30' });
      const rejected = await transfers.apply({
        idNumber,
        fromRegion: '330100',
        toRegion: '310000',
        kind: 'EMPLOYEE_TO_EMPLOYEE',
        on: '2024-07-15',
      });
      expect(rejected.reasons).toEqual([
        {
          code: 'RETIREE_NOT_COVERED',
          message:
            'The person retired on 2024-06-30: these transfer measures are for insured people other than retirees (003 art 2).',
        },
      ]);
      expect(await hub.client.request(FACTS, { idNumber })).toEqual({
        person: { retiredOn: '2024-06-30', exemptions: [], otherSchemeCover: [] },
      });
      // Recorded once: the same fact again changes nothing; another date is refused.
      await desk.recordFact('recordRetirement', { idNumber, regionCode: '330100', on: '2024-06-30' });
      expect(
        (await errorsOf(desk.recordFact('recordRetirement', { idNumber, regionCode: '330100', on: '2024-05-31' }))).map(
          (e) => [e.extensions?.code, e.message],
        ),
      ).toEqual([['CONFLICT', "The person's retirement is recorded on 2024-06-30; it is not overwritten."]]);
    });

    it('spares an exempt late resident payer the 60-day wait in Fujian (002 art 12)', async () => {
      const apply = async (exempt: boolean) => {
        const idNumber = person();
        const out = await desk.enroll(idNumber, '410100', 'RESIDENT', '2024-01');
        await desk.pay(idNumber, '410100', 'RESIDENT', '2024-01', '2024-12', [], '2023-12-10');
        await desk.suspend(out, '2024-12-31');
        await desk.enroll(idNumber, '350200', 'RESIDENT', '2025-01');
        await desk.pay(idNumber, '350200', 'RESIDENT', '2025-01', '2025-12', [], '2025-03-03');
        if (exempt)
          await desk.recordFact('recordExemption', {
            idNumber,
            regionCode: '350200',
            group: 'NEW_STUDENT',
            year: 2025,
          });
        return {
          idNumber,
          transfer: await transfers.apply({
            idNumber,
            fromRegion: '410100',
            toRegion: '350200',
            kind: 'RESIDENT_TO_RESIDENT',
            on: '2025-03-10',
          }),
        };
      };
      expect((await apply(false)).transfer.continuity).toMatchObject({
        waitingPeriodDays: 60,
        rule: "003 art 5(2): resident insurance moves with the next year's enrollment; 002 art 12: paid late, 60-day waiting period from payment",
      });
      const exempt = await apply(true);
      expect(await hub.client.request(FACTS, { idNumber: exempt.idNumber })).toEqual({
        person: {
          retiredOn: null,
          exemptions: [{ group: 'NEW_STUDENT', year: 2025, region: { code: '350200' } }],
          otherSchemeCover: [],
        },
      });
      expect(exempt.transfer.continuity).toMatchObject({
        waitingPeriodDays: 0,
        rule: "003 art 5(2): resident insurance moves with the next year's enrollment; 002 art 12: paid late, but exempt from the waiting period (NEW_STUDENT)",
      });
    });

    it('bridges a gap with months under another public scheme, which count as no contribution years (002 art 14)', async () => {
      const idNumber = person();
      const out = await desk.enroll(idNumber, '330100', 'EMPLOYEE', '2021-01');
      await desk.pay(idNumber, '330100', 'EMPLOYEE', '2021-01', '2024-06');
      await desk.suspend(out, '2024-06-30');
      await desk.enroll(idNumber, '350100', 'EMPLOYEE', '2024-12');
      await desk.pay(idNumber, '350100', 'EMPLOYEE', '2024-12', '2024-12');
      await desk.recordFact('recordOtherSchemeCover', {
        idNumber,
        regionCode: '350100',
        fromMonth: '2024-07',
        toMonth: '2024-11',
        scheme: '公费医疗',
      });
      const accepted = await transfers.apply({
        idNumber,
        fromRegion: '330100',
        toRegion: '350100',
        kind: 'EMPLOYEE_TO_EMPLOYEE',
        on: '2024-12-20',
      });
      expect(accepted.continuity).toMatchObject({ gapMonths: 0, waitingPeriodMonths: 0, retroactive: true });
      expect(accepted.continuity!.rule).toContain(
        '002 art 14: months under another public scheme are no interruption (and no contribution years)',
      );
      const { person: facts } = await hub.client.request<{ person: { otherSchemeCover: unknown[] } }>(FACTS, {
        idNumber,
      });
      expect(facts.otherSchemeCover).toEqual([
        { fromMonth: '2024-07', toMonth: '2024-11', scheme: '公费医疗', region: { code: '350100' } },
      ]);
      const YEARS = gql`
        query ($idNumber: String!) {
          fujian: person(idNumber: $idNumber) {
            contributionYears(asOfRegion: "350100") {
              actualMonths
              continuousMonths
            }
          }
          national: person(idNumber: $idNumber) {
            contributionYears(asOfRegion: "330100") {
              actualMonths
              continuousMonths
            }
          }
        }
      `;
      expect(await hub.client.request(YEARS, { idNumber })).toEqual({
        fujian: { contributionYears: { actualMonths: 43, continuousMonths: 43 } },
        national: { contributionYears: { actualMonths: 43, continuousMonths: 1 } },
      });
    });

    it('records facts only for an enrolled person, by the agency of a real region, with inputs that make sense', async () => {
      const errors = await errorsOf(
        desk.recordFact('recordOtherSchemeCover', {
          idNumber: person(),
          regionCode: '350100',
          fromMonth: '2024-07',
          toMonth: '2024-05',
          scheme: ' ',
        }),
      );
      expect(errors.map((e) => [e.extensions?.code, e.message])).toEqual([
        [
          'BAD_USER_INPUT',
          'The fact was not recorded. toMonth: 2024-05 is before fromMonth; scheme: name the scheme, 1 to 60 characters (e.g. 公费医疗).',
        ],
      ]);
      expect(
        (
          await errorsOf(
            desk.recordFact('recordExemption', {
              idNumber: person(),
              regionCode: '350100',
              group: 'NEWBORN',
              year: 2025,
            }),
          )
        ).map((e) => e.extensions?.code),
      ).toEqual(['NOT_FOUND']);
    });
  });
});
