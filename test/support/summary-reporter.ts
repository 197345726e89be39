import type { Reporter, TestCase, TestModule } from 'vitest/node';

/** The file or a suite around the test failed on its own (an error in a hook), so the test never ran. */
function failedAround(test: TestCase): boolean {
  for (let parent = test.parent; ; parent = parent.parent) {
    if (parent.errors().length > 0) return true;
    if (parent.type === 'module') return false;
  }
}

/**
 * Ends the run with one plain line, "N passed, N failed, N skipped", which any CI log reader understands,
 * after vitest's own summary. A test that did not run because its file failed around it (a `beforeAll` that threw:
 * a missing browser, a database that would not start) counts as failed, not skipped.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed' || failedAround(test)) counts.failed++;
        else counts.skipped++;
      }
    }
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
