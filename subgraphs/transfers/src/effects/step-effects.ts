import type { EntityManager } from 'typeorm';
import { formatMoney } from '#shared/money.ts';
import type { Workflow } from '../context.ts';
import { TransferDocumentEntity, TransferEffectEntity, type EffectStep } from '../db/entities/workflow-records.ts';
import { atOnceNote, isAtOnce } from '../domain/at-once.ts';
import { heldPeriods, infoSheetContent } from '../domain/info-sheet.ts';
import { heldRegions } from '../queries/held-regions.ts';
import { insuranceTypesOf } from '../domain/benefit-continuity.ts';
import { canonicalJson } from '../seal/agency-seal.ts';
import { completeTransferIn, confirmFundsReceived } from '../commands/transfer-steps.ts';
import { findTransfer, lockTransfer, recordStep } from '../commands/record.ts';

/**
 * What each step's job does on the other subgraphs, as the job engine runs it (retried until done; every call is
 * idempotent at the other end, keyed by the transfer). It ends with one transaction that moves the transfer to
 * the step's final status and marks the job done, so a transfer reads OUT_COMPLETED or COMPLETED only once
 * every effect is visible in every subgraph.
 */
export function stepEffects(workflow: Workflow) {
  const markDone = (manager: EntityManager, transferId: string, step: EffectStep) =>
    manager.update(TransferEffectEntity, { transferId, step }, { status: 'DONE' });

  /** The balance leaves the out-region account into transit, and the out-agency seals the Info Sheet declaring it. */
  async function transferOut(transferId: string): Promise<void> {
    const transfer = await findTransfer(workflow.dataSource, transferId);
    if (transfer.status === 'OUT_COMPLETING') {
      const { services, seals } = workflow;
      const on = transfer.outCompletedOn!;
      // The person's accounts and records under every document of theirs (one key each).
      const person = await services.person(transfer.personId);
      const known = person ?? { id: transfer.personId, recordKeys: [transfer.personId] };
      const declared = await services.transferOutAccountBalance({
        transferId,
        personId: transfer.personId,
        personKeys: known.recordKeys,
        fromRegion: transfer.fromRegion,
        toRegion: transfer.toRegion,
        on,
      });
      const [contributions, held] = await Promise.all([
        services.contributions(known, transfer.fromRegion),
        heldRegions(workflow.dataSource, known.recordKeys, transfer.fromRegion),
      ]);
      const document = person?.documents.find((candidate) => candidate.key === transfer.documentKey);
      const out = { regionCode: transfer.fromRegion, insuranceType: insuranceTypesOf(transfer.kind)[0] };
      const text = canonicalJson(
        infoSheetContent({
          transferId,
          person: {
            id: transfer.personId,
            name: person?.name ?? '',
            gender: person?.gender ?? null,
            document: { idType: document?.idType ?? null, key: transfer.documentKey },
          },
          periods: heldPeriods(contributions.periods, held, out),
          accountAmount: declared,
          issuerRegion: transfer.fromRegion,
          issuedOn: on,
        }),
      );
      const signature = seals.sign(transfer.fromRegion, text);
      await workflow.dataSource.transaction(async (manager) => {
        const locked = await lockTransfer(manager, transferId);
        if (locked.status !== 'OUT_COMPLETING') return;
        await manager.insert(TransferDocumentEntity, {
          transferId,
          kind: 'INFO_SHEET',
          issuerRegion: locked.fromRegion,
          issuedOn: on,
          content: text,
          signature,
        });
        await recordStep(
          manager,
          { ...locked, status: 'OUT_COMPLETED', accountAmount: declared },
          {
            event: {
              step: 'INFO_SHEET_ISSUED',
              actor: 'OUT_AGENCY',
              on,
              note: `Info Sheet sealed; account amount ${formatMoney(declared)} sent`,
            },
          },
        );
        if (isAtOnce(locked)) {
          const options = { on: locked.appliedOn, actor: 'SYSTEM' as const, note: atOnceNote(locked) };
          if (declared > 0n) await confirmFundsReceived(manager, transferId, declared, options);
          await completeTransferIn(manager, workflow, transferId, options);
        }
        await markDone(manager, transferId, 'COMPLETE_TRANSFER_OUT');
      });
    } else {
      await workflow.dataSource.transaction((manager) => markDone(manager, transferId, 'COMPLETE_TRANSFER_OUT'));
    }
  }

  /** The money in transit is settled into the in-region account, and the out-region enrollment terminates (003 art 13). */
  async function transferIn(transferId: string): Promise<void> {
    const transfer = await findTransfer(workflow.dataSource, transferId);
    if (transfer.status !== 'COMPLETING') {
      await workflow.dataSource.transaction((manager) => markDone(manager, transferId, 'COMPLETE_TRANSFER_IN'));
      return;
    }
    const on = transfer.completedOn!;
    const settled = await workflow.services.settleAccountTransfer(transferId, {
      credit: transfer.funds ?? 0n,
      returnAll: transfer.fundsDecision === 'RETURN_TO_OUT_REGION',
      on,
    });
    await workflow.services.closeOutRegionEnrollments(
      transfer.personId,
      transfer.fromRegion,
      insuranceTypesOf(transfer.kind)[0],
      on,
    );
    const note = [
      `${formatMoney(settled.credited)} credited`,
      ...(settled.supplementary > 0n
        ? [`${formatMoney(settled.supplementary)} that reached the out-region account after the Info Sheet moved along`]
        : []),
      ...(settled.returned > 0n ? [`${formatMoney(settled.returned)} returned to the out-region account`] : []),
      'out-region enrollment terminated',
    ].join('; ');
    await workflow.dataSource.transaction(async (manager) => {
      const locked = await lockTransfer(manager, transferId);
      if (locked.status === 'COMPLETING') {
        await recordStep(
          manager,
          { ...locked, status: 'COMPLETED' },
          { event: { step: 'TRANSFER_COMPLETED', actor: 'SYSTEM', on, note } },
        );
      }
      await markDone(manager, transferId, 'COMPLETE_TRANSFER_IN');
    });
  }

  return ({ transferId, step }: { transferId: string; step: EffectStep }) =>
    step === 'COMPLETE_TRANSFER_OUT' ? transferOut(transferId) : transferIn(transferId);
}
