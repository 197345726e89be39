import { parseCalendarDate, type CalendarDate } from '#shared/calendar-date.ts';
import type { InsuranceType } from '#shared/insurance.ts';
import { firstDayOf, monthOfDate, type YearMonth } from '#shared/year-month.ts';
import { policyFor, type ExemptGroup, type RegionPolicy } from '#shared/rules/region-policy.ts';

export type TransferKind =
  'EMPLOYEE_TO_EMPLOYEE' | 'RESIDENT_TO_RESIDENT' | 'EMPLOYEE_TO_RESIDENT' | 'RESIDENT_TO_EMPLOYEE';

const TYPES: Record<TransferKind, readonly [from: InsuranceType, to: InsuranceType]> = {
  EMPLOYEE_TO_EMPLOYEE: ['EMPLOYEE', 'EMPLOYEE'],
  RESIDENT_TO_RESIDENT: ['RESIDENT', 'RESIDENT'],
  EMPLOYEE_TO_RESIDENT: ['EMPLOYEE', 'RESIDENT'],
  RESIDENT_TO_EMPLOYEE: ['RESIDENT', 'EMPLOYEE'],
};

/** The scheme a transfer of this kind leaves and the one it joins (003 art 5). */
export const insuranceTypesOf = (kind: TransferKind) => TYPES[kind];

/** One month of a person's history, as the contributions subgraph records it. */
export interface MonthRecord {
  month: YearMonth;
  regionCode: string;
  insuranceType: InsuranceType;
  paidOn: string | null;
  kind: 'REGULAR' | 'BACK_PAY';
}

/** What the enrollment subgraph records of the person that the rules use (002 art 12, 14). */
export interface PersonFacts {
  exemptions: readonly { group: ExemptGroup; year: number }[];
  /** Months covered by another public medical scheme. */
  otherSchemeCover: readonly { fromMonth: YearMonth; toMonth: YearMonth }[];
}

export interface ContinuityQuestion {
  history: readonly MonthRecord[];
  fromRegion: string;
  toRegion: string;
  kind: TransferKind;
  appliedOn: CalendarDate;
  /** The out-region enrollment being transferred: when it began, and when it was suspended or terminated. */
  outEnrollment?: { startMonth: YearMonth; endedOn: CalendarDate | null } | null;
  facts?: PersonFacts;
}

/** The resident contribution rate a switch to resident insurance is paid at (002 art 13). */
export type ResidentRate = 'INDIVIDUAL' | 'INDIVIDUAL_PLUS_SUBSIDY';

export interface BenefitContinuity {
  /** Months between the last month covered before the move and the first paid after it (or the application month). */
  gapMonths: number;
  backPayAllowed: boolean;
  waitingPeriodMonths: number;
  /** A waiting period counted in days from the day of payment (Fujian's late resident payers). */
  waitingPeriodDays: number;
  /** Share of full benefits paid during the waiting period; 1 when there is none. */
  waitingBenefitRatio: number;
  /** Benefits for the gap months can be claimed afterwards. */
  retroactive: boolean;
  /** The day the relationship in the in-region takes effect (002 art 11, 13; the first month covered elsewhere). */
  effectiveFrom: CalendarDate;
  /** For a switch to resident insurance where the province sets it (002 art 13): the rate it is paid at. */
  residentRate: ResidentRate | null;
  /** The articles applied. */
  rule: string;
}

const TWO_YEARS = 24;
const firstDay = (month: YearMonth) => firstDayOf(month) as CalendarDate;
const yearOf = (month: YearMonth) => Math.floor(month / 12);
const monthInYear = (month: YearMonth) => (month % 12) + 1;
const nextDay = (date: CalendarDate) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return parseCalendarDate(day.toISOString().slice(0, 10))!;
};

/** Months covered by another public scheme, where the deciding region's rules let them bridge a gap (002 art 14). */
function coveredMonths(policy: RegionPolicy, facts: PersonFacts | undefined): Set<number> {
  if (!policy.otherSchemeCoverBridgesGap.value) return new Set();
  const months = new Set<number>();
  for (const cover of facts?.otherSchemeCover ?? [])
    for (let m = cover.fromMonth; m <= cover.toMonth; m++) months.add(m);
  return months;
}

