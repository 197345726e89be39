/**
 * `npm run soak`: the bank test of `npm test` at 1,000 transfers (SOAK_TRANSFERS to change it), concurrency 16,
 * with entries racing every step and the transfers and accounts services killed at random, on a throwaway
 * PostgreSQL. Prints the report; exits with 1 when any of the bank's properties does not hold.
 */
import { runBank } from '../test/support/bank-run.ts';
import { throwawayDatabase } from './lib/throwaway-database.ts';

const transfers = Number(process.env.SOAK_TRANSFERS ?? 1000);
const database = await throwawayDatabase();
try {
  const report = await runBank({
    serverUrl: database.url,
    transfers,
    concurrency: 16,
    log: (line) => console.log(line),
  });
  console.log(
    `${report.transfers} transfers in ${report.seconds} s; ${report.kills.accounts} accounts and ${report.kills.transfers} transfers kills; ` +
      `${report.entries.accepted} entries accepted, ${report.entries.refused} refused`,
  );
  if (report.violations.length > 0) {
    console.error(`Violations:\n${report.violations.map((line) => `- ${line}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('Money conserved to the fen, nothing in transit, nothing stuck, every transfer moved exactly once.');
  }
} finally {
  await database.stop();
}
