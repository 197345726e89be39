/**
 * `npm run import -- <kind> <file.csv> [options]`: loads a CSV exported from a region's old system through the
 * hub's public GraphQL API, as that region's agency. Kinds: contributions, enrollments, account-entries (columns
 * in README "Bulk import"; examples in docs/import/). Options:
 *   --gateway <url>     the gateway (default http://127.0.0.1:4000/graphql)
 *   --token <bearer>    the agency's token (or HUB_TOKEN); none in development (the national administrator)
 *   --concurrency <n>   batches in flight at once (default 4)
 *   --batch-size <n>    rows a request (default and at most: 5000 contributions, 15 enrollments or entries)
 *   --state <path>      the resume state (default <file>.import-state.json)
 *   --report <path>     the rejected rows (default <file>.import-report.csv)
 *   --dry-run           check every row, send nothing
 *   --restart           ignore an earlier run's state and start from the first row
 *   --stop-after <n>    stop once n batches are answered (to try resuming)
 *   --quiet             no progress bar (it is drawn only on a terminal anyway)
 * Ctrl-C stops it cleanly: batches in flight are awaited and the state saved; run it again to resume.
 * Exit status: 0 when every row was imported, 1 when some were rejected, 2 for bad usage, 3 when stopped early.
 */
import { parseArgs } from 'node:util';
import { IMPORT_KINDS } from './import/kinds.ts';
import { FatalImportError } from './import/gateway-client.ts';
import { runImport, type ImportSummary } from './import/run-import.ts';

const USAGE =
  'Usage: npm run import -- <contributions|enrollments|account-entries> <file.csv> [--gateway <url>] [--token <bearer>] ' +
  '[--concurrency <n>] [--batch-size <n>] [--state <path>] [--report <path>] [--dry-run] [--restart] [--stop-after <n>] [--quiet]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function positive(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--${name}: give a whole number of at least 1, not "${value}"`);
  return n;
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      gateway: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
      token: { type: 'string' },
      concurrency: { type: 'string', default: '4' },
      'batch-size': { type: 'string' },
      state: { type: 'string' },
      report: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      restart: { type: 'boolean', default: false },
      'stop-after': { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
const [kindName, file] = positionals;
const kind = IMPORT_KINDS[kindName ?? ''];
if (!kind) fail(`Give the kind of file first: ${Object.keys(IMPORT_KINDS).join(', ')}.`);
if (!file || positionals.length > 2) fail('Give one CSV file after the kind.');

const controller = new AbortController();
process.once('SIGINT', () => {
  console.error('\nStopping: waiting for the batches in flight, then saving the state (Ctrl-C again to quit at once).');
  controller.abort('stopped by Ctrl-C');
  process.once('SIGINT', () => process.exit(130));
});

let summary: ImportSummary;
try {
  summary = await runImport({
    kind,
    file,
    gateway: values.gateway,
    token: values.token ?? process.env.HUB_TOKEN,
    concurrency: positive('concurrency', values.concurrency)!,
    batchSize: positive('batch-size', values['batch-size']),
    statePath: values.state ?? `${file}.import-state.json`,
    reportPath: values.report ?? `${file}.import-report.csv`,
    dryRun: values['dry-run'],
    restart: values.restart,
    progress: !values.quiet && process.stderr.isTTY === true,
    signal: controller.signal,
    stopAfterBatches: positive('stop-after', values['stop-after']),
  });
} catch (error) {
  if (error instanceof FatalImportError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`The import did not start: ${(error as Error).message}`);
    process.exit(2);
  }
  throw error;
}

const s = summary;
const rate = s.seconds > 0 ? Math.round((s.rowsRead / s.seconds) * 1) : 0;
console.log(
  `${s.kind}: ${s.rowsRead} rows read in ${s.seconds.toFixed(1)} s (${rate} rows/s)` +
    (s.skipped > 0 ? `, ${s.skipped} lines skipped (done by an earlier run)` : '') +
    (values['dry-run']
      ? `; ${s.valid} valid, ${s.rejected} rejected (dry run: nothing sent).`
      : `; over all runs: ${s.recorded} recorded, ${s.unchanged} unchanged, ${s.rejected} rejected by the checks, ${s.refused} refused by the hub.`),
);
if (s.rejected + s.refused > 0) console.log(`Rejected rows, with what to fix: ${s.reportPath}`);
if (!s.finished) {
  console.log(
    `Stopped (${s.stoppedBecause}) with every row up to line ${s.committedLine} done: run the same command again to resume.`,
  );
  process.exit(3);
}
process.exit(s.rejected + s.refused > 0 ? 1 : 0);
