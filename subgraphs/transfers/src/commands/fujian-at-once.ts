import type { Workflow } from '../context.ts';
import type { TransferRow } from '../db/entities/transfer.ts';
import { completeTransferIn, completeTransferOut, confirmFundsReceived, loadTransfer } from './transfer-steps.ts';

const NOTE = 'inside Fujian: handled at once (即办件, 002 art 9)';

/**
 * Fujian handles transfers inside the province at once, paperless: the account balance is cleared at the
 * out-region and credited at the in-region immediately (002 art 9). The steps run on the application date,
 * by the system; should another subgraph be unreachable, the transfer stays at the step reached and the
 * agencies can go on by hand.
 */
export async function completeAtOnceInFujian(workflow: Workflow, accepted: TransferRow): Promise<TransferRow> {
  const options = { on: accepted.appliedOn, actor: 'SYSTEM' as const, note: NOTE };
  try {
    const out = await completeTransferOut(workflow, accepted.id, options);
    if (out.accountAmount! > 0n) await confirmFundsReceived(workflow, accepted.id, out.accountAmount!, options);
    return await completeTransferIn(workflow, accepted.id, options);
  } catch (error) {
    console.error(`[transfers] Fujian at-once transfer stopped at a step: ${(error as Error).message}`);
    return loadTransfer(workflow, accepted.id);
  }
}
