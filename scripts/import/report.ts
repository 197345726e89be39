import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { maskDocumentNumber } from '#shared/identity/documents.ts';
import { redactIdNumbers } from '#shared/identity/gb11643.ts';
import type { RowProblem } from './row.ts';

/** Where a row was stopped: by the import's own checks, or by the hub when it was sent. */
export type Stage = 'checked' | 'refused';

const HEADER = 'line,stage,column,id_number,problem';

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The report of rejected rows, a CSV beside the input (`<file>.import-report.csv`): one line per problem with
 * the row's line number, the stage, the column and what to fix. Document numbers are masked as the hub masks them
 * (first 6 and last 4 characters), and any ID-number-shaped text in a message too.
 */
export class RejectReport {
  private rows = { checked: 0, refused: 0 };

  private constructor(
    private readonly out: WriteStream,
    kept: { checked: number; refused: number },
  ) {
    this.rows = kept;
  }

  /**
   * Opens the report; on a resumed run (`keepUpTo` > 1) it keeps what earlier runs reported up to that line —
   * later rows are checked and sent again — and counts the rows it keeps.
   */
  static async open(path: string, keepUpTo: number): Promise<RejectReport> {
    const kept = { checked: 0, refused: 0 };
    if (keepUpTo <= 1) {
      const out = createWriteStream(path);
      out.write(`${HEADER}\n`);
      return new RejectReport(out, kept);
    }
    const temporary = `${path}.${process.pid}.tmp`;
    const out = createWriteStream(temporary);
    out.write(`${HEADER}\n`);
    let previous = '';
    try {
      const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
      for await (const text of lines) {
        const [line, stage] = text.split(',', 2) as [string, Stage];
        if (!/^\d+$/.test(line) || Number(line) > keepUpTo) continue;
        if (`${line},${stage}` !== previous) kept[stage]++;
        previous = `${line},${stage}`;
        if (!out.write(`${text}\n`)) await once(out, 'drain');
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    await new Promise((resolve) => out.end(resolve));
    await rename(temporary, path);
    return new RejectReport(createWriteStream(path, { flags: 'a' }), kept);
  }

  /** Rows reported so far at each stage, over every run. */
  get counts(): { checked: number; refused: number } {
    return { ...this.rows };
  }

  async add(line: number, stage: Stage, idNumber: string, problems: readonly RowProblem[]): Promise<void> {
    this.rows[stage]++;
    const masked = idNumber ? maskDocumentNumber(idNumber) : '';
    const text = problems
      .map(({ column, problem }) =>
        [String(line), stage, column, masked, redactIdNumbers(problem)].map(quote).join(','),
      )
      .join('\n');
    if (!this.out.write(`${text}\n`)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    await new Promise((resolve) => this.out.end(resolve));
  }
}
