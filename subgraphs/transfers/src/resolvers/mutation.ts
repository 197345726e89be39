import { Conflict } from '#shared/errors.ts';
import { requireAgency } from '#shared/auth/authorize.ts';
import { runMutation } from '#shared/database/mutation.ts';
import type { EntityManager } from 'typeorm';
import { applicationByKey, applicationHash, assess, recordApplication } from '../commands/apply.ts';
import { findTransfer } from '../commands/record.ts';
import {
  cancelTransfer,
  completeTransferIn,
  completeTransferOut,
  confirmFundsReceived,
  sendContactLetter,
  settleTransferFunds,
} from '../commands/transfer-steps.ts';
import type { TransfersContext } from '../context.ts';
import type { TransferRow } from '../db/entities/transfer.ts';
import type { MutationCompleteTransferOutArgs, MutationResolvers } from '../generated/resolvers.ts';
import { IN_PROGRESS } from '../domain/steps.ts';
import { authorizeApplication, requireTransferAccess } from './access.ts';

/** What every step takes: the transfer, and the business date (today in China when not given). */
type StepArgs = MutationCompleteTransferOutArgs;

/**
 * A step's answer: once its effects on the other subgraphs are done (OUT_COMPLETED, COMPLETED), or, when they
 * take longer than TRANSFER_STEP_WAIT_MS (a subgraph is down), with the status that says they are under way
 * (OUT_COMPLETING, COMPLETING). Inside Fujian the engine takes every step in turn, so this follows them through.
 */
async function whenSettled(context: TransfersContext, transfer: TransferRow): Promise<TransferRow> {
  const { workflow } = context;
  const deadline = Date.now() + workflow.stepWaitMs;
  let current = transfer;
  for (let step = IN_PROGRESS[current.status]; step && Date.now() < deadline; step = IN_PROGRESS[current.status]) {
    await workflow.effects.waitFor(current.id, step, deadline - Date.now());
    current = await findTransfer(workflow.dataSource, current.id);
  }
  return current;
}

/** A step taken by the agency of the region that acts (out-region or in-region), or the national level. */
async function agencyStep(
  context: TransfersContext,
  operation: string,
  args: StepArgs & Record<string, unknown>,
  actingRegion: (transfer: TransferRow) => string,
  what: string,
  take: (manager: EntityManager) => Promise<TransferRow>,
): Promise<TransferRow> {
  const transfer = await findTransfer(context.db.dataSource, args.transferId);
  requireAgency(context.identity, actingRegion(transfer), what);
  return whenSettled(
    context,
    await runMutation(context, { operation, personId: transfer.personId, detail: args }, take),
  );
}

const inRegion = (transfer: TransferRow) => transfer.toRegion;
const outRegion = (transfer: TransferRow) => transfer.fromRegion;
const options = (args: StepArgs) => ({ on: args.on });

export const Mutation: MutationResolvers = {
  applyForTransfer: async (_, args, context) => {
    const { workflow } = context;
    const assessment = await assess(workflow, args.input);
    const employerId = authorizeApplication(context, args.input, assessment.personId);
    const transfer = await runMutation(
      context,
      { operation: 'applyForTransfer', personId: assessment.personId, detail: args.input },
      (manager) => recordApplication(manager, workflow, args.input, assessment, employerId),
      {
        key: args.input.idempotencyKey,
        hash: applicationHash(workflow.personIdKey, args.input),
        find: applicationByKey,
        what: 'application',
      },
    );
    return whenSettled(context, transfer);
  },
  sendContactLetter: (_, args, context) =>
    agencyStep(context, 'sendContactLetter', args, inRegion, 'The Contact Letter', (manager) =>
      sendContactLetter(manager, context.workflow, args.transferId, options(args)),
    ),
  completeTransferOut: (_, args, context) =>
    agencyStep(context, 'completeTransferOut', args, outRegion, 'Completing the transfer-out', (manager) =>
      completeTransferOut(manager, context.workflow, args.transferId, options(args)),
    ),
  confirmFundsReceived: (_, args, context) =>
    agencyStep(context, 'confirmFundsReceived', args, inRegion, 'Confirming the funds', (manager) =>
      confirmFundsReceived(manager, args.transferId, args.amount, options(args)),
    ),
  settleTransferFunds: (_, args, context) =>
    agencyStep(context, 'settleTransferFunds', args, inRegion, 'Settling the funds', (manager) =>
      settleTransferFunds(manager, args.transferId, args.decision, args.amount ?? null, {
        on: args.on,
        ...(args.note ? { note: args.note } : {}),
      }),
    ),
  completeTransferIn: (_, args, context) =>
    agencyStep(context, 'completeTransferIn', args, inRegion, 'Completing the transfer-in', (manager) =>
      completeTransferIn(manager, context.workflow, args.transferId, options(args)),
    ),
  /** Whoever may see the transfer may withdraw it while the out-region has not acted. */
  cancelTransfer: async (_, args, context) => {
    const transfer = await findTransfer(context.db.dataSource, args.transferId);
    requireTransferAccess(context.identity, transfer);
    const actor =
      context.identity.role === 'AGENCY'
        ? context.identity.regionCode === transfer.toRegion
          ? 'IN_AGENCY'
          : 'OUT_AGENCY'
        : undefined;
    return runMutation(context, { operation: 'cancelTransfer', personId: transfer.personId, detail: args }, (manager) =>
      cancelTransfer(manager, args.transferId, { on: args.on, ...(actor ? { actor } : {}) }),
    );
  },
  /** An operator's retry of a transfer whose effects were parked: the agency of either region, or the national level. */
  retryTransferEffects: async (_, args, context) => {
    const transfer = await findTransfer(context.db.dataSource, args.transferId);
    if (context.identity.role !== 'AGENCY' || context.identity.regionCode !== transfer.toRegion) {
      requireAgency(context.identity, transfer.fromRegion, 'Retrying a transfer’s effects');
    }
    await runMutation(
      context,
      { operation: 'retryTransferEffects', personId: transfer.personId, detail: args },
      async (manager) => {
        const retried = await context.workflow.effects.retry(manager, transfer.id);
        if (retried.length === 0) throw new Conflict('Nothing of this transfer is parked: there is nothing to retry.');
      },
    );
    return whenSettled(context, transfer);
  },
};
