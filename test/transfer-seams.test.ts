import { GraphQLClient, gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SUBGRAPH_NAMES, type SubgraphName } from '#shared/config.ts';
import { dropDatabase } from '#shared/database/subgraph-database.ts';
import { documentKeyFor } from '#shared/identity/documents.ts';
import { startStack, type Stack } from '../scripts/lib/stack.ts';
import { asOwner } from './support/database-roles.ts';
import { outcome } from './support/outcome.ts';
import { eventually } from './support/eventually.ts';
import { testIdNumber } from './support/people.ts';
import { agencyDesk } from './support/people-helpers.ts';
import { SubgraphProcess } from './support/subgraph-process.ts';
import { errorsOf, testConfig } from './support/test-stack.ts';
import { transferDesk, type TransferView } from './support/transfer-desk.ts';

/**
 * Issue 11: the transfer across subgraphs, tried with the interleavings agencies produce. The accounts and the
 * transfers subgraphs run as processes of their own, so that one can be down at the moment a step is taken.
 */
describe('the transfer across subgraphs: money never stuck, COMPLETED means done', () => {
  const serverUrl = inject('databaseServerUrl');
  const config = testConfig({ TRANSFER_EFFECT_ATTEMPTS: '3', TRANSFER_STEP_WAIT_MS: '2000' });
  const accountsProcess = new SubgraphProcess('accounts', serverUrl);
  const transfersProcess = new SubgraphProcess('transfers', serverUrl);
  let stack: Stack;
  let client: GraphQLClient;
  let desk: ReturnType<typeof agencyDesk>;
  let transfers: ReturnType<typeof transferDesk>;
  const sql = (subgraph: SubgraphName, text: string, parameters?: unknown[]) =>
    asOwner(
      serverUrl,
      `${config.databaseNamePrefix}${subgraph}`,
      async (db) => (await db.query(text, parameters)).rows,
    );
  const fen = (money: string) => BigInt(money.replace('.', ''));

  beforeAll(async () => {
    stack = await startStack({
      config,
      serverUrl,
      host: '127.0.0.1',
      ports: 'any',
      external: { accounts: accountsProcess.start, transfers: transfersProcess.start },
    });
    client = new GraphQLClient(stack.gatewayUrl);
    desk = agencyDesk(client);
    transfers = transferDesk(client);
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    await Promise.all(SUBGRAPH_NAMES.map((name) => dropDatabase(serverUrl, `${config.databaseNamePrefix}${name}`)));
  });

  /** A person insured in Hangzhou with `balance` in the account, moved to Shanghai; their accepted application. */
  async function mover(n: number, balance: string): Promise<{ idNumber: string; transfer: TransferView }> {
    const idNumber = testIdNumber(n, '330106');
    const hangzhou = await desk.enroll(idNumber, '330100', 'EMPLOYEE', '2023-01');
    await desk.pay(idNumber, '330100', 'EMPLOYEE', '2023-01', '2024-03');
    if (balance !== '0.00') await desk.allocate(idNumber, '330100', balance, '2024-03-31');
    await desk.suspend(hangzhou, '2024-03-31');
    await desk.enroll(idNumber, '310000', 'EMPLOYEE', '2024-04');
    const transfer = await transfers.apply({
      idNumber,
      fromRegion: '330100',
      toRegion: '310000',
      kind: 'EMPLOYEE_TO_EMPLOYEE',
      on: '2024-04-08',
    });
    expect(transfer.status).toBe('ACCEPTED');
    return { idNumber, transfer };
  }
  const balances = async (idNumber: string) =>
    Object.fromEntries(
      Object.entries(await transfers.money(idNumber)).map(([region, account]) => [region, account.balance]),
    );

  describe('finding 1: every interleaving of account entries with the steps ends with the money where it belongs', () => {
    it('an allocation posted after the Info Sheet follows the balance; a spending of part of it is accounted to the fen', async () => {
      const { idNumber, transfer } = await mover(1, '100.00');
      const out = await transfers.completeOut(transfer.id, '2024-04-10');
      expect([out.status, out.infoSheet!.accountAmount, out.funds!.inTransit]).toEqual([
        'OUT_COMPLETED',
        '100.00',
        '100.00',
      ]);
      await desk.allocate(idNumber, '330100', '1.00', '2024-03-31'); // dated before the sheet, posted after it
      await desk.spend(idNumber, '330100', '0.40', '2024-04-10'); // the day of the sheet, posted after it
      expect(await balances(idNumber)).toEqual({ '330100': '0.60' });
      await transfers.confirmFunds(transfer.id, '100.00', '2024-04-12');
      const done = await transfers.completeIn(transfer.id, '2024-04-15');
      expect(done.status).toBe('COMPLETED');
      expect(done.funds).toEqual({
        status: 'CREDITED',
        declared: '100.00',
        sent: '100.00',
        inTransit: '0.00',
        credited: '100.00',
        supplementary: '0.60',
        returned: '0.00',
      });
      expect(done.events.at(-1)!.note).toBe(
        '100.00 credited; 0.60 that reached the out-region account after the Info Sheet moved along; out-region enrollment terminated',
      );
      expect(await balances(idNumber)).toEqual({ '310000': '100.60', '330100': '0.00' });
    });

    it('a spending posted after the balance left cannot overdraw the emptied account, and the transfer completes', async () => {
      const { idNumber, transfer } = await mover(2, '100.00');
      await transfers.completeOut(transfer.id, '2024-04-10');
      const errors = await errorsOf(desk.spend(idNumber, '330100', '1.00', '2024-04-10'));
      expect(errors.map((error) => error.message)).toEqual([
        'amount: the account in 330100 holds 0.00, so a debit of 1.00 would make it negative; nothing was recorded.',
      ]);
      await transfers.confirmFunds(transfer.id, '100.00', '2024-04-12');
      expect((await transfers.completeIn(transfer.id, '2024-04-15')).funds!.credited).toBe('100.00');
      expect(await balances(idNumber)).toEqual({ '310000': '100.00', '330100': '0.00' });
    });

    it('24 transfers raced by one entry each at every step all complete, nothing left in transit, money conserved', async () => {
      const people = await Promise.all(Array.from({ length: 24 }, (_, i) => mover(10 + i, '100.00')));
      const entry = (idNumber: string, i: number) =>
        (i % 2 === 0
          ? desk.allocate(idNumber, '330100', '2.50', '2024-04-10')
          : desk.spend(idNumber, '330100', '0.50', '2024-04-10')
        ).catch(() => 'refused');
      // Under this load a step may answer before its effects are done (OUT_COMPLETING, COMPLETING): wait for them.
      const settled = (id: string, status: string) =>
        eventually(async () => ((await transfers.get(id))!.status === status ? transfers.get(id) : undefined), 30_000);
      const outcomes = await Promise.all(
        people.map(async ({ idNumber, transfer }, i) => {
          await Promise.all([transfers.completeOut(transfer.id, '2024-04-10'), entry(idNumber, i)]);
          const out = (await settled(transfer.id, 'OUT_COMPLETED'))!;
          await Promise.all([
            transfers.confirmFunds(transfer.id, out.infoSheet!.accountAmount, '2024-04-12'),
            entry(idNumber, i + 1),
          ]);
          await Promise.all([transfers.completeIn(transfer.id, '2024-04-15'), entry(idNumber, i)]);
          return { idNumber, done: (await settled(transfer.id, 'COMPLETED'))! };
        }),
      );
      expect(outcomes.map(({ done }) => done.status)).toEqual(Array(24).fill('COMPLETED'));
      for (const { idNumber, done } of outcomes) {
        const total = Object.values(await balances(idNumber)).reduce((sum, balance) => sum + fen(balance), 0n);
        const entries = Object.values(await transfers.money(idNumber)).flatMap((account) =>
          account.entries.map((e) => e.kind),
        );
        const put = BigInt(entries.filter((kind) => kind === 'ALLOCATION').length) * 250n - 250n + 10000n; // the first allocation was 100.00
        const spent = BigInt(entries.filter((kind) => kind === 'SPENDING').length) * 50n;
        expect([done.funds!.inTransit, total]).toEqual(['0.00', put - spent]);
      }
      const inTransit = await sql('accounts', `SELECT count(*)::int AS n FROM account_transfer WHERE status = 'SENT'`);
      expect(inTransit).toEqual([{ n: 0 }]);
    }, 120_000);

    it('funds that do not match are settled by the in-region with an explicit decision: credit what arrived, or return it all', async () => {
      const { idNumber, transfer } = await mover(40, '100.00');
      await transfers.completeOut(transfer.id, '2024-04-10');
      expect(
        (await errorsOf(transfers.confirmFunds(transfer.id, '99.00', '2024-04-12'))).map(
          (error) => error.extensions?.code,
        ),
      ).toEqual(['CONFLICT']);
      const settled = await transfers.settleFunds(transfer.id, 'CREDIT_RECEIVED', '99.00', '2024-04-12');
      expect([settled.status, settled.events.at(-1)!.step, settled.events.at(-1)!.note]).toEqual([
        'FUNDS_RECEIVED',
        'FUNDS_SETTLED',
        '99.00 of 100.00 credited; 1.00 returns to the out-region account',
      ]);
      const done = await transfers.completeIn(transfer.id, '2024-04-15');
      expect(done.funds).toMatchObject({ status: 'CREDITED', credited: '99.00', returned: '1.00', inTransit: '0.00' });
      expect(await balances(idNumber)).toEqual({ '310000': '99.00', '330100': '1.00' });

      const other = await mover(41, '80.00');
      await transfers.completeOut(other.transfer.id, '2024-04-10');
      await transfers.settleFunds(other.transfer.id, 'RETURN_TO_OUT_REGION', null, '2024-04-12');
      const returned = await transfers.completeIn(other.transfer.id, '2024-04-15');
      expect([returned.status, returned.funds]).toEqual([
        'COMPLETED',
        {
          status: 'RETURNED',
          declared: '80.00',
          sent: '80.00',
          inTransit: '0.00',
          credited: '0.00',
          supplementary: '0.00',
          returned: '80.00',
        },
      ]);
      expect(await balances(other.idNumber)).toEqual({ '330100': '80.00' });
    });
  });

  describe('finding 2: a failing effect is parked, visible and retried by an operator, and stalls no other transfer', () => {
    it('parks it after its attempts, lists it for operators, lets the others complete, and finishes it on retry', async () => {
      const stuck = await mover(50, '30.00');
      const personId = documentKeyFor(config.personIdKey, { idNumber: stuck.idNumber });
      // The enrollment subgraph refuses to terminate this person's enrollments: the completion's effect fails every time.
      await sql(
        'enrollment',
        `ALTER TABLE enrollment ADD CONSTRAINT test_refuses_termination CHECK (person_id <> '${personId}' OR status <> 'TERMINATED') NOT VALID`,
      );
      await transfers.completeOut(stuck.transfer.id, '2024-04-10');
      await transfers.confirmFunds(stuck.transfer.id, '30.00', '2024-04-12');
      expect((await transfers.completeIn(stuck.transfer.id, '2024-04-15')).status).toBe('COMPLETING');

      const later = await mover(51, '20.00');
      await transfers.completeOut(later.transfer.id, '2024-04-10');
      await transfers.confirmFunds(later.transfer.id, '20.00', '2024-04-12');
      expect((await transfers.completeIn(later.transfer.id, '2024-04-15')).status).toBe('COMPLETED');

      const parked = await eventually(async () => {
        const view = await transfers.get(stuck.transfer.id);
        return view!.attention ? view : undefined;
      }, 60_000);
      expect([parked!.status, parked!.attention!.step, parked!.attention!.attempts]).toEqual([
        'COMPLETING',
        'COMPLETE_TRANSFER_IN',
        3,
      ]);
      expect(parked!.attention!.reason).toContain('the enrollment subgraph failed');
      const listed = await client.request<{ transfers: { totalCount: number; edges: { node: { id: string } }[] } }>(gql`
        {
          transfers(filter: { needsAttention: true }) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
        }
      `);
      expect(listed.transfers).toEqual({ totalCount: 1, edges: [{ node: { id: stuck.transfer.id } }] });

      await sql('enrollment', `ALTER TABLE enrollment DROP CONSTRAINT test_refuses_termination`);
      const retried = await transfers.retryEffects(stuck.transfer.id);
      expect([retried.status, retried.attention, retried.funds!.credited]).toEqual(['COMPLETED', null, '30.00']);
      expect((await errorsOf(transfers.retryEffects(stuck.transfer.id))).map((error) => error.message)).toEqual([
        'Nothing of this transfer is parked: there is nothing to retry.',
      ]);
    }, 90_000);

    it('does not fail when the out-region has a later enrollment that began after the completion date', async () => {
      const { idNumber, transfer } = await mover(52, '10.00');
      await transfers.completeOut(transfer.id, '2024-04-10');
      await transfers.confirmFunds(transfer.id, '10.00', '2024-04-12');
      // Entered after the fact: the person left Shanghai and came back to Hangzhou in 2024-09.
      const { person } = await client.request<{ person: { enrollments: { id: string; region: { code: string } }[] } }>(
        gql`
          query ($n: String!) {
            person(idNumber: $n) {
              enrollments {
                id
                region {
                  code
                }
              }
            }
          }
        `,
        { n: idNumber },
      );
      await desk.terminate(person.enrollments.find((e) => e.region.code === '310000')!.id, '2024-08-31');
      await desk.enroll(idNumber, '330100', 'EMPLOYEE', '2024-09');
      const done = await transfers.completeIn(transfer.id, '2024-04-15');
      expect(done.status).toBe('COMPLETED');
      const after = await client.request<{
        person: { enrollments: { region: { code: string }; startMonth: string; status: string }[] };
      }>(
        gql`
          query ($n: String!) {
            person(idNumber: $n) {
              enrollments {
                region {
                  code
                }
                startMonth
                status
              }
            }
          }
        `,
        { n: idNumber },
      );
      expect(after.person.enrollments).toEqual([
        { region: { code: '330100' }, startMonth: '2023-01', status: 'TERMINATED' },
        { region: { code: '310000' }, startMonth: '2024-04', status: 'TERMINATED' },
        { region: { code: '330100' }, startMonth: '2024-09', status: 'ACTIVE' },
      ]);
    });
  });

  describe('finding 3: COMPLETED means done in every subgraph', () => {
    it('answers COMPLETED with the money credited and the out-region terminated, in the same answer', async () => {
      const { idNumber, transfer } = await mover(60, '55.50');
      await transfers.completeOut(transfer.id, '2024-04-10');
      await transfers.confirmFunds(transfer.id, '55.50', '2024-04-12');
      const answer = await client.request<{
        completeTransferIn: {
          status: string;
          person: { enrollments: { status: string }[]; accounts: { region: { code: string }; balance: string }[] };
        };
      }>(
        gql`
          mutation ($id: ID!) {
            completeTransferIn(transferId: $id, on: "2024-04-15") {
              status
              person {
                enrollments {
                  status
                }
                accounts {
                  region {
                    code
                  }
                  balance
                }
              }
            }
          }
        `,
        { id: transfer.id },
      );
      expect(answer.completeTransferIn).toEqual({
        status: 'COMPLETED',
        person: {
          enrollments: [{ status: 'TERMINATED' }, { status: 'ACTIVE' }],
          accounts: [
            { region: { code: '310000' }, balance: '55.50' },
            { region: { code: '330100' }, balance: '0.00' },
          ],
        },
      });
      expect(await balances(idNumber)).toEqual({ '310000': '55.50', '330100': '0.00' });
    });

    it('answers COMPLETING while the accounts subgraph is down, and becomes COMPLETED when it is back', async () => {
      const { idNumber, transfer } = await mover(61, '42.00');
      await transfers.completeOut(transfer.id, '2024-04-10');
      await transfers.confirmFunds(transfer.id, '42.00', '2024-04-12');
      await accountsProcess.kill();
      try {
        const pending = await outcome(transfers.completeIn(transfer.id, '2024-04-15'));
        expect((pending.data as { completeTransferIn: TransferView }).completeTransferIn).toMatchObject({
          status: 'COMPLETING',
          funds: null,
        });
        expect(pending.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
          [['completeTransferIn', 'funds'], 'SUBGRAPH_UNAVAILABLE'],
        ]);
      } finally {
        await accountsProcess.restart();
      }
      const done = await eventually(async () => {
        const view = await transfers.get(transfer.id);
        return view!.status === 'COMPLETED' ? view : undefined;
      }, 30_000);
      expect(done!.funds!.credited).toBe('42.00');
      expect(await balances(idNumber)).toEqual({ '310000': '42.00', '330100': '0.00' });
    }, 60_000);
  });

  describe('finding 4: one transaction and one audit row per mutation', () => {
    it('writes one audit row for an application handled at once inside Fujian, and one per closing of the out-region', async () => {
      const idNumber = testIdNumber(70, '350203');
      const xiamen = await desk.enroll(idNumber, '350200', 'EMPLOYEE', '2023-01');
      await desk.allocate(idNumber, '350200', '12.00', '2024-03-31');
      await desk.suspend(xiamen, '2024-03-31');
      await desk.enroll(idNumber, '350100', 'EMPLOYEE', '2024-04');
      const done = await transfers.apply({
        idNumber,
        fromRegion: '350200',
        toRegion: '350100',
        kind: 'EMPLOYEE_TO_EMPLOYEE',
        on: '2024-04-08',
      });
      expect(done.status).toBe('COMPLETED');
      const personId = documentKeyFor(config.personIdKey, { idNumber: idNumber });
      const count = (subgraph: SubgraphName, operation: string) =>
        sql(subgraph, `SELECT count(*)::int AS n FROM audit_log WHERE operation = $1 AND person_id = $2`, [
          operation,
          personId,
        ]);
      expect(await count('transfers', 'applyForTransfer')).toEqual([{ n: 1 }]);
      expect(await count('enrollment', 'closeEnrollmentsForTransfer')).toEqual([{ n: 1 }]);
      expect(await count('accounts', 'transferOutAccountBalance')).toEqual([{ n: 1 }]);
    });
  });
});
