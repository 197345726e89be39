/**
 * `npm run bench`: how long the contribution rules take for a long history — 30 years in four regions, with
 * duplicate months at every move — measured over many runs (a benchmark, not a timed test).
 */
import { contributionPeriods } from '../subgraphs/contributions/src/domain/contribution-periods.ts';
import { contributionYears } from '../subgraphs/contributions/src/domain/contribution-years.ts';
import { duplicateMonths } from '../subgraphs/contributions/src/domain/duplicates.ts';
import { paidRows } from '../subgraphs/contributions/src/domain/history.fixtures.ts';
import { benefitContinuity } from '../subgraphs/transfers/src/domain/benefit-continuity.ts';
import type { CalendarDate } from '#shared/calendar-date.ts';

const history = [
  ...paidRows('410100', '1995-01', '2002-08', { paidDay: 5 }),
  ...paidRows('440100', '2002-07', '2010-03', { paidDay: 25 }),
  ...paidRows('120000', '2010-02', '2017-12', { paidDay: 25 }),
  ...paidRows('350100', '2017-11', '2024-12', { paidDay: 25 }),
];
const deemed = [
  {
    id: 'd',
    personId: 'p',
    regionCode: '410100',
    months: 36,
    reason: 'MILITARY_SERVICE' as const,
    recordedAt: new Date(0),
  },
];

function measure(name: string, run: () => unknown, iterations = 20_000): void {
  for (let i = 0; i < 5_000; i++) run(); // warm up: let the JIT compile it first
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) run();
  const perRun = Number(process.hrtime.bigint() - start) / iterations / 1000;
  console.log(`${name.padEnd(40)} ${perRun.toFixed(1).padStart(8)} µs per run`);
}

console.log(`History: ${history.length} monthly records, 30 years, 4 regions, 6 duplicate months\n`);
measure('contributionYears', () => contributionYears(history, deemed));
measure('contributionYears as Tianjin counts', () => contributionYears(history, deemed, '120000'));
measure('contributionPeriods', () => contributionPeriods(history));
measure('duplicateMonths', () => duplicateMonths(history));
measure('benefitContinuity', () =>
  benefitContinuity({
    history,
    fromRegion: '120000',
    toRegion: '350100',
    kind: 'EMPLOYEE_TO_EMPLOYEE',
    appliedOn: '2025-01-10' as CalendarDate,
  }),
);
