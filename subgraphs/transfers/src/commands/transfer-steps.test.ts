import { NO_FUNDS } from '../domain/steps.ts';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CalendarDate } from '#shared/calendar-date.ts';
import type { Fen } from '#shared/money.ts';
import { useSubgraphDatabase } from '../../../../test/support/subgraph-database.ts';
import { Services } from '../clients/services.ts';
import type { Workflow } from '../context.ts';
import { TransferEntity, type TransferRow } from '../db/entities/transfer.ts';
import { TransferDocumentEntity, TransferEffectEntity, type EffectStep } from '../db/entities/workflow-records.ts';
import { EffectEngine } from '../effects/engine.ts';
import { EFFECTS_QUEUE, PARKED_QUEUE } from '../effects/queues.ts';
import { AgencySeals } from '../seal/agency-seal.ts';
import { transfersSubgraph } from '../server.ts';
import { lockTransfer, recordStep } from './record.ts';
import {
  cancelTransfer,
  completeTransferIn,
  completeTransferOut,
  confirmFundsReceived,
  sendContactLetter,
  settleTransferFunds,
} from './transfer-steps.ts';
import { refusal, someone } from '../../../../test/support/outcome.ts';

const d = (text: string) => text as CalendarDate;

/**
 * The steps against a real database, in the caller's transaction as the resolvers run them, with a real Workflow
 * whose job engine is built but never started: a step that has effects on the other subgraphs writes its pg-boss
 * job and our `transfer_effect` row in its own transaction, and that is what these tests look at. No worker runs
 * the job (it would call the other subgraphs); where a test needs the state the job ends in, `transferOutDone`
 * writes it as the job's last transaction does (`effects/step-effects.ts`).
 */
