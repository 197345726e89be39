import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from 'graphql-request';
import { SUBGRAPH_NAMES } from '#shared/config.ts';
import { dropDatabase } from '#shared/database/subgraph-database.ts';
import { startStack, type Stack } from '../scripts/lib/stack.ts';
import { eventually } from './support/eventually.ts';
import { testIdNumber } from './support/people.ts';
import { agencyDesk } from './support/people-helpers.ts';
import { testConfig } from './support/test-stack.ts';
import { SubgraphProcess } from './support/subgraph-process.ts';
import { transferDesk, type TransferView } from './support/transfer-desk.ts';

/**
 * Kills the transfers service (SIGKILL) in the middle of a step, at several moments, starts it again, and
 * retries the step as a client would: every transfer finishes exactly once, with money conserved.
 */
describe('the transfers service killed between and during steps', () => {
  const serverUrl = inject('databaseServerUrl');
  const config = testConfig();
  const transfersProcess = new SubgraphProcess('transfers', serverUrl);
  let stack: Stack;
  let client: GraphQLClient;

  beforeAll(async () => {
    stack = await startStack({
      config,
      serverUrl,
      host: '127.0.0.1',
      ports: 'any',
      external: { transfers: transfersProcess.start },
    });
    client = new GraphQLClient(stack.gatewayUrl);
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    await Promise.all(SUBGRAPH_NAMES.map((name) => dropDatabase(serverUrl, `${config.databaseNamePrefix}${name}`)));
  });

  /**
   * Sends a step, kills the service `delayMs` later, starts it again and retries the step until it answers with
   * its effects done (a job that died with the process is retried by the engine once its timeout passes).
   */
  async function crashDuring(step: () => Promise<TransferView>, delayMs: number): Promise<TransferView> {
    const attempt = step().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    await transfersProcess.kill();
    await attempt;
    await transfersProcess.restart();
    const settled = (transfer: TransferView | undefined) =>
      transfer && !['OUT_COMPLETING', 'COMPLETING'].includes(transfer.status) ? transfer : undefined;
    return eventually(async () => settled(await step().catch(() => undefined)), 30_000);
  }

  it.each([0, 25, 60, 150])(
    'finishes exactly once with money conserved when killed %i ms into each step',
    async (delayMs) => {
      const desk = agencyDesk(client);
      const transfers = transferDesk(client);
      const idNumber = testIdNumber(200 + delayMs, '330104');
      const hangzhou = await desk.enroll(idNumber, '330100', 'EMPLOYEE', '2021-01');
      await desk.allocate(idNumber, '330100', '2468.13', '2024-06-30');
      await desk.suspend(hangzhou, '2024-06-30');
      await desk.enroll(idNumber, '310000', 'EMPLOYEE', '2024-07');
      const accepted = await transfers.apply({
        idNumber,
        fromRegion: '330100',
        toRegion: '310000',
        kind: 'EMPLOYEE_TO_EMPLOYEE',
        on: '2024-07-15',
        idempotencyKey: `fault-${delayMs}`,
      });
      expect(accepted.status).toBe('ACCEPTED');

      const out = await crashDuring(() => transfers.completeOut(accepted.id, '2024-07-20'), delayMs);
      expect(out.infoSheet!.accountAmount).toBe('2468.13');
      await crashDuring(() => transfers.confirmFunds(accepted.id, '2468.13', '2024-07-22'), delayMs);
      await crashDuring(() => transfers.completeIn(accepted.id, '2024-07-23'), delayMs);
      await transfersProcess.kill(); // again, after the answer
      await transfersProcess.restart();

      const finished = await transfers.get(accepted.id);
      expect(finished!.status).toBe('COMPLETED');
      const money = await transfers.money(idNumber);
      expect(money['330100']).toEqual({
        region: { code: '330100' },
        balance: '0.00',
        entries: [{ kind: 'ALLOCATION' }, { kind: 'TRANSFER_OUT' }],
      });
      expect(money['310000']).toEqual({
        region: { code: '310000' },
        balance: '2468.13',
        entries: [{ kind: 'TRANSFER_IN' }],
      });
      expect(finished!.events.map((event) => event.step)).toEqual([
        'APPLICATION_ACCEPTED',
        'TRANSFER_OUT_COMPLETED',
        'INFO_SHEET_ISSUED',
        'FUNDS_RECEIVED',
        'TRANSFER_IN_COMPLETED',
        'TRANSFER_COMPLETED',
      ]);
      expect(finished!.infoSheet!.verified).toBe(true);
    },
    120_000,
  );
});