/** The unbroken run of covered months (paid, or bridged by another scheme, which does not count) ending at `month`. */
function runEndingAt(paid: ReadonlySet<number>, bridged: ReadonlySet<number>, month: number): number {
  let run = 0;
  for (let m = month; paid.has(m) || bridged.has(m); m--) if (paid.has(m)) run++;
  return run;
}

/** The facts every clause reads, computed once. */
function factsOf(question: ContinuityQuestion) {
  const { history, fromRegion, toRegion, appliedOn } = question;
  // The scheme left and the scheme joined: in a switch within one region (003 art 14) the region is the same.
  const [fromType, toType] = insuranceTypesOf(question.kind);
  const inPolicy = policyFor(toRegion);
  const outPolicy = policyFor(fromRegion);
  const bridged = coveredMonths(inPolicy, question.facts);
  const paidInTime = history.filter((record) => record.paidOn !== null && record.kind === 'REGULAR');
  const everPaid = new Set(history.filter((record) => record.paidOn !== null).map((record) => record.month as number));
  const before = paidInTime
    .filter((record) => record.regionCode === fromRegion && record.insuranceType === fromType)
    .map((record) => record.month);
  const lastBefore: number | undefined = before.length > 0 ? Math.max(...before) : undefined;
  // 004 art 16: a resident who paid the whole year and suspended keeps benefits (stays covered) to the year's end,
  // so the months paid after the suspension count: said in the rule.
  const residentYearPaid = (year: number) =>
    Array.from({ length: 12 }, (_, i) => year * 12 + i).every((m) =>
      history.some(
        (record) =>
          record.month === m &&
          record.regionCode === fromRegion &&
          record.insuranceType === 'RESIDENT' &&
          record.paidOn !== null,
      ),
    );
  const endedMonth = question.outEnrollment?.endedOn ? monthOfDate(question.outEnrollment.endedOn) : undefined;
  const keptYear =
    lastBefore !== undefined &&
    endedMonth !== undefined &&
    endedMonth < lastBefore &&
    outPolicy.fullyPaidResidentKeepsYear.value &&
    residentYearPaid(Math.floor(endedMonth / 12));
  const after = paidInTime.filter(
    (record) =>
      record.regionCode === toRegion &&
      record.insuranceType === toType &&
      (lastBefore === undefined || record.month > lastBefore),
  );
  const firstAfter = after.length > 0 ? Math.min(...after.map((record) => record.month)) : monthOfDate(appliedOn);
  const gap =
    lastBefore === undefined
      ? []
      : Array.from({ length: Math.max(0, firstAfter - lastBefore - 1) }, (_, i) => lastBefore! + 1 + i);
  const uncovered = gap.filter((month) => !bridged.has(month));
  // The first payment in the in-region made on or after the application: the month it takes effect in (002 art 11).
  const payments = history
    .filter(
      (record) =>
        record.regionCode === toRegion &&
        record.insuranceType === toType &&
        record.paidOn !== null &&
        record.paidOn >= appliedOn,
    )
    .map((record) => record.paidOn!)
    .sort();
  return {
    inPolicy,
    outPolicy,
    bridged,
    everPaid,
    lastBefore,
    keptYear,
    firstAfter,
    gapMonths: uncovered.length,
    gapBackPaid: uncovered.every((month) => everPaid.has(month)),
    bridgedAny: gap.length > uncovered.length,
    paymentMonth: payments.length > 0 ? monthOfDate(payments[0] as CalendarDate) : monthOfDate(appliedOn),
  };
}

