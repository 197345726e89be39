import type { GraphQLScalarType } from 'graphql';
import type { CalendarDate } from '#shared/calendar-date.ts';
import {
  checkDocument,
  documentOf,
  ID_TYPES,
  normaliseDocumentNumber,
  type IdType,
} from '#shared/identity/documents.ts';
import { checkRegionCode } from '#shared/input-checks.ts';
import { formatMoney, type Fen } from '#shared/money.ts';
import { DateScalar, MoneyScalar, YearMonthScalar } from '#shared/scalars.ts';
import { formatYearMonth, type YearMonth } from '#shared/year-month.ts';
import type { ColumnSpec } from './kind.ts';
import type { CsvRow, RowProblems } from './row.ts';

/**
 * Readers of one CSV value each, checked with the very functions the API applies (the scalars' parsers, the
 * document and region checks of `shared/src/`), so a row that passes here is refused by the API only for what
 * needs the database (a record that differs from the stored one, a balance too small). Each adds its problem
 * at its column and returns undefined when the value is unusable.
 */

/** What the API's inputs carry of a document: the number as normalised, its type, a passport's issuing state. */
export interface DocumentFields {
  idNumber: string;
  idType: IdType;
  issuingCountry?: string;
}

export const DOCUMENT_COLUMNS = { number: 'id_number', type: 'id_type', issuingCountry: 'issuing_country' } as const;

/** The document's three columns as every kind of file has them, first. */
export const DOCUMENT_COLUMN_SPECS: ColumnSpec[] = [
  { name: DOCUMENT_COLUMNS.number, required: true, description: 'document number (证件号码)' },
  { name: DOCUMENT_COLUMNS.type, required: false, description: 'IdType; empty: RESIDENT_ID_CARD' },
  { name: DOCUMENT_COLUMNS.issuingCountry, required: false, description: "a passport's issuing state, ISO alpha-3" },
];

/** Which column each of the document's API fields comes from. */
export const DOCUMENT_FIELDS: Record<keyof DocumentFields, string> = {
  idNumber: DOCUMENT_COLUMNS.number,
  idType: DOCUMENT_COLUMNS.type,
  issuingCountry: DOCUMENT_COLUMNS.issuingCountry,
};

/** The person's document from `id_number`, `id_type` (a resident ID card when empty) and `issuing_country`. */
export function readDocument(row: CsvRow, problems: RowProblems): DocumentFields | undefined {
  const number = row.get(DOCUMENT_COLUMNS.number);
  if (number === '') {
    problems.add(DOCUMENT_COLUMNS.number, "give the person's document number");
    return undefined;
  }
  const idType = readEnum(row, problems, DOCUMENT_COLUMNS.type, ID_TYPES, 'RESIDENT_ID_CARD');
  if (idType === undefined) return undefined;
  const country = row.get(DOCUMENT_COLUMNS.issuingCountry);
  const input = { idNumber: number, idType, ...(country ? { issuingCountry: country } : {}) };
  const before = problems.list.length;
  checkDocument(problems, input, { number: DOCUMENT_COLUMNS.number, issuingCountry: DOCUMENT_COLUMNS.issuingCountry });
  if (problems.list.length > before) return undefined;
  return {
    idNumber: normaliseDocumentNumber(number),
    idType,
    ...(country ? { issuingCountry: normaliseDocumentNumber(country) } : {}),
  };
}

/** The key rows of one person share (type, issuing state, canonical number): the same for 15 and 18 digits. */
export function personOf(document: DocumentFields): string {
  const { type, number, issuingCountry } = documentOf(document);
  return `${type}:${issuingCountry ?? ''}:${number}`;
}

/**
 * A pooling region's 6-digit code; with `agencyRegion` (the region an AGENCY token acts for) it must be that one,
 * since an agency records only its own region's data.
 */
export function readRegion(
  row: CsvRow,
  problems: RowProblems,
  column: string,
  agencyRegion: string | undefined,
): string | undefined {
  const code = row.get(column);
  const before = problems.list.length;
  checkRegionCode(problems, column, code);
  if (problems.list.length > before) return undefined;
  if (agencyRegion && code !== agencyRegion) {
    problems.add(column, `the token acts for region ${agencyRegion}: import only that region's rows with it`);
    return undefined;
  }
  return code;
}

/** One of `allowed` (upper-cased); `fallback` when the column is empty, required when there is none. */
export function readEnum<T extends string>(
  row: CsvRow,
  problems: RowProblems,
  column: string,
  allowed: readonly T[],
  fallback?: T,
): T | undefined {
  const value = row.get(column).toUpperCase();
  if (value === '') {
    if (fallback !== undefined) return fallback;
    problems.add(column, `give one of ${allowed.join(', ')}`);
    return undefined;
  }
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.add(column, `"${cut(row.get(column))}" is not one of ${allowed.join(', ')}`);
  return undefined;
}

/** One of `allowed`, or null when the column is empty (the API's default applies, or the field is left out). */
export function readOptionalEnum<T extends string>(
  row: CsvRow,
  problems: RowProblems,
  column: string,
  allowed: readonly T[],
): T | null | undefined {
  return row.get(column) === '' ? null : readEnum(row, problems, column, allowed);
}

/** Applies one of the API's scalar parsers, reporting its own message ("… is not a month: write YYYY-MM …"). */
function parseWith<T>(scalar: GraphQLScalarType<T, string>, text: string, problems: RowProblems, column: string) {
  try {
    return scalar.parseValue(text);
  } catch (error) {
    problems.add(column, (error as Error).message);
    return undefined;
  }
}

/** A month, "YYYY-MM" (or "YYYYMM", as old systems export 费款所属期), as the YearMonth scalar reads it. */
export function readMonth(row: CsvRow, problems: RowProblems, column: string): YearMonth | undefined {
  const text = row.get(column);
  if (text === '') {
    problems.add(column, 'give the month, YYYY-MM, e.g. 2024-01');
    return undefined;
  }
  const wire = /^\d{6}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4)}` : text;
  return parseWith(YearMonthScalar, wire, problems, column);
}

/** A calendar day, "YYYY-MM-DD", as the Date scalar reads it; undefined (without a problem) when empty and optional. */
export function readDate(
  row: CsvRow,
  problems: RowProblems,
  column: string,
  required: boolean,
): CalendarDate | undefined {
  const text = row.get(column);
  if (text === '') {
    if (required) problems.add(column, 'give the date, YYYY-MM-DD, e.g. 2024-01-15');
    return undefined;
  }
  return parseWith(DateScalar, text, problems, column);
}

/** An amount in yuan ("480", "480.5", "480.50"), as the Money scalar reads it, in fen. */
export function readMoney(row: CsvRow, problems: RowProblems, column: string): Fen | undefined {
  const text = row.get(column);
  if (text === '') {
    problems.add(column, 'give the amount in yuan, e.g. 480.00');
    return undefined;
  }
  return parseWith(MoneyScalar, text, problems, column);
}

/** The wire forms the API reads: money as yuan with two decimals, months as YYYY-MM. */
export const wire = { money: (fen: Fen) => formatMoney(fen), month: (month: YearMonth) => formatYearMonth(month) };

/** A value cut to 32 characters for a message, as the API cuts what it repeats. */
function cut(text: string): string {
  return text.length > 40 ? `${text.slice(0, 32)}… (${text.length} characters)` : text;
}
