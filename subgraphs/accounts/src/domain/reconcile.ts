import { formatMoney, type Fen } from '#shared/money.ts';

/**
 * Reconciliation before the in-region credits a transferred balance (003 art 9, 000 art 10): the amount
 * received must be the amount sent (nothing lost on the way), and must match the Info Sheet; a shortfall is
 * accepted only when the person's spending from the out-region account after the Info Sheet was issued
 * explains it to the fen.
 */
export type Reconciliation =
  | { ok: true; credit: Fen; explained: Fen }
  | { ok: false; problem: string };

export interface ReconciliationFacts {
  declared: Fen;
  sent: Fen;
  received: Fen;
  /** Spending entries in the out-region account dated after the Info Sheet. */
  spentAfterInfoSheet: Fen;
}

export function reconcile({ declared, sent, received, spentAfterInfoSheet }: ReconciliationFacts): Reconciliation {
  if (received !== sent) {
    return {
      ok: false,
      problem:
        `the amount received, ${formatMoney(received)}, is not the ${formatMoney(sent)} the out-region sent ` +
        `(difference ${formatMoney(received - sent)}): check the amount on the bank statement`,
    };
  }
  if (received === declared) return { ok: true, credit: received, explained: 0n };
  const shortfall = declared - received;
  if (shortfall > 0n && shortfall === spentAfterInfoSheet) {
    return { ok: true, credit: received, explained: shortfall };
  }
  const unexplained = shortfall > 0n ? shortfall - spentAfterInfoSheet : -shortfall;
  return {
    ok: false,
    problem:
      `the amount received, ${formatMoney(received)}, differs from the Info Sheet's ${formatMoney(declared)} by ` +
      `${formatMoney(received - declared)}; spending after the Info Sheet explains ${formatMoney(spentAfterInfoSheet)}, ` +
      `leaving ${formatMoney(unexplained < 0n ? -unexplained : unexplained)} unexplained (000 art 10): settle it with the out-region agency`,
  };
}
