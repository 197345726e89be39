import type { CalendarDate } from '#shared/calendar-date.ts';
import { INSURANCE_TYPE_NAMES, type InsuranceType } from '#shared/insurance.ts';
import { findRegion } from '#shared/regions/regions.ts';
import { insuranceTypesOf, type TransferKind } from './benefit-continuity.ts';
import { policyFor } from '#shared/rules/region-policy.ts';
import { formatYearMonth, monthOfDate, type YearMonth } from '#shared/year-month.ts';
import type { Reason } from '../db/entities/transfer.ts';

/** What the other subgraphs know of the person, gathered before the checks. */
export interface EnrollmentFact {
  regionCode: string;
  insuranceType: InsuranceType;
  status: 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';
  startMonth: YearMonth;
  /** The last month covered, once suspended or terminated. */
  endMonth: YearMonth | null;
}

export interface ApplicationFacts {
  /** Null when no agency has enrolled the person. */
  enrollments: EnrollmentFact[] | null;
  /** The day the person retired, when an agency recorded it. */
  retiredOn: CalendarDate | null;
  /** Months owed in the out-region. */
  arrearsInOutRegion: YearMonth[];
  hasOpenTransfer: boolean;
}

export interface Application {
  kind: TransferKind;
  fromRegion: string;
  toRegion: string;
  on: CalendarDate;
}

const regionName = (code: string) => `${findRegion(code)?.name ?? code} (${code})`;

/**
 * The checks both regions run when the application is made (校验规则前置, 003 art 7). Every failed check is
 * returned, so the applicant hears all of them at once (一次性告知).
 */
export function preValidate(application: Application, facts: ApplicationFacts): Reason[] {
  const { kind, fromRegion, toRegion, on } = application;
  const [fromType, toType] = insuranceTypesOf(kind);
  const reasons: Reason[] = [];
  const add = (code: string, message: string) => reasons.push({ code, message });

  if (facts.enrollments === null) {
    add('PERSON_NOT_ENROLLED', 'No agency has enrolled this person: enroll them in the in-region first (003 art 7).');
    return reasons;
  }
  if (facts.retiredOn !== null && facts.retiredOn <= on) {
    add(
      'RETIREE_NOT_COVERED',
      `The person retired on ${facts.retiredOn}: these transfer measures are for insured people other than retirees (003 art 2).`,
    );
  }
  const outPolicy = policyFor(fromRegion);
  const out = facts.enrollments.filter((e) => e.regionCode === fromRegion && e.insuranceType === fromType);
  const latestOut = out.sort((a, b) => b.startMonth - a.startMonth)[0];
  const mustTerminate = fromType === 'EMPLOYEE' && outPolicy.employeeOutMustBeTerminated.value;
  if (!latestOut) {
    add(
      'OUT_NOT_ENROLLED',
      `The person has no ${INSURANCE_TYPE_NAMES[fromType]} enrollment in ${regionName(fromRegion)} to transfer from.`,
    );
  } else if (mustTerminate && latestOut.status !== 'TERMINATED') {
    add(
      'OUT_NOT_TERMINATED',
      `${regionName(fromRegion)} transfers employee insurance out only once it is terminated (终止), and the enrollment there is ${latestOut.status} (${outPolicy.employeeOutMustBeTerminated.rule}).`,
    );
  } else if (latestOut.status === 'ACTIVE') {
    add(
      'OUT_NOT_SUSPENDED',
      `The enrollment in ${regionName(fromRegion)} is still active: the out-region suspends it (中止) before a transfer (003 art 7).`,
    );
  }
  if (outPolicy.arrearsBlockTransferOut.value && facts.arrearsInOutRegion.length > 0) {
    const months = facts.arrearsInOutRegion.map(formatYearMonth).join(', ');
    add(
      'OUT_HAS_ARREARS',
      `${regionName(fromRegion)} transfers out only without arrears, and ${months} are owed there: pay them first (${outPolicy.arrearsBlockTransferOut.rule}).`,
    );
  }

  const activeIn = facts.enrollments.filter((e) => e.regionCode === toRegion && e.status === 'ACTIVE');
  const target = activeIn.find((e) => e.insuranceType === toType);
  if (!target) {
    const other = activeIn[0];
    if (other) {
      add(
        'KIND_MISMATCH',
        `The enrollment in ${regionName(toRegion)} is ${INSURANCE_TYPE_NAMES[other.insuranceType]}, but a ${kind} transfer needs ${INSURANCE_TYPE_NAMES[toType]}: choose the kind that matches, or enroll accordingly (003 art 5).`,
      );
    } else {
      add(
        'IN_NOT_ENROLLED',
        `The person is not enrolled in ${INSURANCE_TYPE_NAMES[toType]} in ${regionName(toRegion)}: enroll there first (003 art 7).`,
      );
    }
  }
  if (kind === 'RESIDENT_TO_RESIDENT') {
    const inPolicy = policyFor(toRegion);
    // 003 art 5(2): the person enrolls in the in-region for the year after the move, then may apply — from then
    // on, that year included. The move is the year the out-region relationship ended (or the application's).
    const movedIn = Math.floor((latestOut?.endMonth ?? monthOfDate(on)) / 12);
    const enrolledAfterMove = target && Math.max(Math.floor(target.startMonth / 12), Number(on.slice(0, 4))) > movedIn;
    if (!inPolicy.residentTransfersIn.value) {
      add(
        'RESIDENT_TRANSFER_NOT_IN_HENAN',
        `${regionName(toRegion)} takes no resident-to-resident transfers: enroll in its resident insurance for next year instead (${inPolicy.residentTransfersIn.rule}).`,
      );
    } else if (target && !enrolledAfterMove) {
      add(
        'RESIDENT_NOT_NEXT_YEAR',
        `A resident-to-resident transfer follows the enrollment for the year after the move (${movedIn}), and the enrollment in ${regionName(toRegion)} starts in ${formatYearMonth(target.startMonth)}: enroll for ${movedIn + 1} first (003 art 5(2)).`,
      );
    }
  }
  if (facts.hasOpenTransfer) {
    add(
      'OPEN_TRANSFER_EXISTS',
      'The person already has a transfer in progress: finish or cancel it first (003 art 5).',
    );
  }
  return reasons;
}
