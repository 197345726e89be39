import { todayInChina } from '#shared/calendar-date.ts';
import { isUuid } from '#shared/input-checks.ts';
import { parseMoney } from '#shared/money.ts';
import { parseYearMonth } from '#shared/year-month.ts';
import type { TransfersContext } from '../context.ts';
import type { TransferRow, TransferStatus } from '../db/entities/transfer.ts';
import type { DocumentKind, TransferDeadlineRow, TransferDocumentRow } from '../db/entities/workflow-records.ts';
import { isOverdue, type Deadline } from '../domain/deadlines.ts';
import type { ContactLetterContent, InfoSheetContent } from '../domain/info-sheet.ts';
import { listTransfers } from '../queries/transfer-list.ts';
import { requireTransferAccess, scopeOf } from './access.ts';
import type { QueryResolvers, TransferResolvers } from '../generated/resolvers.ts';

/** A deadline as users see it: late or not as of today (China time). */
export const deadlineView = (deadline: Deadline | TransferDeadlineRow, status: TransferStatus) => ({
  ...deadline,
  overdue: isOverdue(deadline, status, todayInChina()),
});

async function document(
  transfer: TransferRow,
  kind: DocumentKind,
  context: TransfersContext,
): Promise<TransferDocumentRow | undefined> {
  return (await context.loaders.documentsByTransfer.load(transfer.id)).find((doc) => doc.kind === kind);
}

const verified = (doc: TransferDocumentRow, context: TransfersContext) =>
  context.workflow.seals.verify(doc.issuerRegion, doc.content, doc.signature);

export const TransferQuery: QueryResolvers = {
  transfer: async (_, args, context) => {
    const transfer = isUuid(args.id) ? await context.loaders.transferById.load(args.id) : null;
    if (transfer) {
      requireTransferAccess(context.identity, transfer);
      context.audit.read(transfer.personId, 'transfer');
    }
    return transfer;
  },
  transfers: async (_, args, context) => {
    const page = await listTransfers(
      context.db.dataSource,
      scopeOf(context.identity),
      args.filter ?? {},
      args.first ?? 20,
      args.after,
    );
    for (const { node } of page.edges) context.audit.read(node.personId, 'transfers');
    return page;
  },
};

export const Transfer: TransferResolvers = {
  /** The accounts subgraph's fields lead here by id: the same access rule as the root fields. */
  __resolveReference: async (reference, context) => {
    const transfer = isUuid(reference.id) ? await context.loaders.transferById.load(reference.id) : null;
    if (transfer) requireTransferAccess(context.identity, transfer);
    return transfer;
  },
  person: (transfer) => ({ id: transfer.personId }),
  attention: async (transfer, _, context) => {
    const parked = (await context.loaders.effectsByTransfer.load(transfer.id)).find(
      (effect) => effect.status === 'PARKED',
    );
    return parked
      ? { step: parked.step, reason: parked.lastError ?? 'unknown', attempts: parked.attempts, since: parked.updatedAt }
      : null;
  },
  fromRegion: (transfer) => ({ code: transfer.fromRegion }),
  toRegion: (transfer) => ({ code: transfer.toRegion }),
  deadlines: async (transfer, _, context) =>
    (await context.loaders.deadlinesByTransfer.load(transfer.id)).map((deadline) =>
      deadlineView(deadline, transfer.status),
    ),
  overdue: async (transfer, _, context) =>
    (await context.loaders.deadlinesByTransfer.load(transfer.id)).some(
      (deadline) => deadlineView(deadline, transfer.status).overdue,
    ),
  events: (transfer, _, context) => context.loaders.eventsByTransfer.load(transfer.id),
  infoSheet: async (transfer, _, context) => {
    const doc = await document(transfer, 'INFO_SHEET', context);
    if (!doc) return null;
    // The content is the sealed text as issued; it is read back as written (and `verified` says if it changed).
    const content = JSON.parse(doc.content) as InfoSheetContent;
    const amount = parseMoney(content.accountAmount);
    if (!amount.ok) throw new Error(`Info Sheet ${transfer.id} holds an unreadable amount`);
    return {
      name: content.person.name,
      gender: content.person.gender,
      // Sheets sealed before documents were certified carry none.
      idType: content.person.document?.idType ?? null,
      document: content.person.document ? { key: content.person.document.key } : null,
      rows: content.rows.map((row) => ({
        ...row,
        fromMonth: parseYearMonth(row.fromMonth)!,
        toMonth: parseYearMonth(row.toMonth)!,
      })),
      accountAmount: amount.fen,
      accountAmountInWords: content.accountAmountInWords,
      issuedOn: content.issuedOn,
      issuer: { regionCode: doc.issuerRegion },
      signature: doc.signature,
      verified: verified(doc, context),
    };
  },
  contactLetter: async (transfer, _, context) => {
    const doc = await document(transfer, 'CONTACT_LETTER', context);
    if (!doc) return null;
    const content = JSON.parse(doc.content) as ContactLetterContent;
    return {
      issuedOn: content.issuedOn,
      issuer: { regionCode: doc.issuerRegion },
      fromRegion: { code: content.fromRegion },
      toRegion: { code: content.toRegion },
      signature: doc.signature,
      verified: verified(doc, context),
    };
  },
};
