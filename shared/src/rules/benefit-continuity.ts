import type { CalendarDate } from '../calendar-date.ts';
import type { InsuranceType } from '../insurance.ts';
import { monthOfDate, type YearMonth } from '../year-month.ts';
import { policyFor } from './region-policy.ts';

export type TransferKind = 'EMPLOYEE_TO_EMPLOYEE' | 'RESIDENT_TO_RESIDENT' | 'EMPLOYEE_TO_RESIDENT' | 'RESIDENT_TO_EMPLOYEE';

/** One month of a person's history, as the contributions subgraph records it. */
export interface MonthRecord {
  month: YearMonth;
  regionCode: string;
  insuranceType: InsuranceType;
  paidOn: string | null;
  kind: 'REGULAR' | 'BACK_PAY';
}

export interface ContinuityQuestion {
  history: readonly MonthRecord[];
  fromRegion: string;
  toRegion: string;
  kind: TransferKind;
  appliedOn: CalendarDate;
}

export interface BenefitContinuity {
  /** Months between the last month paid before the move and the first paid after it (or the application month). */
  gapMonths: number;
  backPayAllowed: boolean;
  waitingPeriodMonths: number;
  /** A waiting period counted in days from the day of payment (Fujian's late resident payers). */
  waitingPeriodDays: number;
  /** Share of full benefits paid during the waiting period; 1 when there is none. */
  waitingBenefitRatio: number;
  /** Benefits for the gap months can be claimed afterwards. */
  retroactive: boolean;
  /** The articles applied. */
  rule: string;
}

const TWO_YEARS = 24;

/** The unbroken run of paid months of any kind ending at `month`. */
function runEndingAt(paid: ReadonlySet<number>, month: number): number {
  let run = 0;
  while (paid.has(month - run)) run++;
  return run;
}

/**
 * Benefit continuity (待遇衔接) for a move: whether the gap can be back-paid with no waiting period, or which
 * waiting period the in-region sets (003 art 11; Fujian 002 art 11–12; Henan 004 art 12; Guangdong 000 art 12).
 *
 * The gap runs from the last month paid in time (REGULAR) in the out-region to the first paid in time in the
 * in-region after it, or to the application month when there is none yet; back-payments (BACK_PAY) do not
 * close it, they decide Fujian's shorter waiting period.
 */
export function benefitContinuity(question: ContinuityQuestion): BenefitContinuity {
  const { history, fromRegion, toRegion, kind, appliedOn } = question;
  const policy = policyFor(toRegion);
  const paidInTime = history.filter((record) => record.paidOn !== null && record.kind === 'REGULAR');
  const everPaid = new Set(history.filter((record) => record.paidOn !== null).map((record) => record.month as number));
  const before = paidInTime.filter((record) => record.regionCode === fromRegion).map((record) => record.month);
  const lastBefore = before.length > 0 ? Math.max(...before) : undefined;
  const after = paidInTime
    .filter((record) => record.regionCode === toRegion && (lastBefore === undefined || record.month > lastBefore))
    .map((record) => record.month);
  const firstAfter = after.length > 0 ? Math.min(...after) : monthOfDate(appliedOn);
  const gapMonths = lastBefore === undefined ? 0 : Math.max(0, firstAfter - lastBefore - 1);
  const gap = Array.from({ length: gapMonths }, (_, i) => lastBefore! + 1 + i);
  const gapBackPaid = gapMonths > 0 && gap.every((month) => everPaid.has(month));

  const toResident = kind === 'EMPLOYEE_TO_RESIDENT' || kind === 'RESIDENT_TO_RESIDENT';
  if (kind === 'RESIDENT_TO_RESIDENT') return residentContinuity(question, gapMonths);

  const switching = kind === 'EMPLOYEE_TO_RESIDENT' || kind === 'RESIDENT_TO_EMPLOYEE';
  const insuredRun = lastBefore === undefined ? 0 : runEndingAt(everPaid, lastBefore);
  const rules: string[] = [];
  let qualifies = lastBefore !== undefined && gapMonths <= 3;
  if (lastBefore === undefined) rules.push('003 art 11: no earlier contributions in the out-region, treated as a new enrollment');
  if (switching) {
    rules.push(`003 art 11 para 2: switching schemes needs 2 years of continuous insurance (${insuredRun} months)`);
    qualifies &&= insuredRun >= TWO_YEARS;
  }
  if (qualifies) {
    rules.unshift(`003 art 11: gap of ${gapMonths} month(s) ≤ 3, back-pay allowed, no waiting period, benefits retroactive`);
    if (policy.backPayCondition) rules.push(`${policy.backPayCondition.rule}: ${policy.backPayCondition.value}`);
    if (policy.profile === 'FUJIAN') rules.push("002 art 11: effective back to the previous relationship's start");
    return { gapMonths, backPayAllowed: true, waitingPeriodMonths: 0, waitingPeriodDays: 0, waitingBenefitRatio: 1, retroactive: true, rule: rules.join('; ') };
  }
  const waiting = policy.waitingPeriod;
  const fujianBackPay = policy.profile === 'FUJIAN';
  const months = gapBackPaid ? waiting.value.withBackPayMonths : waiting.value.withoutBackPayMonths;
  rules.unshift(
    `${waiting.rule}: gap of ${gapMonths} month(s)${gapBackPaid ? ', back-paid' : ''}, waiting period ${months} month(s)` +
      (waiting.value.benefitRatio > 0 ? ` at ${waiting.value.benefitRatio * 100}% of benefits` : ' without benefits'),
  );
  const residentDays = toResident ? lateResidentDays(question) : 0;
  return {
    gapMonths,
    backPayAllowed: fujianBackPay,
    waitingPeriodMonths: months,
    waitingPeriodDays: residentDays,
    waitingBenefitRatio: waiting.value.benefitRatio,
    retroactive: false,
    rule: rules.join('; '),
  };
}

/**
 * Resident insurance is paid by the year: a move between resident schemes takes effect with the next year's
 * enrollment (003 art 5(2)), with no gap rule of its own. Fujian sets a 60-day waiting period, from the day of
 * payment, for residents who pay late (002 art 12); the exempt groups (newborns, new students, people in
 * hardship) are not recorded here, so the period is shown and the agency waives it for them.
 */
function residentContinuity(question: ContinuityQuestion, gapMonths: number): BenefitContinuity {
  const days = lateResidentDays(question);
  const rule = days > 0
    ? `003 art 5(2): resident insurance moves with the next year's enrollment; 002 art 12: paid late, ${days}-day waiting period from payment`
    : "003 art 5(2): resident insurance moves with the next year's enrollment; no waiting period";
  return { gapMonths, backPayAllowed: false, waitingPeriodMonths: 0, waitingPeriodDays: days, waitingBenefitRatio: days > 0 ? 0 : 1, retroactive: false, rule };
}

/** Fujian's 60 days when the first resident payment in the in-region came after the month it covers began. */
function lateResidentDays({ history, toRegion }: ContinuityQuestion): number {
  const rule = policyFor(toRegion).lateResidentWaitingDays;
  if (!rule) return 0;
  const residentHere = history
    .filter((record) => record.regionCode === toRegion && record.insuranceType === 'RESIDENT' && record.paidOn !== null)
    .sort((a, b) => a.month - b.month)[0];
  if (!residentHere) return 0;
  return monthOfDate(residentHere.paidOn!) > residentHere.month ? rule.value : 0;
}
