import { documentOf, genderFromDocument } from '#shared/identity/documents.ts';
import { formatYearMonth } from '#shared/year-month.ts';
import {
  DOCUMENT_COLUMN_SPECS,
  DOCUMENT_FIELDS,
  personOf,
  readDocument,
  readEnum,
  readMonth,
  readOptionalEnum,
  readRegion,
  wire,
} from './fields.ts';
import type { ColumnSpec, ImportKind } from './kind.ts';

/**
 * `enrollments`: one enrollment (参保登记) per row, sent to `enroll`, one call per row, several under aliases in a
 * request. `enroll` is idempotent on (document, region, insurance type, start month): a repeat returns the stored
 * enrollment, whose `recordedAt` tells it apart.
 */
export interface EnrollmentRowInput {
  idNumber: string;
  idType: string;
  issuingCountry?: string;
  name: string;
  gender?: string;
  regionCode: string;
  insuranceType: string;
  /** YYYY-MM */
  startMonth: string;
}

const COLUMNS: ColumnSpec[] = [
  ...DOCUMENT_COLUMN_SPECS,
  { name: 'name', required: true, description: 'the name as on the document, 1 to 60 characters' },
  { name: 'gender', required: false, description: "MALE or FEMALE; needed only when the number doesn't say it" },
  { name: 'region_code', required: true, description: 'the pooling region (统筹区), 6 digits' },
  { name: 'insurance_type', required: true, description: 'EMPLOYEE, RESIDENT or OTHER' },
  { name: 'start_month', required: true, description: 'the first month covered, YYYY-MM or YYYYMM' },
];

const FIELDS: Record<string, string> = {
  ...DOCUMENT_FIELDS,
  name: 'name',
  gender: 'gender',
  regionCode: 'region_code',
  insuranceType: 'insurance_type',
  startMonth: 'start_month',
};

export const enrollments: ImportKind<EnrollmentRowInput> = {
  name: 'enrollments',
  columns: COLUMNS,
  sending: { style: 'aliases', field: 'enroll', inputType: 'EnrollInput!', maxBatch: 15 },
  columnOf: (field) => FIELDS[field] ?? '',
  check(row, problems, context) {
    const document = readDocument(row, problems);
    const name = row.get('name');
    if (name.length === 0 || name.length > 60)
      problems.add('name', 'give the name as on the identity document (1 to 60 characters)');
    const given = readOptionalEnum(row, problems, 'gender', ['MALE', 'FEMALE'] as const);
    const regionCode = readRegion(row, problems, 'region_code', context.agencyRegion);
    const insuranceType = readEnum(row, problems, 'insurance_type', ['EMPLOYEE', 'RESIDENT', 'OTHER'] as const);
    const startMonth = readMonth(row, problems, 'start_month');
    // The rules of the enrollment subgraph's enroll, with its words.
    const said = document ? genderFromDocument(documentOf(document)) : null;
    if (document && said && given && given !== said)
      problems.add(
        'gender',
        "it contradicts the number's gender digit (odd for men, even for women): check both, or leave gender out",
      );
    if (document && !said && given === null)
      problems.add('gender', `a ${document.idType} number does not say the holder's gender: give it`);
    if (startMonth !== undefined && startMonth > context.latestMonth)
      problems.add('start_month', `enrollment can be registered up to ${formatYearMonth(context.latestMonth)}`);
    if (!problems.isEmpty || !document || !regionCode || !insuranceType || startMonth === undefined) return undefined;
    return {
      person: personOf(document),
      idNumber: document.idNumber,
      input: {
        ...document,
        name,
        ...(given ? { gender: given } : {}),
        regionCode,
        insuranceType,
        startMonth: wire.month(startMonth),
      },
    };
  },
};
