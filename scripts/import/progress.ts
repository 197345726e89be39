import { createReadStream } from 'node:fs';
import cliProgress from 'cli-progress';

/**
 * The progress bar on stderr (cli-progress): rows done of the file's rows, rows per second over this run, rows
 * rejected, and the time left. Off when stderr is not a terminal or with --quiet; then nothing is drawn.
 */
export class ImportProgress {
  private readonly bar: cliProgress.SingleBar | undefined;
  private readonly startedAt = Date.now();
  /** `total`: the file's data rows; `alreadyDone`: rows committed by an earlier run, skipped (not in the rate). */
  constructor(
    enabled: boolean,
    label: string,
    total: number,
    private readonly alreadyDone: number,
  ) {
    if (!enabled) return;
    this.bar = new cliProgress.SingleBar(
      {
        format: `${label} |{bar}| {percentage}% | {value}/{total} rows | {rate} rows/s | {rejected} rejected | ETA {eta_formatted}`,
        stream: process.stderr,
        fps: 5,
        etaBuffer: 50,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(total, alreadyDone, { rate: 0, rejected: 0 });
  }

  /** `done`: rows of the file done (skipped as committed by an earlier run included); `rejected`: rows reported. */
  update(done: number, rejected: number): void {
    if (!this.bar) return;
    const seconds = (Date.now() - this.startedAt) / 1000;
    const rate = seconds > 0 ? Math.round((done - this.alreadyDone) / seconds) : 0;
    this.bar.update(done, { rate, rejected });
  }

  stop(): void {
    this.bar?.stop();
  }
}

/** The number of data rows of a CSV file, counted by its line feeds (header and a blank last line left out), streamed. */
export async function countRows(path: string): Promise<number> {
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) lines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  if (last !== 0x0a) lines++;
  return Math.max(0, lines - 1);
}