describe('the steps of a transfer (transfer-steps.ts)', () => {
  const database = useSubgraphDatabase(transfersSubgraph);
  let workflow: Workflow;

  beforeAll(() => {
    const { config, dataSource } = database;
    const effects = new EffectEngine(dataSource, {
      connectionString: (dataSource.options as { url: string }).url,
      attempts: config.transferEffects.attempts,
      retryDelaySeconds: config.transferEffects.retryDelaySeconds,
      timeoutSeconds: config.transferEffects.timeoutSeconds,
      workers: 1,
    });
    workflow = {
      dataSource,
      personIdKey: config.personIdKey,
      services: new Services(config),
      seals: new AgencySeals(config.agencySealKey),
      effects,
      stepWaitMs: 0,
      stop: async () => {},
    };
  });

  /** An ACCEPTED application as `applyForTransfer` records it: national rules, Hangzhou → Shanghai, on 2024-09-27. */
  const applied = (fields: Partial<TransferRow> = {}) =>
    database.transaction(async (manager) => {
      const personId = someone();
      const saved = await manager.save(
        TransferEntity,
        manager.create(TransferEntity, {
          personId,
          documentKey: personId,
          kind: 'EMPLOYEE_TO_EMPLOYEE',
          fromRegion: '330100',
          toRegion: '310000',
          mode: 'ONLINE',
          applicant: 'PERSON',
          employerId: null,
          status: 'ACCEPTED',
          appliedOn: d('2024-09-27'),
          idempotencyKey: null,
          requestHash: null,
          reasons: [],
          continuity: null,
          contactLetterOn: null,
          outCompletedOn: null,
          accountAmount: null,
          fundsReceivedOn: null,
          funds: null,
          fundsDecision: null,
          completedOn: null,
          cancelledOn: null,
          ...fields,
        }),
      );
      return recordStep(manager, saved, {
        event: { step: 'APPLICATION_ACCEPTED', actor: saved.applicant, on: saved.appliedOn },
      });
    });
  /** What the COMPLETE_TRANSFER_OUT job ends with once the balance moved and the sheet is sealed: OUT_COMPLETED. */
  const transferOutDone = (id: string, accountAmount: Fen) =>
    database.transaction(async (manager) => {
      const locked = await lockTransfer(manager, id);
      await recordStep(
        manager,
        { ...locked, status: 'OUT_COMPLETED', accountAmount },
        { event: { step: 'INFO_SHEET_ISSUED', actor: 'OUT_AGENCY', on: locked.outCompletedOn! } },
      );
      await manager.update(TransferEffectEntity, { transferId: id, step: 'COMPLETE_TRANSFER_OUT' }, { status: 'DONE' });
    });
  /** Applied, transfer-out completed on 2024-10-10 and its effects done, with `accountAmount` on the Info Sheet. */
  const outCompleted = async (accountAmount: Fen, fields: Partial<TransferRow> = {}) => {
    const { id } = await applied(fields);
    await database.transaction((manager) => completeTransferOut(manager, workflow, id, { on: d('2024-10-10') }));
    await transferOutDone(id, accountAmount);
    return id;
  };

  /** A step in its own transaction, as `runMutation` gives it to the command. */
  const step = <T>(work: (manager: EntityManager) => Promise<T>) => database.transaction(work);
  const current = (id: string) => database.dataSource.getRepository(TransferEntity).findOneByOrFail({ id });
  const eventsOf = async (id: string) =>
    (
      (await database.dataSource.query(
        `SELECT step, actor, "on", note FROM transfer_event WHERE transfer_id = $1 ORDER BY id`,
        [id],
      )) as { step: string; actor: string; on: string; note: string | null }[]
    ).map((event) => [event.step, event.actor, event.on, event.note]);
  const deadlinesOf = async (id: string) =>
    (
      (await database.dataSource.query(
        `SELECT step, due_on, completed_on, working_days, rule, provisional FROM transfer_deadline WHERE transfer_id = $1
          ORDER BY array_position(ARRAY['CONTACT_LETTER', 'TRANSFER_OUT', 'TRANSFER_IN', 'ACCOUNT_CREDIT'], step)`,
        [id],
      )) as {
        step: string;
        due_on: string;
        completed_on: string | null;
        working_days: number;
        rule: string;
        provisional: boolean;
      }[]
    ).map((row) => [row.step, row.due_on, row.completed_on, row.working_days, row.rule, row.provisional]);
  const effectsOf = async (id: string) =>
    (await database.dataSource.getRepository(TransferEffectEntity).findBy({ transferId: id }))
      .sort((a, b) => a.step.localeCompare(b.step))
      .map((effect) => [effect.step, effect.status, effect.attempts, effect.lastError]);
  /** The job engine's jobs of a transfer: [id, queue, data, state, retry limit, retry delay, backoff, expiry, dead letter]. */
  const jobsOf = async (id: string) =>
    (
      (await database.dataSource.query(
        `SELECT id, name, data, state, retry_limit, retry_delay, retry_backoff,
                extract(epoch FROM expire_in)::int AS expire_in, dead_letter
           FROM pgboss.job WHERE data->>'transferId' = $1 ORDER BY created_on`,
        [id],
      )) as Record<string, unknown>[]
    ).map((job) => Object.values(job));
  const jobIdOf = async (id: string, effect: EffectStep) =>
    (await database.dataSource.getRepository(TransferEffectEntity).findOneByOrFail({ transferId: id, step: effect }))
      .jobId;

  describe('completeTransferOut (003 art 8)', () => {
    it('records OUT_COMPLETING with its event and deadlines, and the job of its effects with our record of it, in the step’s transaction', async () => {
      const { id } = await applied();
      const answer = await step((manager) => completeTransferOut(manager, workflow, id, { on: d('2024-10-10') }));
      expect(answer).toMatchObject({ id, status: 'OUT_COMPLETING', outCompletedOn: '2024-10-10', accountAmount: null });
      expect(await current(id)).toEqual(answer);
      expect(await eventsOf(id)).toEqual([
        ['APPLICATION_ACCEPTED', 'PERSON', '2024-09-27', null],
        ['TRANSFER_OUT_COMPLETED', 'OUT_AGENCY', '2024-10-10', null],
      ]);
      // 10 working days from the application across National Day; then 5 for the in-region from the transfer-out.
      expect(await deadlinesOf(id)).toEqual([
        ['TRANSFER_OUT', '2024-10-16', '2024-10-10', 10, '003 art 8', false],
        ['TRANSFER_IN', '2024-10-16', null, 5, '003 art 9', false],
      ]);
      expect(await effectsOf(id)).toEqual([['COMPLETE_TRANSFER_OUT', 'PENDING', 0, null]]);
      const { attempts, retryDelaySeconds, timeoutSeconds } = database.config.transferEffects;
      expect(await jobsOf(id)).toEqual([
        [
          await jobIdOf(id, 'COMPLETE_TRANSFER_OUT'),
          EFFECTS_QUEUE,
          { transferId: id, step: 'COMPLETE_TRANSFER_OUT' },
          'created',
          attempts - 1,
          retryDelaySeconds,
          true,
          timeoutSeconds,
          PARKED_QUEUE,
        ],
      ]);
    });

    it('a step and its effects cannot exist without each other: when the transaction rolls back, neither remains', async () => {
      const { id } = await applied();
      await expect(
        step(async (manager) => {
          await completeTransferOut(manager, workflow, id, { on: d('2024-10-10') });
          throw new Error('the mutation failed after the step');
        }),
      ).rejects.toThrow('the mutation failed after the step');
      expect((await current(id)).status).toBe('ACCEPTED');
      expect(await eventsOf(id)).toEqual([['APPLICATION_ACCEPTED', 'PERSON', '2024-09-27', null]]);
      expect(await effectsOf(id)).toEqual([]);
      expect(await jobsOf(id)).toEqual([]);
    });

    it('a step repeated after it happened returns the transfer as it is and writes nothing more, while its effects run and after', async () => {
      const { id } = await applied();
      const first = await step((manager) => completeTransferOut(manager, workflow, id, { on: d('2024-10-10') }));
      const jobId = await jobIdOf(id, 'COMPLETE_TRANSFER_OUT');
      expect(await step((manager) => completeTransferOut(manager, workflow, id, { on: d('2024-10-11') }))).toEqual(
        first,
      );
      await transferOutDone(id, 80000n);
      expect(
        await step((manager) => completeTransferOut(manager, workflow, id, { on: d('2024-10-11') })),
      ).toMatchObject({ status: 'OUT_COMPLETED', outCompletedOn: '2024-10-10', accountAmount: 80000n });
      expect(await eventsOf(id)).toEqual([
        ['APPLICATION_ACCEPTED', 'PERSON', '2024-09-27', null],
        ['TRANSFER_OUT_COMPLETED', 'OUT_AGENCY', '2024-10-10', null],
        ['INFO_SHEET_ISSUED', 'OUT_AGENCY', '2024-10-10', null],
      ]);
      expect(await effectsOf(id)).toEqual([['COMPLETE_TRANSFER_OUT', 'DONE', 0, null]]);
      expect((await jobsOf(id)).map((job) => job[0])).toEqual([jobId]);
    });

    it('two agencies taking the step at the same moment: the second waits for the transfer and returns it as the first left it', async () => {
      const { id } = await applied();
      let second: Promise<TransferRow> | undefined;
      const first = await step(async (manager) => {
        const row = await completeTransferOut(manager, workflow, id, { on: d('2024-10-10') });
        second = step((other) => completeTransferOut(other, workflow, id, { on: d('2024-10-11') }));
        await database.waitForLockWaiters(1);
        return row;
      });
      expect(await second!).toEqual(first);
      expect(await eventsOf(id)).toHaveLength(2);
      expect(await jobsOf(id)).toHaveLength(1);
    });

    it('takes the date the step happened: not in the future, not before the application; nothing is written otherwise', async () => {
      const { id } = await applied();
      expect(
        await refusal(step((manager) => completeTransferOut(manager, workflow, id, { on: d('2024-09-26') }))),
      ).toEqual(['BAD_USER_INPUT', 'on: 2024-09-26 is before the application (2024-09-27).']);
      expect(
        await refusal(step((manager) => completeTransferOut(manager, workflow, id, { on: d('2099-01-04') }))),
      ).toEqual(['BAD_USER_INPUT', 'on: 2099-01-04 is in the future; give the date the step happened.']);
      expect((await current(id)).status).toBe('ACCEPTED');
      expect(await jobsOf(id)).toEqual([]);
    });

    it('answers NOT_FOUND for a transfer that does not exist, a malformed id included', async () => {
      for (const id of [randomUUID(), 'tr-1']) {
        expect(await refusal(step((manager) => completeTransferOut(manager, workflow, id)))).toEqual([
          'NOT_FOUND',
          `No transfer has the id "${id}": take it from applyForTransfer or Person.transfers.`,
        ]);
      }
    });
  });

  describe('a step out of order is a CONFLICT saying what comes first, and writes nothing', () => {
    it('003 art 9: the funds and the transfer-in wait for the transfer-out', async () => {
      const { id } = await applied();
      expect(await refusal(step((manager) => confirmFundsReceived(manager, id, 80000n)))).toEqual([
        'CONFLICT',
        'The out-region completes the transfer-out first: the funds are confirmed against its Info Sheet.',
      ]);
      expect(await refusal(step((manager) => completeTransferIn(manager, workflow, id)))).toEqual([
        'CONFLICT',
        'The out-region completes the transfer-out first: transfer-in follows its Info Sheet (003 art 9).',
      ]);
      expect(await current(id)).toMatchObject({ status: 'ACCEPTED', fundsReceivedOn: null, completedOn: null });
      expect(await eventsOf(id)).toEqual([['APPLICATION_ACCEPTED', 'PERSON', '2024-09-27', null]]);
      expect(await effectsOf(id)).toEqual([]);
    });

    it('while the transfer-out’s effects run (OUT_COMPLETING) the in-region waits for them', async () => {
      const { id } = await applied();
      await step((manager) => completeTransferOut(manager, workflow, id, { on: d('2024-10-10') }));
      expect(await refusal(step((manager) => confirmFundsReceived(manager, id, 80000n)))).toEqual([
        'CONFLICT',
        'The transfer-out is still being carried out (the balance and the Info Sheet): confirm the funds once it is OUT_COMPLETED.',
      ]);
      expect(await refusal(step((manager) => completeTransferIn(manager, workflow, id)))).toEqual([
        'CONFLICT',
        'The transfer-out is still being carried out (the balance and the Info Sheet): complete the transfer-in once it is OUT_COMPLETED.',
      ]);
      expect(await effectsOf(id)).toEqual([['COMPLETE_TRANSFER_OUT', 'PENDING', 0, null]]);
    });

    it('003 art 9: the in-region confirms the funds before it completes the transfer-in', async () => {
      const id = await outCompleted(80000n);
      expect(
        await refusal(step((manager) => completeTransferIn(manager, workflow, id, { on: d('2024-10-14') }))),
      ).toEqual([
        'CONFLICT',
        'The in-region confirms the account funds first (confirmFundsReceived): the account is credited at transfer-in.',
      ]);
      expect((await current(id)).status).toBe('OUT_COMPLETED');
      expect(await effectsOf(id)).toEqual([['COMPLETE_TRANSFER_OUT', 'DONE', 0, null]]);
    });
  });

  describe('the funds (003 art 9)', () => {
    it('confirmFundsReceived takes exactly the amount the Info Sheet declares, and refuses any other with the difference', async () => {
      const id = await outCompleted(150000n);
      expect(
        await refusal(step((manager) => confirmFundsReceived(manager, id, 149999n, { on: d('2024-10-11') }))),
      ).toEqual([
        'CONFLICT',
        'Nothing was recorded: the Info Sheet declares 1500.00, which left the out-region account on 2024-10-10; ' +
          '1499.99 differs by -0.01. If that is what arrived, settle it with settleTransferFunds: CREDIT_RECEIVED ' +
          'credits what arrived (at most 1500.00) and returns the rest to the out-region account, ' +
          'RETURN_TO_OUT_REGION returns all of it.',
      ]);
      expect((await current(id)).status).toBe('OUT_COMPLETED');
      const confirmed = await step((manager) => confirmFundsReceived(manager, id, 150000n, { on: d('2024-10-11') }));
      expect(confirmed).toMatchObject({
        status: 'FUNDS_RECEIVED',
        funds: 150000n,
        fundsDecision: null,
        fundsReceivedOn: '2024-10-11',
      });
      expect((await eventsOf(id)).at(-1)).toEqual(['FUNDS_RECEIVED', 'IN_AGENCY', '2024-10-11', '1500.00 received']);
      expect(await deadlinesOf(id)).toEqual([
        ['TRANSFER_OUT', '2024-10-16', '2024-10-10', 10, '003 art 8', false],
        ['TRANSFER_IN', '2024-10-16', null, 5, '003 art 9', false],
        [
          'ACCOUNT_CREDIT',
          '2024-10-17',
          null,
          5,
          '003 art 9 (no period set; 5 working days, as for transfer-in)',
          false,
        ],
      ]);
      // A retry returns the transfer as it is; another amount is not confirmed twice.
      expect(await step((manager) => confirmFundsReceived(manager, id, 150000n, { on: d('2024-10-12') }))).toEqual(
        confirmed,
      );
      expect(await refusal(step((manager) => confirmFundsReceived(manager, id, 149900n)))).toEqual([
        'CONFLICT',
        'The funds were already confirmed as 1500.00; they are not confirmed twice.',
      ]);
      expect(await eventsOf(id)).toHaveLength(4);
    });

    it('settleTransferFunds records the in-region’s decision: CREDIT_RECEIVED what arrived, at most what was sent', async () => {
      const id = await outCompleted(150000n);
      const settle = (amount: Fen | null, decision: 'CREDIT_RECEIVED' | 'RETURN_TO_OUT_REGION' = 'CREDIT_RECEIVED') =>
        step((manager) => settleTransferFunds(manager, id, decision, amount, { on: d('2024-10-11') }));
      const giveWhatArrived = 'amount: give what arrived, more than 0.00 and at most the 1500.00 sent.';
      for (const amount of [null, 0n, 150001n]) {
        expect(await refusal(settle(amount))).toEqual(['BAD_USER_INPUT', giveWhatArrived]);
      }
      expect(await refusal(settle(100n, 'RETURN_TO_OUT_REGION'))).toEqual([
        'BAD_USER_INPUT',
        'amount: leave it out; RETURN_TO_OUT_REGION returns all of the money sent.',
      ]);
      expect((await current(id)).status).toBe('OUT_COMPLETED');
      const settled = await settle(149900n);
      expect(settled).toMatchObject({
        status: 'FUNDS_RECEIVED',
        funds: 149900n,
        fundsDecision: 'CREDIT_RECEIVED',
        fundsReceivedOn: '2024-10-11',
      });
      expect((await eventsOf(id)).at(-1)).toEqual([
        'FUNDS_SETTLED',
        'IN_AGENCY',
        '2024-10-11',
        '1499.00 of 1500.00 credited; 1.00 returns to the out-region account',
      ]);
      expect(await settle(149900n)).toEqual(settled); // a retry
      // Another decision, another amount, or a confirmation of the Info Sheet's amount, once settled: CONFLICT.
      const already = 'The funds were already settled (CREDIT_RECEIVED, 1499.00 credited); they are not settled twice.';
      expect(await refusal(settle(null, 'RETURN_TO_OUT_REGION'))).toEqual(['CONFLICT', already]);
      expect(await refusal(settle(149800n))).toEqual(['CONFLICT', already]);
      expect(await refusal(step((manager) => confirmFundsReceived(manager, id, 150000n)))).toEqual([
        'CONFLICT',
        'The funds were already settled (CREDIT_RECEIVED, 1499.00 credited); they are not confirmed twice.',
      ]);
      expect(await current(id)).toMatchObject({ funds: 149900n, fundsDecision: 'CREDIT_RECEIVED' });
    });

    it('settleTransferFunds: RETURN_TO_OUT_REGION returns all of it (the in-region credits nothing)', async () => {
      const id = await outCompleted(150000n);
      expect(
        await step((manager) =>
          settleTransferFunds(manager, id, 'RETURN_TO_OUT_REGION', null, { on: d('2024-10-11'), actor: 'SYSTEM' }),
        ),
      ).toMatchObject({ status: 'FUNDS_RECEIVED', funds: 0n, fundsDecision: 'RETURN_TO_OUT_REGION' });
      expect((await eventsOf(id)).at(-1)).toEqual([
        'FUNDS_SETTLED',
        'SYSTEM',
        '2024-10-11',
        '1500.00 returns to the out-region account',
      ]);
    });
  });

  describe('completeTransferIn (003 art 9)', () => {
    it('records COMPLETING, closes the in-region’s deadlines and writes the job of its effects', async () => {
      const id = await outCompleted(80000n);
      await step((manager) => confirmFundsReceived(manager, id, 80000n, { on: d('2024-10-11') }));
      const answer = await step((manager) => completeTransferIn(manager, workflow, id, { on: d('2024-10-15') }));
      expect(answer).toMatchObject({ status: 'COMPLETING', completedOn: '2024-10-15', funds: 80000n });
      expect((await eventsOf(id)).at(-1)).toEqual(['TRANSFER_IN_COMPLETED', 'IN_AGENCY', '2024-10-15', null]);
      expect(await deadlinesOf(id)).toEqual([
        ['TRANSFER_OUT', '2024-10-16', '2024-10-10', 10, '003 art 8', false],
        ['TRANSFER_IN', '2024-10-16', '2024-10-15', 5, '003 art 9', false],
        [
          'ACCOUNT_CREDIT',
          '2024-10-17',
          '2024-10-15',
          5,
          '003 art 9 (no period set; 5 working days, as for transfer-in)',
          false,
        ],
      ]);
      expect(await effectsOf(id)).toEqual([
        ['COMPLETE_TRANSFER_IN', 'PENDING', 0, null],
        ['COMPLETE_TRANSFER_OUT', 'DONE', 0, null],
      ]);
      expect((await jobsOf(id)).map((job) => [job[0], job[2], job[3]])).toEqual([
        [await jobIdOf(id, 'COMPLETE_TRANSFER_OUT'), { transferId: id, step: 'COMPLETE_TRANSFER_OUT' }, 'created'],
        [await jobIdOf(id, 'COMPLETE_TRANSFER_IN'), { transferId: id, step: 'COMPLETE_TRANSFER_IN' }, 'created'],
      ]);
      // A repeat returns it as it is.
      expect(await step((manager) => completeTransferIn(manager, workflow, id, { on: d('2024-10-16') }))).toEqual(
        answer,
      );
      expect(await jobsOf(id)).toHaveLength(2);
    });

    it('with a 0.00 Info Sheet there are no funds to confirm: the transfer-in follows the transfer-out directly', async () => {
      const id = await outCompleted(0n);
      expect(await refusal(step((manager) => confirmFundsReceived(manager, id, 0n)))).toEqual([
        'CONFLICT',
        'The Info Sheet moves no account money (0.00): there are no funds to confirm; complete the transfer-in.',
      ]);
      expect(
        await refusal(step((manager) => completeTransferIn(manager, workflow, id, { on: d('2024-10-09') }))),
      ).toEqual(['BAD_USER_INPUT', 'on: 2024-10-09 is before the previous step (2024-10-10).']);
      expect(await step((manager) => completeTransferIn(manager, workflow, id, { on: d('2024-10-12') }))).toMatchObject(
        { status: 'COMPLETING', funds: null, fundsReceivedOn: null, completedOn: '2024-10-12' },
      );
      // Asked again once the transfer-in is under way: still no funds to confirm or settle (not a fault).
      expect(await refusal(step((manager) => confirmFundsReceived(manager, id, 0n)))).toEqual(['CONFLICT', NO_FUNDS]);
      expect(await refusal(step((manager) => settleTransferFunds(manager, id, 'RETURN_TO_OUT_REGION', null)))).toEqual([
        'CONFLICT',
        NO_FUNDS,
      ]);
      expect((await deadlinesOf(id)).map((deadline) => deadline[0])).toEqual(['TRANSFER_OUT', 'TRANSFER_IN']);
      expect(await effectsOf(id)).toEqual([
        ['COMPLETE_TRANSFER_IN', 'PENDING', 0, null],
        ['COMPLETE_TRANSFER_OUT', 'DONE', 0, null],
      ]);
    });
  });

  describe('the Contact Letter comes first where the in-region sends one', () => {
    it('000 art 9: Guangdong as in-region seals the letter, and the out-region has 10 working days from receiving it', async () => {
      const { id, personId } = await applied({ fromRegion: '410100', toRegion: '440100' });
      expect(
        await refusal(step((manager) => completeTransferOut(manager, workflow, id, { on: d('2024-10-08') }))),
      ).toEqual([
        'CONFLICT',
        'The in-region sends the Contact Letter first: the out-region acts on receiving it (000 art 9, 001 art 9).',
      ]);
      const sent = await step((manager) => sendContactLetter(manager, workflow, id, { on: d('2024-10-08') }));
      expect(sent).toMatchObject({ status: 'CONTACT_LETTER_SENT', contactLetterOn: '2024-10-08' });
      const letter = await database.dataSource
        .getRepository(TransferDocumentEntity)
        .findOneByOrFail({ transferId: id, kind: 'CONTACT_LETTER' });
      expect(letter).toMatchObject({ issuerRegion: '440100', issuedOn: '2024-10-08' });
      expect(JSON.parse(letter.content)).toEqual({
        document: 'CONTACT_LETTER',
        transferId: id,
        personId,
        fromRegion: '410100',
        toRegion: '440100',
        issuer: { regionCode: '440100', agencyName: '广州市医疗保障事业管理中心' },
        issuedOn: '2024-10-08',
      });
      expect(workflow.seals.verify('440100', letter.content, letter.signature)).toBe(true);
      expect(workflow.seals.verify('410100', letter.content, letter.signature)).toBe(false);
      expect((await eventsOf(id)).at(-1)).toEqual(['CONTACT_LETTER_SENT', 'IN_AGENCY', '2024-10-08', null]);
      // Sep 29 (a Sunday) worked, Oct 1-7 off: the letter was due Oct 10; the out-region then has until Oct 21.
      expect(await deadlinesOf(id)).toEqual([
        ['CONTACT_LETTER', '2024-10-10', '2024-10-08', 5, '000 art 9', false],
        ['TRANSFER_OUT', '2024-10-21', null, 10, '004 art 8', false],
      ]);
      // Repeated, it returns the transfer as it is: no second letter.
      expect(await step((manager) => sendContactLetter(manager, workflow, id, { on: d('2024-10-09') }))).toEqual(sent);
      expect(
        await refusal(step((manager) => completeTransferOut(manager, workflow, id, { on: d('2024-10-07') }))),
      ).toEqual(['BAD_USER_INPUT', 'on: 2024-10-07 is before the Contact Letter (2024-10-08).']);
      expect(
        await step((manager) => completeTransferOut(manager, workflow, id, { on: d('2024-10-09') })),
      ).toMatchObject({ status: 'OUT_COMPLETING', outCompletedOn: '2024-10-09' });
    });

    it('a transfer without one refuses the letter', async () => {
      const { id } = await applied();
      expect(
        await refusal(step((manager) => sendContactLetter(manager, workflow, id, { on: d('2024-09-30') }))),
      ).toEqual([
        'CONFLICT',
        'This transfer uses no Contact Letter: only Guangdong as in-region (000 art 9) and the MAIL mode (001 art 8) do.',
      ]);
      expect(await database.dataSource.getRepository(TransferDocumentEntity).findBy({ transferId: id })).toEqual([]);
    });
  });

  describe('cancelTransfer: only before the out-region acts (no money has moved then)', () => {
    it('cancels an accepted transfer once; then no step is taken on it', async () => {
      const { id } = await applied({ applicant: 'EMPLOYER', employerId: 'employer-1' });
      const cancelled = await step((manager) => cancelTransfer(manager, id, { on: d('2024-09-30') }));
      expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelledOn: '2024-09-30' });
      expect(await eventsOf(id)).toEqual([
        ['APPLICATION_ACCEPTED', 'EMPLOYER', '2024-09-27', null],
        ['CANCELLED', 'EMPLOYER', '2024-09-30', null],
      ]);
      expect(await step((manager) => cancelTransfer(manager, id, { on: d('2024-10-01') }))).toEqual(cancelled);
      expect(
        await refusal(step((manager) => completeTransferOut(manager, workflow, id, { on: d('2024-10-10') }))),
      ).toEqual(['CONFLICT', 'The transfer was cancelled; nothing more happens to it.']);
      expect(await eventsOf(id)).toHaveLength(2);
      expect(await jobsOf(id)).toEqual([]);
    });

    it('cancels after the Contact Letter, before the out-region acts (000 art 9)', async () => {
      const { id } = await applied({ fromRegion: '410100', toRegion: '440100' });
      await step((manager) => sendContactLetter(manager, workflow, id, { on: d('2024-10-08') }));
      expect(
        await step((manager) => cancelTransfer(manager, id, { on: d('2024-10-09'), actor: 'PERSON' })),
      ).toMatchObject({ status: 'CANCELLED', cancelledOn: '2024-10-09' });
    });

    it('takes a cancellation dated no earlier than the Contact Letter', async () => {
      const { id } = await applied({ fromRegion: '410100', toRegion: '440100' });
      await step((manager) => sendContactLetter(manager, workflow, id, { on: d('2024-10-08') }));
      expect(await refusal(step((manager) => cancelTransfer(manager, id, { on: d('2024-10-07') })))).toEqual([
        'BAD_USER_INPUT',
        'on: 2024-10-07 is before the Contact Letter (2024-10-08).',
      ]);
    });

    it('refuses once the out-region has completed the transfer-out, while its effects run and after', async () => {
      const { id } = await applied();
      await step((manager) => completeTransferOut(manager, workflow, id, { on: d('2024-10-10') }));
      const tooLate = [
        'CONFLICT',
        'The out-region completed the transfer-out on 2024-10-10: the transfer can no longer be cancelled.',
      ];
      expect(await refusal(step((manager) => cancelTransfer(manager, id, { on: d('2024-10-11') })))).toEqual(tooLate);
      await transferOutDone(id, 500n);
      expect(await refusal(step((manager) => cancelTransfer(manager, id, { on: d('2024-10-11') })))).toEqual(tooLate);
      expect(await current(id)).toMatchObject({ status: 'OUT_COMPLETED', cancelledOn: null });
    });
  });
});
