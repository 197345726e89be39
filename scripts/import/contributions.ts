import { formatYearMonth } from '#shared/year-month.ts';
import {
  DOCUMENT_COLUMN_SPECS,
  DOCUMENT_FIELDS,
  personOf,
  readDate,
  readDocument,
  readEnum,
  readMoney,
  readMonth,
  readRegion,
  wire,
} from './fields.ts';
import type { ColumnSpec, ImportKind } from './kind.ts';

/**
 * `contributions`: one month paid (or owed) per row, sent to `recordContributions` in batches of up to 5000
 * (MAX_CONTRIBUTIONS_PER_BATCH of the contributions subgraph), which answers how many were new (`recorded`) and
 * how many were already there, identical (`unchanged`). Amounts in yuan in the file, fen inside, yuan on the wire.
 */
export interface ContributionRowInput {
  idNumber: string;
  idType: string;
  issuingCountry?: string;
  regionCode: string;
  insuranceType: string;
  /** YYYY-MM */
  month: string;
  /** Yuan, two decimals. */
  amount: string;
  paidOn?: string;
  kind: string;
}

const COLUMNS: ColumnSpec[] = [
  ...DOCUMENT_COLUMN_SPECS,
  { name: 'region_code', required: true, description: 'the pooling region paid in (统筹区), 6 digits' },
  { name: 'insurance_type', required: true, description: 'EMPLOYEE, RESIDENT or OTHER' },
  { name: 'month', required: true, description: 'the month paid for (费款所属期), YYYY-MM or YYYYMM' },
  { name: 'amount', required: true, description: 'yuan, at most two decimals, positive' },
  { name: 'paid_on', required: false, description: 'the day it was paid (到账日期), YYYY-MM-DD; empty: owed' },
  { name: 'kind', required: false, description: 'REGULAR (default) or BACK_PAY (补缴, needs paid_on)' },
];

const FIELDS: Record<string, string> = {
  ...DOCUMENT_FIELDS,
  regionCode: 'region_code',
  insuranceType: 'insurance_type',
  month: 'month',
  amount: 'amount',
  paidOn: 'paid_on',
  kind: 'kind',
};

export const contributions: ImportKind<ContributionRowInput> = {
  name: 'contributions',
  columns: COLUMNS,
  sending: { style: 'list', field: 'recordContributions', inputType: '[ContributionInput!]!', maxBatch: 5000 },
  columnOf: (field) => FIELDS[field] ?? '',
  check(row, problems, context) {
    const document = readDocument(row, problems);
    const regionCode = readRegion(row, problems, 'region_code', context.agencyRegion);
    const insuranceType = readEnum(row, problems, 'insurance_type', ['EMPLOYEE', 'RESIDENT', 'OTHER'] as const);
    const month = readMonth(row, problems, 'month');
    const amount = readMoney(row, problems, 'amount');
    const paidOn = readDate(row, problems, 'paid_on', false);
    const kind = readEnum(row, problems, 'kind', ['REGULAR', 'BACK_PAY'] as const, 'REGULAR');
    // The rules of the contributions subgraph's recordContributions, with its words.
    if (amount !== undefined && amount <= 0n) problems.add('amount', 'a contribution is a positive amount');
    if (month !== undefined && month > context.latestMonth)
      problems.add('month', `months can be recorded up to ${formatYearMonth(context.latestMonth)}`);
    if (paidOn && paidOn > context.today) problems.add('paid_on', `${paidOn} is in the future`);
    if (kind === 'BACK_PAY' && !paidOn && row.get('paid_on') === '')
      problems.add('paid_on', 'a back-payment (BACK_PAY) has a payment date; an owed month is REGULAR without paid_on');
    if (!problems.isEmpty || !document || !regionCode || !insuranceType || month === undefined || !amount || !kind)
      return undefined;
    return {
      person: personOf(document),
      idNumber: document.idNumber,
      input: {
        ...document,
        regionCode,
        insuranceType,
        month: wire.month(month),
        amount: wire.money(amount),
        ...(paidOn ? { paidOn } : {}),
        kind,
      },
    };
  },
};
