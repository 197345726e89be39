import type { CalendarDate } from '#shared/calendar-date.ts';
import type { YearMonth } from '#shared/year-month.ts';
import type { CsvRow, RowProblems } from './row.ts';

/** A column of an import file: its header name, whether every row needs it, what it holds. */
export interface ColumnSpec {
  name: string;
  required: boolean;
  description: string;
}

/** What a row's checks need to know of the moment and the caller. */
export interface CheckContext {
  /** Today in China (Asia/Shanghai): no payment or entry may be dated later. */
  today: CalendarDate;
  /** The last month that may be recorded ahead (December of next year), as the API allows. */
  latestMonth: YearMonth;
  /** The region an AGENCY token acts for; undefined for the national administrator (or development). */
  agencyRegion: string | undefined;
}

/** A row that passed every check: the API input it becomes and the person it is about (the lane it takes). */
export interface CheckedRow<Input = unknown> {
  line: number;
  input: Input;
  /** The person's document as a canonical key (`fields.ts` personOf): rows of one person go out in file order. */
  person: string;
  /** The document number, for the report (masked there). */
  idNumber: string;
}

/**
 * How rows go to the API:
 * - `list`: one mutation taking the whole batch as a list (`recordContributions(input: [...])`), answering
 *   `recorded` and `unchanged`; at most `maxBatch` records a call (the API's own limit);
 * - `aliases`: one mutation per row, several rows a request under aliases `r0`, `r1`, … (at most 15: the
 *   production alias limit), each answering `id recordedAt`, so that a row the API already held (an idempotent
 *   repeat) is told apart by its `recordedAt` before the request was sent.
 */
export type Sending =
  | { style: 'list'; field: string; inputType: string; maxBatch: number }
  | { style: 'aliases'; field: string; inputType: string; maxBatch: number };

/** One kind of import file: its columns, the row check that turns a row into an API input, and how it is sent. */
export interface ImportKind<Input = unknown> {
  name: 'contributions' | 'enrollments' | 'account-entries';
  columns: readonly ColumnSpec[];
  /** Checks a row (every problem at once, into `problems`); the input when it has none. */
  check(row: CsvRow, problems: RowProblems, context: CheckContext): Omit<CheckedRow<Input>, 'line'> | undefined;
  sending: Sending;
  /** The CSV column an API input field is read from ('amount' → 'amount'), for the API's own messages. */
  columnOf(field: string): string;
}
