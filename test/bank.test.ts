import { describe, expect, inject, it } from 'vitest';
import { runBank } from './support/bank-run.ts';

/**
 * Issue 11's bank-style test, at a size that keeps `npm test` short; `npm run soak` runs it at 1,000 transfers.
 * 200 transfers at concurrency 16, entries racing every step, the transfers and accounts services killed at random,
 * one transfer made to fail until an operator fixes it and retries.
 */
describe('the bank test: transfers under load and crashes', () => {
  it('conserves money to the fen, leaves nothing in transit or stuck, and moves each transfer’s money exactly once', async () => {
    const report = await runBank({ serverUrl: inject('databaseServerUrl'), transfers: 200, concurrency: 16 });
    expect(report.violations).toEqual([]);
    expect(report.kills.accounts + report.kills.transfers).toBeGreaterThan(0);
    expect(report.entries.accepted).toBeGreaterThan(200);
  }, 600_000);
});
