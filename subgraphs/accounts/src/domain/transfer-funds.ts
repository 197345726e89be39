import type { CalendarDate } from '#shared/calendar-date.ts';
import type { Fen } from '#shared/money.ts';
import type { AccountTransferRow } from '../db/entities/account-transfer.ts';

export type TransferFundsStatus = 'NONE' | 'DECLARED' | 'IN_TRANSIT' | 'CREDITED' | 'RETURNED';

/** A transfer's money as users see it (`TransferFunds`), in fen. */
export interface TransferFunds {
  transferId: string;
  status: TransferFundsStatus;
  declared: Fen | null;
  declaredOn: CalendarDate | null;
  sent: Fen | null;
  inTransit: Fen;
  credited: Fen | null;
  supplementary: Fen | null;
  returned: Fen | null;
  settledOn: CalendarDate | null;
}

function statusOf(row: AccountTransferRow | null): TransferFundsStatus {
  if (!row) return 'NONE';
  if (row.status === 'SENT') return row.sent > 0n ? 'IN_TRANSIT' : 'DECLARED';
  return row.status;
}

/** The funds of a transfer from its account-transfer row (none before its transfer-out). */
export function fundsOf(transferId: string, row: AccountTransferRow | null): TransferFunds {
  return {
    transferId,
    status: statusOf(row),
    declared: row?.declared ?? null,
    declaredOn: row?.declaredOn ?? null,
    sent: row?.sent ?? null,
    inTransit: row?.status === 'SENT' ? row.sent : 0n,
    credited: row?.credited ?? null,
    supplementary: row?.supplementary ?? null,
    returned: row?.returned ?? null,
    settledOn: row?.settledOn ?? null,
  };
}

/** A transfer as this subgraph knows it: by id (the transfers subgraph owns the rest). */
export interface TransferReference {
  id: string;
}
