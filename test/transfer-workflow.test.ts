import { gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIdNumber } from './support/people.ts';
import { agencyDesk } from './support/people-helpers.ts';
import { errorsOf, startTestStack, type TestStack } from './support/test-stack.ts';
import { transferDesk, type TransferView } from './support/transfer-desk.ts';

const codeAndMessage = async (request: Promise<unknown>) =>
  (await errorsOf(request)).map((error) => [error.extensions?.code, error.message]);
const fen = (money: string) => BigInt(money.replace('.', ''));

describe('a transfer from application to completion through the gateway (003 art 7-13)', () => {
  let hub: TestStack;
  let desk: ReturnType<typeof agencyDesk>;
  let transfers: ReturnType<typeof transferDesk>;
  const idNumber = testIdNumber(80, '330102');
  const application = {
    idNumber,
    fromRegion: '330100',
    toRegion: '310000',
    kind: 'EMPLOYEE_TO_EMPLOYEE',
    on: '2024-09-27',
  };
  let transfer: TransferView;

  /** The person's money: every account plus what is in transit (as the accounts subgraph shows it). */
  const totalMoney = async (transferId: string) => {
    const accounts = Object.values(await transfers.money(idNumber)).reduce(
      (sum, account) => sum + fen(account.balance),
      0n,
    );
    return accounts + fen((await transfers.get(transferId))!.funds!.inTransit);
  };

  beforeAll(async () => {
    hub = await startTestStack();
    desk = agencyDesk(hub.client);
    transfers = transferDesk(hub.client);
    const hangzhou = await desk.enroll(idNumber, '330100', 'EMPLOYEE', '2020-01');
    await desk.pay(idNumber, '330100', 'EMPLOYEE', '2020-01', '2024-06');
    await desk.allocate(idNumber, '330100', '1500.00', '2024-06-30');
    await desk.suspend(hangzhou, '2024-06-30');
    await desk.enroll(idNumber, '310000', 'EMPLOYEE', '2024-08');
    await desk.pay(idNumber, '310000', 'EMPLOYEE', '2024-08', '2024-09');
  });
  afterAll(() => hub?.stop());

  it('previews the application — eligible, its first deadline, the continuity — and writes nothing', async () => {
    expect(await transfers.preview(application)).toEqual({
      eligible: true,
      reasons: [],
      deadlines: [
        { step: 'TRANSFER_OUT', dueOn: '2024-10-16', provisional: false, workingDays: 10, rule: '003 art 8' },
      ],
      continuity: {
        gapMonths: 1,
        backPayAllowed: true,
        rule: '003 art 11: gap of 1 month(s) ≤ 3, back-pay allowed, no waiting period, benefits retroactive',
      },
    });
    expect(await hub.asOwner('transfers', 'SELECT count(*)::int AS n FROM transfer')).toEqual([{ n: 0 }]);
  });

  it('accepts the application, with the transfer-out deadline 10 working days on, across National Day (003 art 8)', async () => {
    transfer = await transfers.apply({ ...application, idempotencyKey: 'hz-sh-2024-0001' });
    expect(transfer).toMatchObject({
      status: 'ACCEPTED',
      reasons: [],
      deadlines: [
        {
          step: 'TRANSFER_OUT',
          dueOn: '2024-10-16',
          completedOn: null,
          provisional: false,
          workingDays: 10,
          rule: '003 art 8',
        },
      ],
      events: [{ step: 'APPLICATION_ACCEPTED', actor: 'PERSON', on: '2024-09-27', note: null }],
      continuity: {
        gapMonths: 1,
        backPayAllowed: true,
        waitingPeriodMonths: 0,
        waitingPeriodDays: 0,
        waitingBenefitRatio: 1,
        retroactive: true,
      },
      infoSheet: null,
    });
  });

  it('returns the same transfer for a replayed idempotency key, and refuses another application under it', async () => {
    expect((await transfers.apply({ ...application, idempotencyKey: 'hz-sh-2024-0001' })).id).toBe(transfer.id);
    expect(
      await codeAndMessage(
        transfers.apply({ ...application, kind: 'EMPLOYEE_TO_RESIDENT', idempotencyKey: 'hz-sh-2024-0001' }),
      ),
    ).toEqual([
      [
        'CONFLICT',
        'idempotencyKey: this key was already used for a different application; use a new key for a new application.',
      ],
    ]);
  });

  it('refuses steps out of order, saying what must happen first', async () => {
    expect(await codeAndMessage(transfers.completeIn(transfer.id, '2024-10-08'))).toEqual([
      ['CONFLICT', 'The out-region completes the transfer-out first: transfer-in follows its Info Sheet (003 art 9).'],
    ]);
    expect(await codeAndMessage(transfers.confirmFunds(transfer.id, '1500.00', '2024-10-08'))).toEqual([
      ['CONFLICT', 'The out-region completes the transfer-out first: the funds are confirmed against its Info Sheet.'],
    ]);
    expect(await codeAndMessage(transfers.sendContactLetter(transfer.id, '2024-10-08'))).toEqual([
      [
        'CONFLICT',
        'This transfer uses no Contact Letter: only Guangdong as in-region (000 art 9) and the MAIL mode (001 art 8) do.',
      ],
    ]);
  });

  it("completes the transfer-out with a sealed Info Sheet: the out-region's own periods, the amount in figures and capital numerals (003 art 8, annex 3)", async () => {
    const before = await totalMoney(transfer.id);
    const out = await transfers.completeOut(transfer.id, '2024-10-10');
    expect(out.status).toBe('OUT_COMPLETED');
    expect(out.infoSheet).toMatchObject({
      rows: [
        // Shanghai's months after the move are not Hangzhou's to certify.
        {
          seq: 1,
          fromMonth: '2020-01',
          toMonth: '2024-06',
          insuranceType: 'EMPLOYEE',
          months: 54,
          agencyName: '杭州市医疗保障事业管理中心',
          regionCode: '330100',
          note: null,
        },
      ],
      accountAmount: '1500.00',
      accountAmountInWords: '壹仟伍佰元整',
      issuer: { name: '杭州市医疗保障事业管理中心', regionCode: '330100' },
      verified: true,
    });
    expect(out.infoSheet!.signature).toMatch(/^[0-9a-f]{128}$/);
    expect(out.infoSheet!.issuer.publicKey).toMatch(/^04[0-9a-f]{128}$/);
    expect(out.deadlines.map((d) => [d.step, d.dueOn, d.completedOn])).toEqual([
      ['TRANSFER_OUT', '2024-10-16', '2024-10-10'],
      ['TRANSFER_IN', '2024-10-16', null],
    ]);
    // Answered once the balance has left the out-region account into transit; the person's money does not change.
    expect(out.funds).toEqual({
      status: 'IN_TRANSIT',
      declared: '1500.00',
      sent: '1500.00',
      inTransit: '1500.00',
      credited: null,
      supplementary: null,
      returned: null,
    });
    expect((await transfers.money(idNumber))['330100']!.balance).toBe('0.00');
    expect(await totalMoney(transfer.id)).toBe(before);
    expect((await transfers.completeOut(transfer.id, '2024-10-11')).events).toHaveLength(3); // a retry changes nothing
  });

  it('cannot be cancelled once the out-region has acted', async () => {
    expect(await codeAndMessage(transfers.cancel(transfer.id, '2024-10-11'))).toEqual([
      ['CONFLICT', 'The out-region completed the transfer-out on 2024-10-10: the transfer can no longer be cancelled.'],
    ]);
  });

  it('refuses funds that do not match the Info Sheet, showing the difference, and accepts the right amount', async () => {
    expect(await codeAndMessage(transfers.confirmFunds(transfer.id, '1499.00', '2024-10-11'))).toEqual([
      [
        'CONFLICT',
        'Nothing was recorded: the Info Sheet declares 1500.00, which left the out-region account on 2024-10-10; 1499.00 differs by -1.00. ' +
          'If that is what arrived, settle it with settleTransferFunds: CREDIT_RECEIVED credits what arrived (at most 1500.00) and returns the rest to ' +
          'the out-region account, RETURN_TO_OUT_REGION returns all of it.',
      ],
    ]);
    const confirmed = await transfers.confirmFunds(transfer.id, '1500.00', '2024-10-11');
    expect(confirmed.status).toBe('FUNDS_RECEIVED');
    expect(confirmed.deadlines.at(-1)).toEqual({
      step: 'ACCOUNT_CREDIT',
      dueOn: '2024-10-17',
      completedOn: null,
      overdue: true,
      provisional: false,
      workingDays: 5,
      rule: '003 art 9 (no period set; 5 working days, as for transfer-in)',
    });
  });

  it('completes the transfer-in: the account is credited once, the out-region enrollment terminates, money is conserved (003 art 9, 13)', async () => {
    const done = await transfers.completeIn(transfer.id, '2024-10-14');
    expect(done.status).toBe('COMPLETED');
    expect(done.overdue).toBe(false);
    expect(done.events).toEqual([
      { step: 'APPLICATION_ACCEPTED', actor: 'PERSON', on: '2024-09-27', note: null },
      { step: 'TRANSFER_OUT_COMPLETED', actor: 'OUT_AGENCY', on: '2024-10-10', note: null },
      {
        step: 'INFO_SHEET_ISSUED',
        actor: 'OUT_AGENCY',
        on: '2024-10-10',
        note: 'Info Sheet sealed; account amount 1500.00 sent',
      },
      { step: 'FUNDS_RECEIVED', actor: 'IN_AGENCY', on: '2024-10-11', note: '1500.00 received' },
      { step: 'TRANSFER_IN_COMPLETED', actor: 'IN_AGENCY', on: '2024-10-14', note: null },
      {
        step: 'TRANSFER_COMPLETED',
        actor: 'SYSTEM',
        on: '2024-10-14',
        note: '1500.00 credited; out-region enrollment terminated',
      },
    ]);
    expect(done.funds).toEqual({
      status: 'CREDITED',
      declared: '1500.00',
      sent: '1500.00',
      inTransit: '0.00',
      credited: '1500.00',
      supplementary: '0.00',
      returned: '0.00',
    });
    // COMPLETED means done: the very next read finds the enrollment terminated and the money credited.
    const { person } = await hub.client.request<{
      person: { enrollments: { region: { code: string }; status: string }[] };
    }>(
      gql`
        query ($idNumber: String!) {
          person(idNumber: $idNumber) {
            enrollments {
              region {
                code
              }
              status
            }
          }
        }
      `,
      { idNumber },
    );
    expect(person.enrollments).toEqual([
      { region: { code: '330100' }, status: 'TERMINATED' },
      { region: { code: '310000' }, status: 'ACTIVE' },
    ]);
    const money = await transfers.money(idNumber);
    expect(money['310000']).toEqual({
      region: { code: '310000' },
      balance: '1500.00',
      entries: [{ kind: 'TRANSFER_IN' }],
    });
    expect(money['330100']).toEqual({
      region: { code: '330100' },
      balance: '0.00',
      entries: [{ kind: 'ALLOCATION' }, { kind: 'TRANSFER_OUT' }],
    });
    expect(await totalMoney(transfer.id)).toBe(150000n);
    expect((await transfers.completeIn(transfer.id, '2024-10-15')).events).toHaveLength(6); // a retry changes nothing
  });

  it('shows the progress to the person at every step (003 art 10), and the agency key on Agency.publicKey', async () => {
    const { person, region } = await hub.client.request<{
      person: { transfers: { status: string }[] };
      region: { agency: { publicKey: string } };
    }>(
      gql`
        query ($idNumber: String!) {
          person(idNumber: $idNumber) {
            transfers {
              status
            }
          }
          region(code: "330100") {
            agency {
              publicKey
            }
          }
        }
      `,
      { idNumber },
    );
    expect(person.transfers).toEqual([{ status: 'COMPLETED' }]);
    expect(region.agency.publicKey).toBe((await transfers.get(transfer.id))!.infoSheet!.issuer.publicKey);
  });

  it('fails verification of a tampered Info Sheet', async () => {
    await hub.asOwner(
      'transfers',
      `UPDATE transfer_document SET content = replace(content, '"accountAmount":"1500.00"', '"accountAmount":"15000.00"') WHERE transfer_id = $1 AND kind = 'INFO_SHEET'`,
      [transfer.id],
    );
    const tampered = await transfers.get(transfer.id);
    expect(tampered!.infoSheet).toMatchObject({ accountAmount: '15000.00', verified: false });
  });
});
