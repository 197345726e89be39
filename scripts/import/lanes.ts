import type { CommittedLine } from './committed-line.ts';
import type { CheckedRow } from './kind.ts';

/** Rows sent together in one request (at most the kind's batch size), numbered in the order they were begun. */
export interface Batch {
  id: number;
  rows: CheckedRow[];
}

interface Lane {
  filling: Batch | undefined;
  /** Batches queued or in flight. */
  pending: number;
  tail: Promise<void>;
  wake: (() => void) | undefined;
}

/** FNV-1a: the lane of a person, the same for every run. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The concurrency of an import: `count` lanes, each sending its batches one after another, so several batches
 * are in flight at once while every row of one person goes through the same lane in file order (a spending after
 * the allocation it spends). Backpressure: a lane holds at most one batch in flight and one queued; the reader
 * waits for it (and the CSV stream pauses) when both are taken, so memory stays bounded whatever the file's size.
 */
export class Lanes {
  private readonly lanes: Lane[];
  private nextId = 0;

  constructor(
    count: number,
    private readonly batchSize: number,
    private readonly committed: CommittedLine,
    /** Sends a batch; never rejects (it reports its own failures). Not called once `stopped` says so. */
    private readonly run: (batch: Batch) => Promise<void>,
    private readonly stopped: () => boolean,
  ) {
    this.lanes = Array.from({ length: count }, () => ({
      filling: undefined,
      pending: 0,
      tail: Promise.resolve(),
      wake: undefined,
    }));
  }

  /** Adds a checked row to its person's lane; waits while that lane is full. */
  async add(row: CheckedRow): Promise<void> {
    const lane = this.lanes[hash(row.person) % this.lanes.length]!;
    if (!lane.filling) {
      lane.filling = { id: this.nextId++, rows: [] };
      this.committed.begin(lane.filling.id, row.line);
    }
    lane.filling.rows.push(row);
    if (lane.filling.rows.length >= this.batchSize) await this.submit(lane);
  }

  /** Sends what is left in every lane and waits until every batch is answered (or skipped, once stopped). */
  async finish(): Promise<void> {
    if (!this.stopped()) for (const lane of this.lanes) if (lane.filling) await this.submit(lane);
    await Promise.all(this.lanes.map((lane) => lane.tail));
  }

  private async submit(lane: Lane): Promise<void> {
    const batch = lane.filling!;
    lane.filling = undefined;
    lane.pending++;
    lane.tail = lane.tail
      .then(() => (this.stopped() ? undefined : this.run(batch)))
      .finally(() => {
        lane.pending--;
        lane.wake?.();
      });
    while (lane.pending >= 2) await new Promise<void>((resolve) => (lane.wake = resolve));
  }
}
