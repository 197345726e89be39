import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from 'graphql-request';
import { testIdNumber } from './support/people.ts';
import { agencyDesk } from './support/people-helpers.ts';
import { errorsOf, startTestStack, type TestStack } from './support/test-stack.ts';
import { transferDesk } from './support/transfer-desk.ts';

const codes = (reasons: { code: string }[]) => reasons.map((reason) => reason.code);

describe('pre-validation, regional variants and the four kinds of transfer', () => {
  let hub: TestStack;
  let desk: ReturnType<typeof agencyDesk>;
  let transfers: ReturnType<typeof transferDesk>;
  let n = 100;
  const person = () => testIdNumber(n++, '350103');

  /** A person who left `from` (enrollment suspended, or terminated) and is enrolled in `to`. */
  async function mover(
    from: string,
    to: string,
    options: {
      fromType?: string;
      toType?: string;
      outStatus?: 'SUSPENDED' | 'TERMINATED' | 'ACTIVE';
      toStart?: string;
    } = {},
  ) {
    const idNumber = person();
    const out = await desk.enroll(idNumber, from, options.fromType ?? 'EMPLOYEE', '2021-01');
    await desk.pay(idNumber, from, options.fromType ?? 'EMPLOYEE', '2021-01', '2024-06');
    if (options.outStatus !== 'ACTIVE') await desk.suspend(out, '2024-06-30');
    if (options.outStatus === 'TERMINATED') await desk.terminate(out, '2024-06-30');
    if (options.outStatus !== 'ACTIVE')
      await desk.enroll(idNumber, to, options.toType ?? 'EMPLOYEE', options.toStart ?? '2024-07');
    return idNumber;
  }
  const apply = (
    idNumber: string,
    fromRegion: string,
    toRegion: string,
    kind = 'EMPLOYEE_TO_EMPLOYEE',
    extra: Record<string, unknown> = {},
  ) => transfers.apply({ idNumber, fromRegion, toRegion, kind, on: '2024-07-15', ...extra });

  beforeAll(async () => {
    hub = await startTestStack();
    desk = agencyDesk(hub.client);
    transfers = transferDesk(hub.client);
  });
  afterAll(() => hub?.stop());

  describe('each rejection reason alone, kept with the application (003 art 7)', () => {
    it('OUT_NOT_SUSPENDED: the out-region has not suspended the enrollment', async () => {
      const idNumber = await mover('330100', '310000', { outStatus: 'ACTIVE' });
      const rejected = await apply(idNumber, '330100', '310000');
      expect(rejected.status).toBe('REJECTED');
      expect(rejected.reasons).toEqual([
        {
          code: 'OUT_NOT_SUSPENDED',
          message:
            'The enrollment in 杭州市 (330100) is still active: the out-region suspends it (中止) before a transfer (003 art 7).',
        },
        {
          code: 'IN_NOT_ENROLLED',
          message:
            'The person is not enrolled in employee insurance (职工医保) in 上海市 (310000): enroll there first (003 art 7).',
        },
      ]);
      expect(rejected.deadlines).toEqual([]);
      expect(rejected.events).toEqual([
        {
          step: 'APPLICATION_REJECTED',
          actor: 'PERSON',
          on: '2024-07-15',
          note: '2 check(s) failed: OUT_NOT_SUSPENDED, IN_NOT_ENROLLED',
        },
      ]);
      expect((await transfers.get(rejected.id))!.reasons).toEqual(rejected.reasons);
    });

    it('IN_NOT_ENROLLED alone', async () => {
      const idNumber = await mover('330100', '320100');
      expect(codes((await apply(idNumber, '330100', '310000')).reasons)).toEqual(['IN_NOT_ENROLLED']);
    });

    it('KIND_MISMATCH: the in-region enrollment is of the other kind (003 art 5)', async () => {
      const idNumber = await mover('330100', '310000', { toType: 'RESIDENT' });
      expect((await apply(idNumber, '330100', '310000')).reasons).toEqual([
        {
          code: 'KIND_MISMATCH',
          message:
            'The enrollment in 上海市 (310000) is resident insurance (城乡居民医保), but a EMPLOYEE_TO_EMPLOYEE transfer needs employee insurance (职工医保): choose the kind that matches, or enroll accordingly (003 art 5).',
        },
      ]);
    });

    it('OUT_NOT_TERMINATED: Tianjin transfers employee insurance out only once terminated (001 art 10)', async () => {
      const suspended = await mover('120000', '310000');
      expect(codes((await apply(suspended, '120000', '310000')).reasons)).toEqual(['OUT_NOT_TERMINATED']);
      const terminated = await mover('120000', '310000', { outStatus: 'TERMINATED' });
      expect((await apply(terminated, '120000', '310000')).status).toBe('ACCEPTED');
    });

    it('OUT_HAS_ARREARS: Henan transfers out only without arrears (004 art 7)', async () => {
      const idNumber = person();
      const out = await desk.enroll(idNumber, '410100', 'EMPLOYEE', '2021-01');
      await desk.pay(idNumber, '410100', 'EMPLOYEE', '2021-01', '2024-06', ['2024-05', '2024-06']);
      await desk.suspend(out, '2024-06-30');
      await desk.enroll(idNumber, '310000', 'EMPLOYEE', '2024-07');
      expect((await apply(idNumber, '410100', '310000')).reasons).toEqual([
        {
          code: 'OUT_HAS_ARREARS',
          message:
            '郑州市 (410100) transfers out only without arrears, and 2024-05, 2024-06 are owed there: pay them first (004 art 7).',
        },
      ]);
    });

    it("RESIDENT_NOT_NEXT_YEAR: resident to resident follows next year's enrollment (003 art 5(2))", async () => {
      const idNumber = await mover('330100', '310000', {
        fromType: 'RESIDENT',
        toType: 'RESIDENT',
        toStart: '2024-07',
      });
      expect(codes((await apply(idNumber, '330100', '310000', 'RESIDENT_TO_RESIDENT')).reasons)).toEqual([
        'RESIDENT_NOT_NEXT_YEAR',
      ]);
    });

    it('RESIDENT_TRANSFER_NOT_IN_HENAN: Henan takes no resident-to-resident transfers (004 art 5)', async () => {
      const idNumber = await mover('330100', '410100', {
        fromType: 'RESIDENT',
        toType: 'RESIDENT',
        toStart: '2025-01',
      });
      expect(codes((await apply(idNumber, '330100', '410100', 'RESIDENT_TO_RESIDENT')).reasons)).toEqual([
        'RESIDENT_TRANSFER_NOT_IN_HENAN',
      ]);
    });

    it('OPEN_TRANSFER_EXISTS: one open transfer at a time', async () => {
      const idNumber = await mover('330100', '310000');
      expect((await apply(idNumber, '330100', '310000')).status).toBe('ACCEPTED');
      expect(codes((await apply(idNumber, '330100', '310000')).reasons)).toEqual(['OPEN_TRANSFER_EXISTS']);
    });

    it('PERSON_NOT_ENROLLED: nobody has enrolled the person', async () => {
      expect(codes((await apply(person(), '330100', '310000')).reasons)).toEqual(['PERSON_NOT_ENROLLED']);
    });
  });

  it('tells every failed check at once (一次性告知)', async () => {
    const idNumber = person();
    await desk.enroll(idNumber, '410100', 'EMPLOYEE', '2021-01');
    await desk.pay(idNumber, '410100', 'EMPLOYEE', '2021-01', '2024-06', ['2024-06']);
    const rejected = await apply(idNumber, '410100', '440100');
    expect(codes(rejected.reasons)).toEqual(['OUT_NOT_SUSPENDED', 'OUT_HAS_ARREARS', 'IN_NOT_ENROLLED']);
  });

  it('refuses malformed applications with BAD_USER_INPUT, writing nothing', async () => {
    const errors = await errorsOf(
      apply('110105194912310021', '120000', '120000', 'EMPLOYEE_TO_EMPLOYEE', { mode: 'MAIL' }).then(() => undefined),
    );
    expect(errors.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(errors[0]!.message).toBe(
      'The application was not recorded. idNumber: the check character of the ID number (the 18th) is wrong under GB 11643: check the number for a typo; ' +
        'toRegion: a transfer goes to another region; within one region only a switch between employee and resident insurance is a transfer (003 art 14).',
    );
  });

  describe('regional variants', () => {
    it('Guangdong as in-region: the Contact Letter first (5 working days), then the out-region 10 from it (000 art 9)', async () => {
      const idNumber = await mover('410100', '440100');
      const accepted = await apply(idNumber, '410100', '440100');
      expect(accepted.deadlines.map((d) => [d.step, d.dueOn, d.rule])).toEqual([
        ['CONTACT_LETTER', '2024-07-22', '000 art 9'],
      ]);
      expect((await errorsOf(transfers.completeOut(accepted.id, '2024-07-16'))).map((e) => e.message)).toEqual([
        'The in-region sends the Contact Letter first: the out-region acts on receiving it (000 art 9, 001 art 9).',
      ]);
      const sent = await transfers.sendContactLetter(accepted.id, '2024-07-18');
      expect(sent.status).toBe('CONTACT_LETTER_SENT');
      expect(sent.contactLetter).toEqual({
        issuedOn: '2024-07-18',
        issuer: { regionCode: '440100' },
        fromRegion: { code: '410100' },
        toRegion: { code: '440100' },
        verified: true,
      });
      expect(sent.deadlines.map((d) => [d.step, d.dueOn, d.completedOn, d.rule])).toEqual([
        ['CONTACT_LETTER', '2024-07-22', '2024-07-18', '000 art 9'],
        ['TRANSFER_OUT', '2024-08-01', null, '004 art 8'],
      ]);
      expect((await transfers.completeOut(accepted.id, '2024-07-25')).status).toBe('OUT_COMPLETED');
    });

    it("Tianjin's mail mode: 15 working days for the letter, the transfer-out and the transfer-in (001 art 8-9)", async () => {
      const idNumber = await mover('330100', '120000');
      const accepted = await apply(idNumber, '330100', '120000', 'EMPLOYEE_TO_EMPLOYEE', { mode: 'MAIL' });
      await transfers.sendContactLetter(accepted.id, '2024-07-25');
      const out = await transfers.completeOut(accepted.id, '2024-08-09');
      expect(out.deadlines.map((d) => [d.step, d.dueOn, d.workingDays])).toEqual([
        ['CONTACT_LETTER', '2024-08-05', 15],
        ['TRANSFER_OUT', '2024-08-15', 15],
        ['TRANSFER_IN', '2024-08-30', 15],
      ]);
    });

    it('Fujian inside the province: handled at once, the balance cleared and credited immediately (002 art 9)', async () => {
      const idNumber = await mover('350200', '350100');
      await desk.allocate(idNumber, '350200', '880.80', '2024-06-30');
      const done = await apply(idNumber, '350200', '350100');
      expect(done.status).toBe('COMPLETED');
      expect(done.events.map((event) => [event.step, event.actor, event.on])).toEqual([
        ['APPLICATION_ACCEPTED', 'PERSON', '2024-07-15'],
        ['TRANSFER_OUT_COMPLETED', 'SYSTEM', '2024-07-15'],
        ['INFO_SHEET_ISSUED', 'OUT_AGENCY', '2024-07-15'],
        ['FUNDS_RECEIVED', 'SYSTEM', '2024-07-15'],
        ['TRANSFER_IN_COMPLETED', 'SYSTEM', '2024-07-15'],
        ['TRANSFER_COMPLETED', 'SYSTEM', '2024-07-15'],
      ]);
      expect(done.infoSheet).toMatchObject({
        accountAmount: '880.80',
        accountAmountInWords: '捌佰捌拾元捌角',
        verified: true,
      });
      expect(done.funds).toMatchObject({
        status: 'CREDITED',
        declared: '880.80',
        credited: '880.80',
        inTransit: '0.00',
      });
      // One act: the application's answer is COMPLETED only once the money is where it belongs.
      const money = await transfers.money(idNumber);
      expect([money['350200']!.balance, money['350100']!.balance]).toEqual(['0.00', '880.80']);
    });

    it('Fujian as in-region from another province: the continuity rule of 002 art 11 (gap over 3 months)', async () => {
      const idNumber = await mover('330100', '350100', { toStart: '2024-12' });
      await desk.pay(idNumber, '350100', 'EMPLOYEE', '2024-12', '2024-12');
      const accepted = await transfers.apply({
        idNumber,
        fromRegion: '330100',
        toRegion: '350100',
        kind: 'EMPLOYEE_TO_EMPLOYEE',
        on: '2024-12-20',
      });
      expect(accepted.continuity).toEqual({
        gapMonths: 5,
        backPayAllowed: true,
        waitingPeriodMonths: 6,
        waitingPeriodDays: 0,
        waitingBenefitRatio: 0.5,
        retroactive: false,
        effectiveFrom: '2024-12-01',
        residentRate: null,
        rule: '002 art 11: gap of 5 month(s), waiting period 6 month(s) at 50% of benefits; 002 art 11: effective from the month of payment',
      });
    });
  });

  describe('the four kinds (003 art 5)', () => {
    it.each([
      ['EMPLOYEE_TO_EMPLOYEE', 'EMPLOYEE', 'EMPLOYEE', '2024-07'],
      ['EMPLOYEE_TO_RESIDENT', 'EMPLOYEE', 'RESIDENT', '2024-07'],
      ['RESIDENT_TO_EMPLOYEE', 'RESIDENT', 'EMPLOYEE', '2024-07'],
      ['RESIDENT_TO_RESIDENT', 'RESIDENT', 'RESIDENT', '2025-01'],
    ])('%s is accepted and completes', async (kind, fromType, toType, toStart) => {
      const idNumber = await mover('330100', '310000', { fromType, toType, toStart });
      const accepted = await apply(idNumber, '330100', '310000', kind);
      expect([accepted.status, accepted.reasons]).toEqual(['ACCEPTED', []]);
      const out = await transfers.completeOut(accepted.id, '2024-07-20');
      expect(out.infoSheet!.accountAmount).toBe('0.00');
      expect((await transfers.completeIn(accepted.id, '2024-07-22')).status).toBe('COMPLETED');
    });
  });

  it('cancels before the out-region acts, with the applicant on the timeline', async () => {
    const idNumber = await mover('330100', '310000');
    const accepted = await apply(idNumber, '330100', '310000', 'EMPLOYEE_TO_EMPLOYEE', { applicant: 'EMPLOYER' });
    const cancelled = await transfers.cancel(accepted.id, '2024-07-16');
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.events.at(-1)).toEqual({ step: 'CANCELLED', actor: 'EMPLOYER', on: '2024-07-16', note: null });
    expect((await errorsOf(transfers.completeOut(accepted.id, '2024-07-17'))).map((e) => e.message)).toEqual([
      'The transfer was cancelled; nothing more happens to it.',
    ]);
  });

  it('lists transfers for agency dashboards: filtered by region, status and lateness, page by page', async () => {
    const list = gql`
      query ($filter: TransferFilter, $first: Int, $after: String) {
        transfers(filter: $filter, first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              status
              overdue
            }
          }
        }
      }
    `;
    type Page = {
      transfers: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string; status: string; overdue: boolean } }[];
      };
    };
    const filter = { fromRegion: '330100', status: 'ACCEPTED' };
    const first = await hub.client.request<Page>(list, { filter, first: 2 });
    const second = await hub.client.request<Page>(list, {
      filter,
      first: 2,
      after: first.transfers.pageInfo.endCursor,
    });
    const all = await hub.client.request<Page>(list, { filter, first: 100 });
    expect(first.transfers.totalCount).toBe(all.transfers.edges.length);
    expect(first.transfers.pageInfo.hasNextPage).toBe(all.transfers.edges.length > 2);
    expect([...first.transfers.edges, ...second.transfers.edges].map((edge) => edge.node.id)).toEqual(
      all.transfers.edges.slice(0, 4).map((edge) => edge.node.id),
    );
    // Applied in July 2024 and never taken further: every one is overdue now.
    const overdue = await hub.client.request<Page>(list, { filter: { ...filter, overdue: true }, first: 100 });
    expect(overdue.transfers.edges.map((edge) => edge.node.id)).toEqual(
      all.transfers.edges.map((edge) => edge.node.id),
    );
    expect(all.transfers.edges.every((edge) => edge.node.overdue)).toBe(true);
    expect(
      (await hub.client.request<Page>(list, { filter: { ...filter, overdue: false }, first: 100 })).transfers
        .totalCount,
    ).toBe(0);
    expect((await errorsOf(hub.client.request(list, { first: 101 }))).map((e) => e.message)).toEqual([
      'first: ask for 1 to 100 transfers a page.',
    ]);
  });
});
