import { InputProblems } from '#shared/errors.ts';

/** One problem of one row: the CSV column it is in ('' for the row as a whole) and what to fix. */
export interface RowProblem {
  column: string;
  problem: string;
}

/**
 * The project's own `InputProblems`, keeping each problem with its place, so that the shared checks
 * (`checkDocument`, `checkRegionCode`), which report at a field name, report at the CSV column instead.
 */
export class RowProblems extends InputProblems {
  readonly list: RowProblem[] = [];

  override add(where: string, problem: string): void {
    this.list.push({ column: where, problem });
    super.add(where, problem);
  }
}

/** A data row of the file: its line number (the header is line 1) and its values by column name, trimmed. */
export class CsvRow {
  constructor(
    readonly line: number,
    private readonly values: ReadonlyMap<string, string>,
  ) {}

  /** The value in `column`, trimmed; '' when the column is empty or not in the file. */
  get(column: string): string {
    return this.values.get(column) ?? '';
  }
}
