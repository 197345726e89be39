import { randomUUID } from 'node:crypto';
import { GraphQLClient, gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, signIdentity, WORKFLOW_SERVICE } from '#shared/auth/identity.ts';
import { documentKeyFor } from '#shared/identity/documents.ts';
import { testIdNumber } from './support/people.ts';
import { errorsOf, startTestStack, type TestStack } from './support/test-stack.ts';

const ENTRY = gql`
  mutation ($input: AccountEntryInput!) {
    recordAccountEntry(input: $input) {
      id
      kind
      amount
      balanceAfter
    }
  }
`;
const ACCOUNTS = gql`
  query ($idNumber: String!) {
    person(idNumber: $idNumber) {
      accounts {
        region {
          code
        }
        balance
        entries {
          kind
          direction
          amount
          balanceAfter
          destination
          transferId
        }
      }
    }
  }
`;
const FUNDS = 'status declared sent inTransit credited supplementary returned';
const TRANSFER_OUT = gql`
  mutation ($input: TransferOutInput!) { transferOutAccountBalance(input: $input) { ${FUNDS} } }
`;
const SETTLE = gql`
  mutation ($id: ID!, $credit: Money!, $returnAll: Boolean!, $on: Date!) {
    settleAccountTransfer(transferId: $id, credit: $credit, returnAll: $returnAll, on: $on) { ${FUNDS} }
  }
`;
const IN_TRANSIT = gql`
  query ($idNumber: String!) {
    person(idNumber: $idNumber) {
      fundsInTransit {
        transfer {
          id
        }
        status
        inTransit
      }
    }
  }
`;

type Account = {
  region: { code: string };
  balance: string;
  entries: {
    kind: string;
    direction: string;
    amount: string;
    balanceAfter: string;
    destination: string | null;
    transferId: string | null;
  }[];
};
const fen = (money: string) => BigInt(money.replace('.', ''));

