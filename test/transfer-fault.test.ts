import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from 'graphql-request';
import { SUBGRAPH_NAMES } from '#shared/config.ts';
import { dropDatabase } from '#shared/database/subgraph-database.ts';
import { startStack, type Stack } from '../scripts/lib/stack.ts';
import { eventually } from './support/eventually.ts';
import { testIdNumber } from './support/people.ts';
import { agencyDesk } from './support/people-helpers.ts';
import { testConfig } from './support/test-stack.ts';
import { TransfersProcess } from './support/transfers-process.ts';
import { transferDesk } from './support/transfer-desk.ts';

/**
 * Kills the transfers service (SIGKILL) in the middle of a step, at several moments, starts it again, and
 * retries the step as a client would: every transfer finishes exactly once, with money conserved.
 */
describe('the transfers service killed between and during steps', () => {
  const serverUrl = inject('databaseServerUrl');
  const config = testConfig();
  const transfersProcess = new TransfersProcess(serverUrl);
  let stack: Stack;
  let client: GraphQLClient;

  beforeAll(async () => {
    stack = await startStack({ config, serverUrl, host: '127.0.0.1', ports: 'any', startTransfers: (c) => transfersProcess.start(c) });
    client = new GraphQLClient(stack.gatewayUrl);
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    await Promise.all(SUBGRAPH_NAMES.map((name) => dropDatabase(serverUrl, `${config.databaseNamePrefix}${name}`)));
  });

  /** Sends a step, kills the service `delayMs` later, starts it again and retries the step until it answers. */
  async function crashDuring<T>(step: () => Promise<T>, delayMs: number): Promise<T> {
    const attempt = step().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    await transfersProcess.kill();
    await attempt;
    await transfersProcess.restart();
    return eventually(() => step().catch(() => undefined), 20_000) as Promise<T>;
  }

  it.each([0, 25, 60, 150])('finishes exactly once with money conserved when killed %i ms into each step', async (delayMs) => {
    const desk = agencyDesk(client);
    const transfers = transferDesk(client);
    const idNumber = testIdNumber(200 + delayMs, '330104');
    const hangzhou = await desk.enroll(idNumber, '330100', 'EMPLOYEE', '2021-01');
    await desk.allocate(idNumber, '330100', '2468.13', '2024-06-30');
    await desk.suspend(hangzhou, '2024-06-30');
    await desk.enroll(idNumber, '310000', 'EMPLOYEE', '2024-07');
    const accepted = await transfers.apply({ idNumber, fromRegion: '330100', toRegion: '310000', kind: 'EMPLOYEE_TO_EMPLOYEE', on: '2024-07-15', idempotencyKey: `fault-${delayMs}` });
    expect(accepted.status).toBe('ACCEPTED');

    const out = await crashDuring(() => transfers.completeOut(accepted.id, '2024-07-20'), delayMs);
    expect(out.infoSheet!.accountAmount).toBe('2468.13');
    await crashDuring(() => transfers.confirmFunds(accepted.id, '2468.13', '2024-07-22'), delayMs);
    await crashDuring(() => transfers.completeIn(accepted.id, '2024-07-23'), delayMs);
    await transfersProcess.kill(); // again, with effects possibly still pending
    await transfersProcess.restart();

    const money = await eventually(async () => {
      const accounts = await transfers.money(idNumber);
      return accounts['310000'] ? accounts : undefined;
    }, 20_000);
    expect(money['330100']).toEqual({ region: { code: '330100' }, balance: '0.00', entries: [{ kind: 'ALLOCATION' }, { kind: 'TRANSFER_OUT' }] });
    expect(money['310000']).toEqual({ region: { code: '310000' }, balance: '2468.13', entries: [{ kind: 'TRANSFER_IN' }] });
    const finished = await transfers.get(accepted.id);
    expect(finished!.status).toBe('COMPLETED');
    expect(finished!.events.map((event) => event.step)).toEqual(['APPLICATION_ACCEPTED', 'TRANSFER_OUT_COMPLETED', 'FUNDS_RECEIVED', 'TRANSFER_IN_COMPLETED']);
    expect(finished!.infoSheet!.verified).toBe(true);
  }, 120_000);
});