/**
 * Benefit continuity (待遇衔接) for a move: whether the gap can be back-paid with no waiting period, or which
 * waiting period the in-region sets, and when the relationship takes effect (003 art 11; Fujian 002 art 11–14;
 * Henan 004 art 12, 16; Guangdong 000 art 12). Every province rule comes from the in-region's `RegionPolicy` (the
 * out-region's for 004 art 16, which is about the benefits it keeps).
 *
 * The gap runs from the last month covered before the move (paid in time in the out-region; to the year's end
 * for a fully paid resident where 004 art 16 applies) to the first month paid in time in the in-region after it,
 * or the application month; months covered by another public scheme are not part of it where 002 art 14 applies.
 * A gap of up to 3 months is shown as back-paid (003 art 11 allows it, and that is what removes the waiting
 * period), except where the in-region states the outcome without back-pay (Fujian), which is then shown as the
 * contributions stand, with `backPayAllowed` and the rule saying what back-paying would change.
 */
export function benefitContinuity(question: ContinuityQuestion): BenefitContinuity {
  if (question.kind === 'RESIDENT_TO_RESIDENT') return residentContinuity(question);
  const facts = factsOf(question);
  if (question.kind === 'EMPLOYEE_TO_RESIDENT') {
    const timed = employeeToResidentTiming(question, facts);
    if (timed) return timed;
  }
  return employeeContinuity(question, facts);
}

function employeeContinuity(question: ContinuityQuestion, facts: ReturnType<typeof factsOf>): BenefitContinuity {
  const { kind } = question;
  const { inPolicy: policy, lastBefore, gapMonths, gapBackPaid } = facts;
  const switching = kind === 'EMPLOYEE_TO_RESIDENT' || kind === 'RESIDENT_TO_EMPLOYEE';
  const rules: string[] = [];
  if (facts.keptYear)
    rules.push(`${facts.outPolicy.fullyPaidResidentKeepsYear.rule}: the fully paid resident year is kept to its end`);
  if (facts.bridgedAny)
    rules.push(
      `${policy.otherSchemeCoverBridgesGap.rule}: months under another public scheme are no interruption (and no contribution years)`,
    );
  const insuredRun = lastBefore === undefined ? 0 : runEndingAt(facts.everPaid, facts.bridged, lastBefore);
  const effectiveByPayment = policy.effectiveFromPaymentMonth.value;
  const effectiveFrom = (month: number) => firstDay((effectiveByPayment ? facts.paymentMonth : month) as YearMonth);
  const twoYears = !switching || insuredRun >= TWO_YEARS;
  const waiting = (months: number, reason: string): BenefitContinuity => {
    const ratio = policy.waitingPeriod.value.benefitRatio;
    rules.unshift(
      `${policy.waitingPeriod.rule}: ${reason}, waiting period ${months} month(s)` +
        (ratio > 0 ? ` at ${ratio * 100}% of benefits` : ' without benefits'),
    );
    if (effectiveByPayment) rules.push(`${policy.effectiveFromPaymentMonth.rule}: effective from the month of payment`);
    const days = question.kind === 'EMPLOYEE_TO_RESIDENT' ? lateResidentDays(question) : { days: 0, rule: '' };
    if (days.rule) rules.push(days.rule);
    const backPayChanges =
      policy.waitingPeriod.value.withBackPayMonths < policy.waitingPeriod.value.withoutBackPayMonths;
    return {
      gapMonths,
      backPayAllowed:
        twoYears &&
        ((gapMonths > 0 && gapMonths <= 3 && !gapBackPaid) || (gapMonths > 3 && backPayChanges && !gapBackPaid)),
      waitingPeriodMonths: months,
      waitingPeriodDays: days.days,
      waitingBenefitRatio: ratio,
      retroactive: false,
      effectiveFrom: effectiveFrom(facts.firstAfter),
      residentRate: null,
      rule: rules.join('; '),
    };
  };

  if (lastBefore === undefined) {
    const months = policy.newEnrolleesWait.value
      ? policy.waitingPeriod.value.withBackPayMonths
      : policy.waitingPeriod.value.withoutBackPayMonths;
    rules.push(
      `003 art 11: no earlier contributions in the out-region, treated as a new enrollment${policy.newEnrolleesWait.value ? ` (${policy.newEnrolleesWait.rule})` : ''}`,
    );
    return waiting(months, 'a new enrollment');
  }
  if (switching)
    rules.push(`003 art 11 para 2: switching schemes needs 2 years of continuous insurance (${insuredRun} months)`);
  if (gapMonths <= 3 && twoYears) {
    const backPaid = gapMonths === 0 || gapBackPaid;
    if (policy.retroactiveToPreviousStart.value && !backPaid) {
      // 002 art 11: without back-pay the relationship waits as a gap without back-pay does.
      rules.push(
        `${policy.retroactiveToPreviousStart.rule}: back-paying the gap makes it effective back to the previous relationship's start, with no waiting period`,
      );
      return waiting(policy.waitingPeriod.value.withoutBackPayMonths, `gap of ${gapMonths} month(s) not back-paid`);
    }
    rules.unshift(
      `003 art 11: gap of ${gapMonths} month(s) ≤ 3, back-pay allowed, no waiting period, benefits retroactive`,
    );
    if (policy.backPayCondition) rules.push(`${policy.backPayCondition.rule}: ${policy.backPayCondition.value}`);
    const retroStart =
      policy.retroactiveToPreviousStart.value && question.outEnrollment
        ? question.outEnrollment.startMonth
        : lastBefore + 1;
    if (policy.retroactiveToPreviousStart.value)
      rules.push(`${policy.retroactiveToPreviousStart.rule}: effective back to the previous relationship's start`);
    return {
      gapMonths,
      backPayAllowed: gapMonths > 0 && !gapBackPaid,
      waitingPeriodMonths: 0,
      waitingPeriodDays: 0,
      waitingBenefitRatio: 1,
      retroactive: true,
      effectiveFrom: firstDay(retroStart as YearMonth),
      residentRate: null,
      rule: rules.join('; '),
    };
  }
  const { withBackPayMonths, withoutBackPayMonths } = policy.waitingPeriod.value;
  return waiting(
    gapBackPaid ? withBackPayMonths : withoutBackPayMonths,
    `gap of ${gapMonths} month(s)${gapBackPaid ? ', back-paid' : ''}`,
  );
}

