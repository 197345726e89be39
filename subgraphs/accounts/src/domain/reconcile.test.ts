import { describe, expect, it } from 'vitest';
import { reconcile } from './reconcile.ts';

describe('reconciling a transferred balance before crediting it (003 art 9, 000 art 10)', () => {
  it.each([
    ['matches the Info Sheet', { declared: 150000n, sent: 150000n, received: 150000n, spentAfterInfoSheet: 0n }, { ok: true, credit: 150000n, explained: 0n }],
    [
      'is short by exactly the spending after the Info Sheet (000 art 10)',
      { declared: 150000n, sent: 141550n, received: 141550n, spentAfterInfoSheet: 8450n },
      { ok: true, credit: 141550n, explained: 8450n },
    ],
    [
      'is short by more than the spending explains',
      { declared: 150000n, sent: 140000n, received: 140000n, spentAfterInfoSheet: 8450n },
      {
        ok: false,
        problem:
          "the amount received, 1400.00, differs from the Info Sheet's 1500.00 by -100.00; spending after the Info Sheet explains 84.50, leaving 15.50 unexplained (000 art 10): settle it with the out-region agency",
      },
    ],
    [
      'is more than the Info Sheet',
      { declared: 150000n, sent: 150100n, received: 150100n, spentAfterInfoSheet: 0n },
      {
        ok: false,
        problem:
          "the amount received, 1501.00, differs from the Info Sheet's 1500.00 by 1.00; spending after the Info Sheet explains 0.00, leaving 1.00 unexplained (000 art 10): settle it with the out-region agency",
      },
    ],
    [
      'is not what was sent (003 art 9)',
      { declared: 150000n, sent: 150000n, received: 149999n, spentAfterInfoSheet: 0n },
      {
        ok: false,
        problem: 'the amount received, 1499.99, is not the 1500.00 the out-region sent (difference -0.01): check the amount on the bank statement',
      },
    ],
  ])('the amount received %s', (_, facts, outcome) => {
    expect(reconcile(facts)).toEqual(outcome);
  });
});
