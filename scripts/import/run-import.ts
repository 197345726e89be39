import { createReadStream } from 'node:fs';
import { parse, type Info } from 'csv-parse';
import { todayInChina } from '#shared/calendar-date.ts';
import { lastMonthAhead, monthOfDate } from '#shared/year-month.ts';
import { agencyRegionOf } from './agency.ts';
import { CommittedLine } from './committed-line.ts';
import { FatalImportError, GatewayClient } from './gateway-client.ts';
import { readHeader } from './header.ts';
import type { CheckContext, ImportKind } from './kind.ts';
import { Lanes, type Batch } from './lanes.ts';
import { countRows, ImportProgress } from './progress.ts';
import { RejectReport } from './report.ts';
import { CsvRow, RowProblems } from './row.ts';
import { BatchSender } from './send-batch.ts';
import { loadState, saveState, type ImportState } from './state.ts';

export interface ImportOptions {
  kind: ImportKind;
  file: string;
  /** The gateway's GraphQL endpoint. */
  gateway: string;
  /** The agency's bearer token; none in development (the gateway acts as the national administrator). */
  token?: string | undefined;
  /** Batches in flight at once (lanes). */
  concurrency: number;
  /** Rows a request; at most (and by default) the kind's limit: 5000 contributions, 15 enrollments or entries. */
  batchSize?: number | undefined;
  statePath: string;
  reportPath: string;
  /** Check every row, send nothing, keep no state. */
  dryRun: boolean;
  /** Ignore the state of an earlier run and read the file from its first row. */
  restart: boolean;
  /** Draw the progress bar (stderr). */
  progress: boolean;
  /** Stops the run (as Ctrl-C does): no new batch is sent, the ones in flight are awaited, the state is saved. */
  signal?: AbortSignal | undefined;
  /** Stops the run once this many batches are answered: to try resuming. */
  stopAfterBatches?: number | undefined;
}

export interface ImportSummary {
  kind: string;
  /** Data rows read and handled by this run (rows skipped as committed by an earlier run not included). */
  rowsRead: number;
  /** Rows skipped at the start, committed by an earlier run. */
  skipped: number;
  /** Rows that passed the checks in this run. */
  valid: number;
  /** Over every run of this file: rows the hub recorded, rows it already held, rows the checks and the hub rejected. */
  recorded: number;
  unchanged: number;
  rejected: number;
  refused: number;
  batches: number;
  /** Every row up to this line is done (see committed-line.ts). */
  committedLine: number;
  /** The whole file is done. False when stopped or failed: run again to resume. */
  finished: boolean;
  /** Why the run stopped before the end, if it did. */
  stoppedBecause?: string;
  seconds: number;
  reportPath: string;
}

/** The file's header does not fit the kind: nothing was read. */
class HeaderError extends FatalImportError {}

/** Saves the state at most this often while the run goes (and always at its end), in milliseconds. */
const SAVE_EVERY_MS = 1000;

/**
 * Imports one CSV file through the gateway: streams it (csv-parse), checks every row, sends the good ones in
 * batches over several lanes, reports the rejected ones, and keeps the resume state. See README "Bulk import".
 */