describe('the personal-account ledger', () => {
  let hub: TestStack;
  /** The accounts subgraph called directly, as the transfers subgraph does for the internal steps. */
  let accounts: GraphQLClient;

  const entry = (
    idNumber: string,
    regionCode: string,
    kind: string,
    amount: string,
    extra: Record<string, unknown> = {},
  ) =>
    hub.client.request<{ recordAccountEntry: { id: string; balanceAfter: string } }>(ENTRY, {
      input: { idNumber, regionCode, kind, amount, on: '2026-10-08', ...extra },
    });
  const accountsOf = async (idNumber: string) =>
    (await hub.client.request<{ person: { accounts: Account[] } | null }>(ACCOUNTS, { idNumber })).person?.accounts ??
    [];
  const settle = (id: string, credit: string, returnAll: boolean, on: string) =>
    accounts.request(SETTLE, { id, credit, returnAll, on });
  const enroll = (idNumber: string, regionCode: string) =>
    hub.client.request(
      gql`
        mutation ($input: EnrollInput!) {
          enroll(input: $input) {
            id
          }
        }
      `,
      {
        input: { idNumber, name: '孙超', regionCode, insuranceType: 'EMPLOYEE', startMonth: '2020-01' },
      },
    );

  beforeAll(async () => {
    hub = await startTestStack();
    accounts = new GraphQLClient(hub.subgraphs.accounts.url, {
      headers: { [IDENTITY_HEADER]: signIdentity(WORKFLOW_SERVICE, hub.config.subgraphSecrets.accounts) },
    });
  });
  afterAll(() => hub?.stop());

  it('never goes negative under many concurrent spendings and allocations; the balance is the sum of accepted entries', async () => {
    const idNumber = testIdNumber(40, '350102');
    await enroll(idNumber, '350100');
    await entry(idNumber, '350100', 'ALLOCATION', '100.00');
    const requests = [
      ...Array.from({ length: 40 }, () => entry(idNumber, '350100', 'SPENDING', '7.00')),
      ...Array.from({ length: 10 }, () => entry(idNumber, '350100', 'ALLOCATION', '5.00')),
    ];
    const outcomes = await Promise.allSettled(requests);
    const accepted = outcomes.slice(0, 40).filter((outcome) => outcome.status === 'fulfilled').length;
    const refused = await Promise.all(
      outcomes
        .filter((outcome) => outcome.status === 'rejected')
        .map((outcome) => errorsOf(Promise.reject(outcome.reason))),
    );
    expect(outcomes.slice(40).every((outcome) => outcome.status === 'fulfilled')).toBe(true);
    expect(accepted).toBeGreaterThanOrEqual(14); // 100.00 / 7.00, before any allocation arrives
    expect(accepted).toBeLessThanOrEqual(21); // 150.00 / 7.00, after all of them
    expect(refused.flat().map((error) => error.extensions?.code)).toEqual(Array(40 - accepted).fill('BAD_USER_INPUT'));

    const [account] = await accountsOf(idNumber);
    expect(fen(account!.balance)).toBe(10000n + 10n * 500n - BigInt(accepted) * 700n);
    let running = 0n;
    for (const { direction, amount, balanceAfter } of account!.entries) {
      running += direction === 'CREDIT' ? fen(amount) : -fen(amount);
      expect(fen(balanceAfter)).toBe(running);
      expect(running >= 0n).toBe(true);
    }
    expect(running).toBe(fen(account!.balance));
  });

  it('records one entry for many concurrent replays of one idempotency key', async () => {
    const idNumber = testIdNumber(41, '350102');
    const replays = await Promise.all(
      Array.from({ length: 12 }, () =>
        entry(idNumber, '350200', 'ALLOCATION', '64.00', { idempotencyKey: 'batch-2026-10-0041' }),
      ),
    );
    expect(new Set(replays.map((result) => result.recordAccountEntry.id)).size).toBe(1);
    const rows = await hub.asOwner(
      'accounts',
      `SELECT count(*)::int AS n FROM account_entry WHERE idempotency_key = 'batch-2026-10-0041'`,
    );
    expect(rows).toEqual([{ n: 1 }]);
  });

  describe('moving a balance for a transfer (internal steps of the transfers subgraph)', () => {
    const idNumber = testIdNumber(42, '350102');
    let personId: string;
    /** The person's money: every account plus what is in transit, as a dashboard reads it. */
    const moneyOf = async (who = idNumber) => {
      const balances = (await accountsOf(who)).reduce((sum, account) => sum + fen(account.balance), 0n);
      const { person } = await hub.client.request<{ person: { fundsInTransit: { inTransit: string }[] } }>(IN_TRANSIT, {
        idNumber: who,
      });
      return balances + person.fundsInTransit.reduce((sum, funds) => sum + fen(funds.inTransit), 0n);
    };
    beforeAll(async () => {
      await enroll(idNumber, '350100');
      personId = documentKeyFor(hub.config.personIdKey, { idNumber: idNumber });
      await entry(idNumber, '350100', 'ALLOCATION', '1500.00', { on: '2026-10-01' });
    });

    it('sends the balance with the Info Sheet and settles once; what reaches the out-region account later follows it, in posting order', async () => {
      const transferId = randomUUID();
      const input = { transferId, personId, fromRegion: '350100', toRegion: '440100', on: '2026-10-09' };
      const sent = {
        status: 'IN_TRANSIT',
        declared: '1500.00',
        sent: '1500.00',
        inTransit: '1500.00',
        credited: null,
        supplementary: null,
        returned: null,
      };
      expect(await accounts.request(TRANSFER_OUT, { input })).toEqual({ transferOutAccountBalance: sent });
      expect(await accounts.request(TRANSFER_OUT, { input: { ...input, on: '2026-10-10' } })).toEqual({
        transferOutAccountBalance: sent,
      }); // a retry
      expect(await moneyOf()).toBe(150000n);
      expect((await hub.client.request(IN_TRANSIT, { idNumber })).person).toEqual({
        fundsInTransit: [{ transfer: { id: transferId }, status: 'IN_TRANSIT', inTransit: '1500.00' }],
      });

      // Posted after the Info Sheet, whatever their business dates: a late allocation, a spending of part of it.
      await entry(idNumber, '350100', 'ALLOCATION', '1.00', { on: '2026-10-05' });
      await entry(idNumber, '350100', 'SPENDING', '0.40', { on: '2026-10-09' });
      const overdraw = await errorsOf(entry(idNumber, '350100', 'SPENDING', '5.00', { on: '2026-10-09' }));
      expect(overdraw.map((error) => error.message)).toEqual([
        'amount: the account in 350100 holds 0.60, so a debit of 5.00 would make it negative; nothing was recorded.',
      ]);
      expect(await moneyOf()).toBe(150060n);

      const credited = {
        status: 'CREDITED',
        declared: '1500.00',
        sent: '1500.00',
        inTransit: '0.00',
        credited: '1500.00',
        supplementary: '0.60',
        returned: '0.00',
      };
      expect(await settle(transferId, '1500.00', false, '2026-10-14')).toEqual({ settleAccountTransfer: credited });
      expect(await settle(transferId, '1500.00', false, '2026-10-15')).toEqual({ settleAccountTransfer: credited }); // a retry
      expect(
        (await errorsOf(settle(transferId, '0.00', true, '2026-10-15'))).map((error) => error.extensions?.code),
      ).toEqual(['CONFLICT']);
      expect(await moneyOf()).toBe(150060n);

      const byRegion = Object.fromEntries(
        (await accountsOf(idNumber)).map((account) => [account.region.code, account]),
      );
      expect(byRegion['350100']!.balance).toBe('0.00');
      expect(byRegion['350100']!.entries.map((entry) => [entry.kind, entry.amount, entry.balanceAfter])).toEqual([
        ['ALLOCATION', '1500.00', '1500.00'],
        ['TRANSFER_OUT', '1500.00', '0.00'],
        ['ALLOCATION', '1.00', '1.00'],
        ['SPENDING', '0.40', '0.60'],
        ['TRANSFER_OUT', '0.60', '0.00'],
      ]);
      expect(byRegion['440100']!.entries).toEqual([
        {
          kind: 'TRANSFER_IN',
          direction: 'CREDIT',
          amount: '0.60',
          balanceAfter: '0.60',
          destination: null,
          transferId,
        },
        {
          kind: 'TRANSFER_IN',
          direction: 'CREDIT',
          amount: '1500.00',
          balanceAfter: '1500.60',
          destination: null,
          transferId,
        },
      ]);
      expect((await hub.client.request(IN_TRANSIT, { idNumber })).person).toEqual({ fundsInTransit: [] });
    });

    it('credits what the in-region decided and returns the rest, or returns all of it, through the ledger', async () => {
      const [partial, whole] = [testIdNumber(43, '350102'), testIdNumber(45, '350102')];
      for (const who of [partial, whole]) {
        await enroll(who, '350200');
        await entry(who, '350200', 'ALLOCATION', '800.00', { on: '2026-10-01' });
      }
      const transfer = async (who: string) => {
        const transferId = randomUUID();
        const input = {
          transferId,
          personId: documentKeyFor(hub.config.personIdKey, { idNumber: who }),
          fromRegion: '350200',
          toRegion: '350100',
          on: '2026-10-05',
        };
        await accounts.request(TRANSFER_OUT, { input });
        return transferId;
      };
      const partly = await transfer(partial);
      expect((await errorsOf(settle(partly, '800.01', false, '2026-10-07'))).map((error) => error.message)).toEqual([
        'credit: at most the 800.00 sent can be credited, and nothing when it is all returned.',
      ]);
      expect(await settle(partly, '750.00', false, '2026-10-07')).toEqual({
        settleAccountTransfer: {
          status: 'CREDITED',
          declared: '800.00',
          sent: '800.00',
          inTransit: '0.00',
          credited: '750.00',
          supplementary: '0.00',
          returned: '50.00',
        },
      });
      expect((await accountsOf(partial)).map((account) => [account.region.code, account.balance])).toEqual([
        ['350100', '750.00'],
        ['350200', '50.00'],
      ]);

      const returned = await transfer(whole);
      expect(await settle(returned, '0.00', true, '2026-10-07')).toEqual({
        settleAccountTransfer: {
          status: 'RETURNED',
          declared: '800.00',
          sent: '800.00',
          inTransit: '0.00',
          credited: '0.00',
          supplementary: '0.00',
          returned: '800.00',
        },
      });
      expect(
        (await accountsOf(whole)).map((account) => [
          account.region.code,
          account.balance,
          account.entries.map((entry) => entry.kind),
        ]),
      ).toEqual([['350200', '800.00', ['ALLOCATION', 'TRANSFER_OUT', 'REFUND']]]);
      expect([await moneyOf(partial), await moneyOf(whole)]).toEqual([80000n, 80000n]);
    });

    it('sweeps every account the person holds in the out-region, one per document their records were filed under (issue 18)', async () => {
      // Two documents of one person (as linked in the enrollment subgraph): an account in 350100 under each.
      const [first, second] = [testIdNumber(46, '350102'), testIdNumber(47, '350102')];
      for (const [who, amount] of [
        [first, '100.00'],
        [second, '23.45'],
      ] as const) {
        await enroll(who, '350100');
        await entry(who, '350100', 'ALLOCATION', amount, { on: '2026-10-01' });
      }
      const [firstKey, secondKey] = [first, second].map((who) =>
        documentKeyFor(hub.config.personIdKey, { idNumber: who }),
      );
      const transferId = randomUUID();
      const input = {
        transferId,
        personId: firstKey,
        personKeys: [firstKey, secondKey],
        fromRegion: '350100',
        toRegion: '440100',
        on: '2026-10-05',
      };
      expect(
        (await accounts.request<{ transferOutAccountBalance: { declared: string } }>(TRANSFER_OUT, { input }))
          .transferOutAccountBalance.declared,
      ).toBe('123.45');
      await entry(second, '350100', 'ALLOCATION', '0.55', { on: '2026-10-06' });
      expect((await settle(transferId, '123.45', false, '2026-10-07')).settleAccountTransfer).toMatchObject({
        credited: '123.45',
        supplementary: '0.55',
      });
      const balances = async (who: string) =>
        (await accountsOf(who)).map((account) => [account.region.code, account.balance]);
      expect([await balances(first), await balances(second)]).toEqual([
        [
          ['350100', '0.00'],
          ['440100', '124.00'],
        ],
        [['350100', '0.00']],
      ]);
    });

    it('keeps the internal steps off the public graph', async () => {
      const errors = await errorsOf(
        hub.client.request(SETTLE, { id: randomUUID(), credit: '1.00', returnAll: false, on: '2026-10-12' }),
      );
      expect(errors.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(errors[0]!.message).toBe('Cannot query field "settleAccountTransfer" on type "Mutation".');
    });
  });

  describe('payouts instead of a transfer', () => {
    const PAYOUT = gql`
      mutation ($input: PayoutInput!) {
        payOutAccountBalance(input: $input) {
          kind
          direction
          amount
          balanceAfter
          destination
        }
      }
    `;
    const idNumber = testIdNumber(44, '440106');
    const payout = (extra: Record<string, unknown>) => ({
      idNumber,
      regionCode: '440300',
      reason: 'IN_REGION_WITHOUT_PERSONAL_ACCOUNT',
      bankAccount: '6222 0202 0000 1234',
      personConfirmed: true,
      on: '2026-10-20',
      ...extra,
    });

    it('pays the whole balance to the confirmed bank account when the in-region has no personal account (000 art 9)', async () => {
      await entry(idNumber, '440300', 'ALLOCATION', '2345.67', { on: '2026-10-01' });
      await entry(idNumber, '440300', 'SPENDING', '45.67', { on: '2026-10-02' });
      expect(await hub.client.request(PAYOUT, { input: payout({ idempotencyKey: 'payout-44' }) })).toEqual({
        payOutAccountBalance: {
          kind: 'PAYOUT',
          direction: 'DEBIT',
          amount: '2300.00',
          balanceAfter: '0.00',
          destination: 'bank account ****1234 (000 art 9)',
        },
      });
      expect(
        (
          await hub.client.request<{ payOutAccountBalance: unknown }>(PAYOUT, {
            input: payout({ idempotencyKey: 'payout-44' }),
          })
        ).payOutAccountBalance,
      ).toMatchObject({ amount: '2300.00' });
      const errors = await errorsOf(hub.client.request(PAYOUT, { input: payout({}) }));
      expect(errors.map((error) => error.message)).toEqual([
        'regionCode: the account in 440300 holds nothing to pay out.',
      ]);
    });

    it('needs the confirmation, and each province rule applies in its province only (000 art 9, 004 art 15)', async () => {
      const errors = await errorsOf(
        hub.client.request(PAYOUT, {
          input: payout({ reason: 'RETURN_ON_SWITCH_TO_RESIDENT', personConfirmed: false, bankAccount: '12' }),
        }),
      );
      expect(errors.map((error) => [error.extensions?.code, error.message])).toEqual([
        [
          'BAD_USER_INPUT',
          'Nothing was paid out. reason: RETURN_ON_SWITCH_TO_RESIDENT is a rule of 河南省 (004 art 15); it does not apply in 440300; ' +
            'personConfirmed: the person must confirm the payout to their own account (004 art 15); bankAccount: give the bank account number, 10 to 30 digits.',
        ],
      ]);
    });
  });

  describe('monthly netting and the approval form (002 art 9(5), 002 art 10(4))', () => {
    const NETTING = gql`
      query ($month: YearMonth!, $province: String) {
        settlementNetting(month: $month, province: $province) {
          month
          province
          availableFrom
          dueOn
          total
          rule
          regions {
            region {
              code
            }
            payable
            receivable
            net
          }
          pairs {
            from {
              code
            }
            to {
              code
            }
            amount
            transfers
          }
        }
      }
    `;
    const move = async (n: number, from: string, to: string, amount: string, on: string) => {
      const idNumber = testIdNumber(50 + n, '350102');
      await entry(idNumber, from, 'ALLOCATION', amount, { on: '2026-09-01' });
      const transferId = randomUUID();
      const input = {
        transferId,
        personId: documentKeyFor(hub.config.personIdKey, { idNumber: idNumber }),
        fromRegion: from,
        toRegion: to,
        on,
      };
      await accounts.request(TRANSFER_OUT, { input });
      return transferId;
    };

    beforeAll(async () => {
      await move(1, '350100', '350200', '600.00', '2026-09-03');
      await move(2, '350100', '350200', '400.00', '2026-09-03');
      await move(3, '350200', '350100', '450.50', '2026-09-10');
      await move(4, '350200', '350300', '300.00', '2026-09-20');
      await move(5, '350300', '350100', '99.99', '2026-09-30');
      await move(6, '350100', '440100', '1000.00', '2026-09-15'); // leaves the province
      await move(7, '350100', '350200', '777.00', '2026-08-31'); // another month
      // 200.00 sent, of which the in-region credits 150.00: the other 50.00 goes back the other way.
      await settle(await move(8, '350300', '350200', '200.00', '2026-09-12'), '150.00', false, '2026-09-25');
    });

    it('nets a month within Fujian: payables, receivables, nets summing to zero, and the pairs behind them', async () => {
      const { settlementNetting } = await hub.client.request<{ settlementNetting: { regions: { net: string }[] } }>(
        NETTING,
        { month: '2026-09', province: '350000' },
      );
      expect(settlementNetting).toEqual({
        month: '2026-09',
        province: '350000',
        availableFrom: '2026-10-01',
        dueOn: '2026-10-05',
        total: '2100.49',
        rule: '002 art 9(5)',
        regions: [
          { region: { code: '350100' }, payable: '1000.00', receivable: '550.49', net: '-449.51' },
          { region: { code: '350200' }, payable: '800.50', receivable: '1200.00', net: '399.50' },
          { region: { code: '350300' }, payable: '299.99', receivable: '350.00', net: '50.01' },
        ],
        pairs: [
          { from: { code: '350100' }, to: { code: '350200' }, amount: '1000.00', transfers: 2 },
          { from: { code: '350200' }, to: { code: '350100' }, amount: '450.50', transfers: 1 },
          { from: { code: '350200' }, to: { code: '350300' }, amount: '350.00', transfers: 2 },
          { from: { code: '350300' }, to: { code: '350100' }, amount: '99.99', transfers: 1 },
          { from: { code: '350300' }, to: { code: '350200' }, amount: '200.00', transfers: 1 },
        ],
      });
      expect(settlementNetting.regions.reduce((sum, region) => sum + fen(region.net), 0n)).toBe(0n);
    });

    it('nets across the country without a province', async () => {
      const { settlementNetting } = await hub.client.request<{
        settlementNetting: { total: string; dueOn: null; regions: { region: { code: string }; net: string }[] };
      }>(NETTING, { month: '2026-09' });
      expect(settlementNetting.total).toBe('3100.49');
      expect(settlementNetting.dueOn).toBeNull();
      expect(settlementNetting.regions.map((region) => [region.region.code, region.net])).toEqual([
        ['350100', '-1449.51'],
        ['350200', '399.50'],
        ['350300', '50.01'],
        ['440100', '1000.00'],
      ]);
    });

    it('is not available before the month is over', async () => {
      const errors = await errorsOf(hub.client.request(NETTING, { month: '2099-01' }));
      expect(errors.map((error) => [error.extensions?.code, error.message])).toEqual([
        ['BAD_USER_INPUT', 'month: the netting for 2099-01 is available from 2099-02-01, once the month is over.'],
      ]);
    });

    it("summarises one day's clearings by in-region on the approval form, due in 3 working days", async () => {
      const query = gql`
        {
          accountTransferOutApprovalForm(regionCode: "350100", on: "2026-09-03") {
            region {
              code
            }
            on
            dueBy
            dueByProvisional
            total
            rule
            rows {
              to {
                code
              }
              amount
              transfers
            }
          }
        }
      `;
      expect(await hub.client.request(query)).toEqual({
        accountTransferOutApprovalForm: {
          region: { code: '350100' },
          on: '2026-09-03',
          dueBy: '2026-09-08',
          dueByProvisional: false,
          total: '1000.00',
          rule: '002 art 10(4)',
          rows: [{ to: { code: '350200' }, amount: '1000.00', transfers: 2 }],
        },
      });
    });
  });
});