/**
 * 002 art 13: a person in employee insurance by February of a year who suspends or terminates it and joins
 * resident insurance: a gap up to 3 months goes back to the month after; more than 3 months, not retroactive, at
 * the individual rate when joined by the end of June and with the fiscal subsidy after, and art 12's late-payer
 * wait; employee insurance ended from October 1 with next year's resident contribution paid in the year: seamless
 * from the day after. Null where the in-region sets no such timing, or the person does not fall under it.
 */
function employeeToResidentTiming(
  question: ContinuityQuestion,
  facts: ReturnType<typeof factsOf>,
): BenefitContinuity | null {
  const timing = facts.inPolicy.employeeToResident;
  const out = question.outEnrollment;
  if (!timing || !out?.endedOn) return null;
  const { employeeByMonth, retroactiveGapMonths, subsidyAfterMonth, seamlessFromMonth } = timing.value;
  const endedMonth = monthOfDate(out.endedOn);
  const year = yearOf(endedMonth);
  if (out.startMonth > year * 12 + employeeByMonth - 1) return null;
  const residentPayments = question.history
    .filter(
      (record) =>
        record.regionCode === question.toRegion && record.insuranceType === 'RESIDENT' && record.paidOn !== null,
    )
    .sort((a, b) => a.paidOn!.localeCompare(b.paidOn!));
  const base = {
    backPayAllowed: false,
    waitingPeriodMonths: 0,
    waitingBenefitRatio: 1,
    residentRate: 'INDIVIDUAL' as ResidentRate,
  };
  const nextYearPaidInYear = residentPayments.some(
    (record) => yearOf(record.month) === year + 1 && record.paidOn! <= `${year}-12-31`,
  );
  if (monthInYear(endedMonth) >= seamlessFromMonth && nextYearPaidInYear) {
    return {
      ...base,
      gapMonths: 0,
      waitingPeriodDays: 0,
      retroactive: true,
      effectiveFrom: nextDay(out.endedOn),
      rule: `${timing.rule} para 4: employee insurance ended on or after ${seamlessFromMonth}/1 and next year's resident contribution paid in the year: seamless from the next day`,
    };
  }
  const joined = residentPayments[0]?.paidOn ?? question.appliedOn;
  const gapMonths = Math.max(0, monthOfDate(joined as CalendarDate) - endedMonth - 1);
  if (gapMonths <= retroactiveGapMonths) {
    return {
      ...base,
      gapMonths,
      waitingPeriodDays: 0,
      retroactive: true,
      effectiveFrom: firstDay((endedMonth + 1) as YearMonth),
      rule: `${timing.rule} para 2: gap of ${gapMonths} month(s) ≤ ${retroactiveGapMonths}, back to the month after employee insurance ended, at the year's individual rate`,
    };
  }
  const subsidy = joined > `${year}-${String(subsidyAfterMonth).padStart(2, '0')}-30`;
  const days = lateResidentDays(question);
  return {
    ...base,
    gapMonths,
    waitingPeriodDays: days.days,
    waitingBenefitRatio: days.days > 0 ? 0 : 1,
    retroactive: false,
    effectiveFrom: firstDay(monthOfDate(joined as CalendarDate)),
    residentRate: subsidy ? 'INDIVIDUAL_PLUS_SUBSIDY' : 'INDIVIDUAL',
    rule: [
      `${timing.rule} para 3: gap of ${gapMonths} month(s), not retroactive, joined ${subsidy ? 'after' : 'by'} the end of month ${subsidyAfterMonth}: ` +
        `${subsidy ? 'the individual rate plus the fiscal subsidy' : 'the individual rate'}`,
      ...(days.rule ? [days.rule] : []),
    ].join('; '),
  };
}

