import { checkIdempotencyKey } from '#shared/input-checks.ts';
import {
  DOCUMENT_COLUMN_SPECS,
  DOCUMENT_FIELDS,
  personOf,
  readDate,
  readDocument,
  readEnum,
  readMoney,
  readOptionalEnum,
  readRegion,
  wire,
} from './fields.ts';
import type { ColumnSpec, ImportKind } from './kind.ts';
import { RowProblems } from './row.ts';

/**
 * `account-entries`: one personal-account entry per row (an allocation 划入, a spending 支出 or an adjustment),
 * sent to `recordAccountEntry`, one call per row, several under aliases in a request, in file order for each
 * person (a spending needs the allocations before it). The old system's entry id becomes the idempotency key
 * `import:<region_code>:<entry_id>`, so a row sent again returns the entry it made (counted unchanged).
 */
export interface AccountEntryRowInput {
  idNumber: string;
  idType: string;
  issuingCountry?: string;
  regionCode: string;
  kind: string;
  direction?: string;
  /** Yuan, two decimals. */
  amount: string;
  on: string;
  idempotencyKey: string;
}

const COLUMNS: ColumnSpec[] = [
  ...DOCUMENT_COLUMN_SPECS,
  { name: 'region_code', required: true, description: 'the region holding the account, 6 digits' },
  { name: 'kind', required: true, description: 'ALLOCATION (划入), SPENDING (支出) or ADJUSTMENT' },
  { name: 'direction', required: false, description: 'ADJUSTMENT only: CREDIT (default) or DEBIT' },
  { name: 'amount', required: true, description: 'yuan, at most two decimals, positive' },
  { name: 'on', required: true, description: 'the business date, YYYY-MM-DD' },
  { name: 'entry_id', required: true, description: "the old system's id of the entry, unique in the region" },
];

const FIELDS: Record<string, string> = {
  ...DOCUMENT_FIELDS,
  regionCode: 'region_code',
  kind: 'kind',
  direction: 'direction',
  amount: 'amount',
  on: 'on',
  idempotencyKey: 'entry_id',
};

/** The kinds an agency records; the direction each always has (an adjustment goes either way). */
const DIRECT = { ALLOCATION: 'CREDIT', SPENDING: 'DEBIT', ADJUSTMENT: 'EITHER' } as const;
const WORKFLOW_KINDS = ['TRANSFER_OUT', 'TRANSFER_IN', 'PAYOUT', 'REFUND'];

export const accountEntries: ImportKind<AccountEntryRowInput> = {
  name: 'account-entries',
  columns: COLUMNS,
  sending: { style: 'aliases', field: 'recordAccountEntry', inputType: 'AccountEntryInput!', maxBatch: 15 },
  columnOf: (field) => FIELDS[field] ?? '',
  check(row, problems, context) {
    const document = readDocument(row, problems);
    const regionCode = readRegion(row, problems, 'region_code', context.agencyRegion);
    const written = row.get('kind').toUpperCase();
    // The rules of the accounts subgraph's prepareAccountEntry, with its words.
    const workflow = WORKFLOW_KINDS.includes(written);
    if (workflow)
      problems.add(
        'kind',
        `${written} entries are made by the transfer workflow; record ALLOCATION, SPENDING or ADJUSTMENT`,
      );
    const kind = workflow
      ? undefined
      : readEnum(row, problems, 'kind', ['ALLOCATION', 'SPENDING', 'ADJUSTMENT'] as const);
    const direction = readOptionalEnum(row, problems, 'direction', ['CREDIT', 'DEBIT'] as const);
    if (kind && direction && DIRECT[kind] !== 'EITHER' && direction !== DIRECT[kind])
      problems.add('direction', `an ${kind} is always a ${DIRECT[kind]}; leave direction out`);
    const amount = readMoney(row, problems, 'amount');
    if (amount !== undefined && amount <= 0n) problems.add('amount', 'an entry moves a positive amount');
    const on = readDate(row, problems, 'on', true);
    if (on && on > context.today) problems.add('on', `${on} is in the future`);
    const entryId = row.get('entry_id');
    if (entryId === '') problems.add('entry_id', "give the old system's id of the entry: it makes a repeat harmless");
    const idempotencyKey = `import:${regionCode ?? row.get('region_code')}:${entryId}`;
    const keyProblems = new RowProblems();
    checkIdempotencyKey(keyProblems, idempotencyKey);
    for (const { problem } of keyProblems.list)
      problems.add(
        'entry_id',
        `the key sent, "import:<region_code>:<entry_id>", must ${problem.replace(/^use/, 'have')}`,
      );
    if (!problems.isEmpty || !document || !regionCode || !kind || !amount || !on) return undefined;
    return {
      person: personOf(document),
      idNumber: document.idNumber,
      input: {
        ...document,
        regionCode,
        kind,
        ...(direction ? { direction } : {}),
        amount: wire.money(amount),
        on,
        idempotencyKey,
      },
    };
  },
};
