import type { CalendarDate } from '#shared/calendar-date.ts';
import { INSURANCE_TYPE_NAMES, type InsuranceType } from '#shared/insurance.ts';
import { findRegion } from '#shared/regions/regions.ts';
import type { TransferKind } from '#shared/rules/benefit-continuity.ts';
import { formatYearMonth, type YearMonth } from '#shared/year-month.ts';
import type { Reason } from '../db/entities/transfer.ts';

/** What the other subgraphs know of the person, gathered before the checks. */
export interface EnrollmentFact {
  regionCode: string;
  insuranceType: InsuranceType;
  status: 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';
  startMonth: YearMonth;
}

export interface ApplicationFacts {
  /** Null when no agency has enrolled the person. */
  enrollments: EnrollmentFact[] | null;
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

const TYPES: Record<TransferKind, [InsuranceType, InsuranceType]> = {
  EMPLOYEE_TO_EMPLOYEE: ['EMPLOYEE', 'EMPLOYEE'],
  RESIDENT_TO_RESIDENT: ['RESIDENT', 'RESIDENT'],
  EMPLOYEE_TO_RESIDENT: ['EMPLOYEE', 'RESIDENT'],
  RESIDENT_TO_EMPLOYEE: ['RESIDENT', 'EMPLOYEE'],
};

export const insuranceTypesOf = (kind: TransferKind) => TYPES[kind];

const regionName = (code: string) => `${findRegion(code)?.name ?? code} (${code})`;
const province = (code: string) => code.slice(0, 2);

/**
 * The checks both regions run when the application is made (校验规则前置, 003 art 7). Every failed check is
 * returned, so the applicant hears all of them at once (一次性告知).
 */
export function preValidate(application: Application, facts: ApplicationFacts): Reason[] {
  const { kind, fromRegion, toRegion, on } = application;
  const [fromType, toType] = TYPES[kind];
  const reasons: Reason[] = [];
  const add = (code: string, message: string) => reasons.push({ code, message });

  if (facts.enrollments === null) {
    add('PERSON_NOT_ENROLLED', 'No agency has enrolled this person: enroll them in the in-region first (003 art 7).');
    return reasons;
  }
  const out = facts.enrollments.filter((e) => e.regionCode === fromRegion && e.insuranceType === fromType);
  const latestOut = out.sort((a, b) => b.startMonth - a.startMonth)[0];
  const tianjinEmployee = province(fromRegion) === '12' && fromType === 'EMPLOYEE';
  if (!latestOut) {
    add('OUT_NOT_ENROLLED', `The person has no ${INSURANCE_TYPE_NAMES[fromType]} enrollment in ${regionName(fromRegion)} to transfer from.`);
  } else if (tianjinEmployee && latestOut.status !== 'TERMINATED') {
    add(
      'OUT_NOT_TERMINATED',
      `Tianjin transfers employee insurance out only once it is terminated (终止), and the enrollment in ${regionName(fromRegion)} is ${latestOut.status} (001 art 10).`,
    );
  } else if (latestOut.status === 'ACTIVE') {
    add(
      'OUT_NOT_SUSPENDED',
      `The enrollment in ${regionName(fromRegion)} is still active: the out-region suspends it (中止) before a transfer (003 art 7).`,
    );
  }
  if (province(fromRegion) === '41' && facts.arrearsInOutRegion.length > 0) {
    const months = facts.arrearsInOutRegion.map(formatYearMonth).join(', ');
    add('OUT_HAS_ARREARS', `Henan transfers out only without arrears, and ${months} are owed in ${regionName(fromRegion)}: pay them first (004 art 7).`);
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
      add('IN_NOT_ENROLLED', `The person is not enrolled in ${INSURANCE_TYPE_NAMES[toType]} in ${regionName(toRegion)}: enroll there first (003 art 7).`);
    }
  }
  if (kind === 'RESIDENT_TO_RESIDENT') {
    if (province(toRegion) === '41') {
      add('RESIDENT_TRANSFER_NOT_IN_HENAN', 'Henan takes no resident-to-resident transfers: enroll in Henan\'s resident insurance for next year instead (004 art 5).');
    } else if (target && Math.floor(target.startMonth / 12) <= Number(on.slice(0, 4))) {
      add(
        'RESIDENT_NOT_NEXT_YEAR',
        `A resident-to-resident transfer follows the next year's enrollment, and the enrollment in ${regionName(toRegion)} starts in ${formatYearMonth(target.startMonth)}: enroll for next year first (003 art 5(2)).`,
      );
    }
  }
  if (facts.hasOpenTransfer) {
    add('OPEN_TRANSFER_EXISTS', 'The person already has a transfer in progress: finish or cancel it first (003 art 5).');
  }
  return reasons;
}
