/**
 * The last line of the file below which every row is done — written to the hub and answered, or reported as
 * rejected — while batches finish out of order: one less than the first line of the oldest batch not yet answered
 * (being filled, queued or in flight), or the last line read when none is. A resumed run skips up to it.
 */
export class CommittedLine {
  private readonly open = new Map<number, number>();
  private lastRead: number;

  /** `start`: the line already committed by an earlier run (1, the header, for a fresh one). */
  constructor(start: number) {
    this.lastRead = start;
  }

  /** A row at `line` was read (and is either rejected, done, or in an open batch). */
  read(line: number): void {
    this.lastRead = line;
  }

  /** A batch whose first row is at `firstLine` is begun. */
  begin(batch: number, firstLine: number): void {
    this.open.set(batch, firstLine);
  }

  /** The batch is answered: its rows are done. */
  end(batch: number): void {
    this.open.delete(batch);
  }

  get value(): number {
    let oldest = Infinity;
    for (const line of this.open.values()) oldest = Math.min(oldest, line);
    return oldest === Infinity ? this.lastRead : oldest - 1;
  }
}