export async function runImport(options: ImportOptions): Promise<ImportSummary> {
  const { kind } = options;
  const startedAt = Date.now();
  const earlier = options.dryRun || options.restart ? undefined : await loadState(options.statePath);
  if (earlier && earlier.kind !== kind.name)
    throw new FatalImportError(
      `${options.statePath} is the state of a ${earlier.kind} import, not ${kind.name}: check the kind, or pass --restart.`,
    );
  const skipTo = earlier?.committedLine ?? 1;
  const batchSize = Math.min(options.batchSize ?? kind.sending.maxBatch, kind.sending.maxBatch);
  const report = await RejectReport.open(options.reportPath, skipTo);
  const today = todayInChina();
  const context: CheckContext = {
    today,
    latestMonth: lastMonthAhead(monthOfDate(today)),
    agencyRegion: agencyRegionOf(options.token),
  };
  const committed = new CommittedLine(skipTo);
  const counts = { recorded: earlier?.recorded ?? 0, unchanged: earlier?.unchanged ?? 0, batches: 0 };
  const stop = new AbortController();
  const onAbort = () => stop.abort(options.signal?.reason ?? 'stopped');
  options.signal?.addEventListener('abort', onAbort);
  let stoppedBecause: string | undefined;
  let headerProblem: HeaderError | undefined;
  let columns: string[] = earlier?.columns ?? [];
  let lastSave = 0;
  const state = (finished: boolean): ImportState => ({
    version: 1,
    kind: kind.name,
    columns,
    committedLine: committed.value,
    recorded: counts.recorded,
    unchanged: counts.unchanged,
    finished,
    updatedAt: '',
  });
  const saveSoon = async () => {
    if (options.dryRun || Date.now() - lastSave < SAVE_EVERY_MS) return;
    lastSave = Date.now();
    await saveState(options.statePath, state(false));
  };

  const progress = new ImportProgress(
    options.progress,
    `${options.dryRun ? 'checking' : 'importing'} ${kind.name}`,
    options.progress ? await countRows(options.file) : 0,
    skipTo - 1,
  );
  let rowsRead = 0;
  let valid = 0;
  const rejectedSoFar = () => report.counts.checked + report.counts.refused;
  const showProgress = () => progress.update(committed.value - 1, rejectedSoFar());

  const sender = new BatchSender(kind, new GatewayClient(options.gateway, options.token));
  const send = async (batch: Batch) => {
    try {
      const outcome = await sender.send(batch.rows);
      counts.recorded += outcome.recorded;
      counts.unchanged += outcome.unchanged;
      for (const { row, problems } of outcome.refused) await report.add(row.line, 'refused', row.idNumber, problems);
      committed.end(batch.id);
      counts.batches++;
      if (options.stopAfterBatches !== undefined && counts.batches >= options.stopAfterBatches)
        stop.abort(`stopped after ${counts.batches} batches (--stop-after)`);
      showProgress();
      await saveSoon();
    } catch (error) {
      stop.abort(error instanceof FatalImportError ? error.message : `unexpected: ${(error as Error).stack}`);
    }
  };
  const lanes = new Lanes(options.concurrency, batchSize, committed, send, () => stop.signal.aborted);

  const parser = createReadStream(options.file).pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      if (stop.signal.aborted) break;
      const line = info.lines;
      if (info.records === 1) {
        const header = readHeader(kind, record);
        if ('problem' in header) throw new HeaderError(header.problem);
        if (earlier && earlier.columns.join() !== header.columns.join())
          throw new HeaderError(
            `line 1: the columns differ from those of the run that wrote ${options.statePath}: is it the same file? Pass --restart to import it from the start.`,
          );
        columns = header.columns;
        continue;
      }
      if (line <= skipTo) continue;
      rowsRead++;
      const problems = new RowProblems();
      const values = new Map(columns.map((column, i) => [column, (record[i] ?? '').trim()]));
      const row = new CsvRow(line, values);
      if (record.length !== columns.length)
        problems.add(
          '',
          `the row has ${record.length} fields, the header ${columns.length}: check its commas and quotes`,
        );
      const checked = problems.isEmpty ? kind.check(row, problems, context) : undefined;
      if (!checked) {
        await report.add(line, 'checked', row.get('id_number'), problems.list);
        committed.read(line);
        continue;
      }
      valid++;
      if (options.dryRun) committed.read(line);
      else {
        await lanes.add({ line, ...checked });
        committed.read(line);
      }
      if (rowsRead % 1000 === 0) showProgress();
    }
  } catch (error) {
    if (error instanceof HeaderError) headerProblem = error;
    const message =
      error instanceof FatalImportError
        ? error.message
        : `the file cannot be read as CSV at line ${(error as { lines?: number }).lines ?? '?'}: ${(error as Error).message}; fix it there and run again`;
    stop.abort(message);
  } finally {
    parser.destroy();
    await lanes.finish();
    options.signal?.removeEventListener('abort', onAbort);
  }
  if (headerProblem) {
    progress.stop();
    await report.close();
    throw headerProblem;
  }
  if (stop.signal.aborted) stoppedBecause = String(stop.signal.reason);
  const finished = !stoppedBecause;
  if (!options.dryRun) await saveState(options.statePath, state(finished));
  showProgress();
  progress.stop();
  await report.close();
  return {
    kind: kind.name,
    rowsRead,
    skipped: skipTo - 1,
    valid,
    recorded: counts.recorded,
    unchanged: counts.unchanged,
    rejected: report.counts.checked,
    refused: report.counts.refused,
    batches: counts.batches,
    committedLine: committed.value,
    finished,
    ...(stoppedBecause ? { stoppedBecause } : {}),
    seconds: (Date.now() - startedAt) / 1000,
    reportPath: options.reportPath,
  };
}