/**
 * Resident insurance is paid by the year: a move between resident schemes takes effect with the next year's
 * enrollment (003 art 5(2)), with no gap rule of its own; a late payer may wait (002 art 12).
 */
function residentContinuity(question: ContinuityQuestion): BenefitContinuity {
  const days = lateResidentDays(question);
  const firstResident = question.history
    .filter((record) => record.regionCode === question.toRegion && record.insuranceType === 'RESIDENT')
    .sort((a, b) => a.month - b.month)[0];
  const rule = [
    "003 art 5(2): resident insurance moves with the next year's enrollment",
    days.rule || 'no waiting period',
  ].join('; ');
  return {
    gapMonths: 0,
    backPayAllowed: false,
    waitingPeriodMonths: 0,
    waitingPeriodDays: days.days,
    waitingBenefitRatio: days.days > 0 ? 0 : 1,
    retroactive: false,
    effectiveFrom: firstDay(firstResident?.month ?? monthOfDate(question.appliedOn)),
    residentRate: null,
    rule,
  };
}

/**
 * 002 art 12: a resident who pays after the month it covers began waits this many days from the payment, except
 * newborns, new students and people in hardship (as the enrollment subgraph records them, for that year).
 */
function lateResidentDays({ history, toRegion, facts }: ContinuityQuestion): { days: number; rule: string } {
  const late = policyFor(toRegion).lateResidentWaiting;
  if (!late) return { days: 0, rule: '' };
  const first = history
    .filter((record) => record.regionCode === toRegion && record.insuranceType === 'RESIDENT' && record.paidOn !== null)
    .sort((a, b) => a.month - b.month)[0];
  if (!first || monthOfDate(first.paidOn as CalendarDate) <= first.month) return { days: 0, rule: '' };
  const year = yearOf(first.month);
  const exempt = facts?.exemptions.find(
    (exemption) => exemption.year === year && late.value.exempt.includes(exemption.group),
  );
  if (exempt) return { days: 0, rule: `${late.rule}: paid late, but exempt from the waiting period (${exempt.group})` };
  return { days: late.value.days, rule: `${late.rule}: paid late, ${late.value.days}-day waiting period from payment` };
}
