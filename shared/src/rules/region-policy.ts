import type { CalendarDate } from '../calendar-date.ts';
import { policyProfileOf, type PolicyProfile } from '../regions/regions.ts';

/**
 * The rule sets of the five regulations, as data: every rule in which a province differs from the national
 * measures is a named value here, with the article it implements ("004 art 7"), so "Henan: arrears block a
 * transfer out" is found in one hop, and code asks the policy (`arrearsBlockTransferOut`) instead of testing a
 * province code. Where the national text leaves a point to the regions and a province's text says nothing, the
 * national bound applies and the citation says so. `Region.policy` shows each value that differs from the
 * national one (`policy-summary.ts`).
 */
export interface Cited<T> {
  value: T;
  /** The article(s) the value comes from, e.g. "003 art 8". */
  rule: string;
}

export interface TransferDeadlines {
  /** Out-agency completes transfer-out (Info Sheet, balance) after accepting the application, in working days. */
  transferOut: Cited<number>;
  /** In-agency completes transfer-in after receiving the Info Sheet. */
  transferIn: Cited<number>;
  /** In-agency credits the personal account after the money arrives and matches the Info Sheet. */
  accountCredit: Cited<number>;
  /** In-agency uploads the Contact Letter (联系函) after receiving the transfer certificate; null where none is used. */
  contactLetter: Cited<number> | null;
}

/** Groups a rule may exempt (002 art 12). */
export type ExemptGroup = 'NEWBORN' | 'NEW_STUDENT' | 'HARDSHIP';
export type PayoutReason = 'IN_REGION_WITHOUT_PERSONAL_ACCOUNT' | 'RETURN_ON_SWITCH_TO_RESIDENT';

/** Fujian's timing for a person who leaves employee insurance for resident insurance (002 art 13). */
export interface EmployeeToResidentTiming {
  /** The rule is for people already in employee insurance by the end of this month of the year (February). */
  employeeByMonth: number;
  /** A gap up to this many months: the resident relationship goes back to the month after the employee one ended. */
  retroactiveGapMonths: number;
  /** Joining resident insurance after the end of this month (June): the individual rate plus the fiscal subsidy. */
  subsidyAfterMonth: number;
  /** Employee insurance ended from the 1st of this month (October), next year's resident contribution paid in the
   * year: seamless, back to the day after the employee insurance ended. */
  seamlessFromMonth: number;
}

export interface RegionPolicy {
  profile: PolicyProfile;
  /** The regulation, as agency staff know it. */
  regulation: string;
  inForceSince: CalendarDate;
  /** Deadlines of the online (一网通办) mode. */
  deadlines: TransferDeadlines;
  /** Tianjin's mail mode (邮寄信函), where it exists: letter, out and in, 15 working days each. */
  mailDeadlines: TransferDeadlines | null;
  /** Employee insurance is transferred out only once terminated (终止), not merely suspended (中止). */
  employeeOutMustBeTerminated: Cited<boolean>;
  /** Months owed in the out-region block the transfer out. */
  arrearsBlockTransferOut: Cited<boolean>;
  /** Transfers between resident schemes are taken (after the next year's enrollment) as the in-region. */
  residentTransfersIn: Cited<boolean>;
  /** A transfer between two regions of this province is handled at once, by the system (即办件). */
  withinProvinceAtOnce: Cited<boolean>;
  /** The balance may be paid to the person instead of transferred, for these reasons, from accounts here. */
  payouts: Cited<PayoutReason>[];
  /** Day of the next month by which the province's monthly netting table is produced, where it has one. */
  nettingDueDay: Cited<number> | null;
  /** Longest waiting period for a gap over 3 months (and for new enrollees), and the benefit ratio during it. */
  waitingPeriod: Cited<{ withBackPayMonths: number; withoutBackPayMonths: number; benefitRatio: number }>;
  /** A condition the in-region attaches to back-paying a gap of up to 3 months, when it has one. */
  backPayCondition: Cited<string> | null;
  /** The relationship takes effect in the month of payment (paid in the application month) or the next (002 art 11). */
  effectiveFromPaymentMonth: Cited<boolean>;
  /** After back-paying a gap of up to 3 months the relationship takes effect back from the previous one's start. */
  retroactiveToPreviousStart: Cited<boolean>;
  /** New enrollees wait as a back-paid gap over 3 months does. */
  newEnrolleesWait: Cited<boolean>;
  /** Timing of a switch from employee to resident insurance, where the province sets one. */
  employeeToResident: Cited<EmployeeToResidentTiming> | null;
  /** Cover by another public medical scheme during a gap: not an interruption, not counted in the years. */
  otherSchemeCoverBridgesGap: Cited<boolean>;
  /** Residents who pay late wait this many days from payment, except these groups. */
  lateResidentWaiting: Cited<{ days: number; exempt: ExemptGroup[] }> | null;
  /** A resident who paid the whole year keeps benefits to the year's end after suspending. */
  fullyPaidResidentKeepsYear: Cited<boolean>;
  /** Months from other regions count as deemed here, the region's own as actual (Tianjin). */
  transferredInMonthsAreDeemed: Cited<boolean>;
  /** Refund of the later of two payments for one month (Guangdong). */
  duplicateRefund: Cited<{ maxMonths: number }> | null;
  /** Duplicates from before the rules: kept where the person has the most years, never refunded (Guangdong). */
  historicalDuplicates: Cited<{ before: CalendarDate }> | null;
}

const NATIONAL_DEADLINES: TransferDeadlines = {
  transferOut: { value: 10, rule: '003 art 8' },
  transferIn: { value: 5, rule: '003 art 9' },
  accountCredit: { value: 5, rule: '003 art 9 (no period set; 5 working days, as for transfer-in)' },
  contactLetter: null,
};

const NATIONAL_WAITING = {
  value: { withBackPayMonths: 6, withoutBackPayMonths: 6, benefitRatio: 0 },
  rule: '003 art 11 (left to the region, at most 6 months; the province sets no other bound, so the national bound applies)',
};

export const NATIONAL: RegionPolicy = {
  profile: 'NATIONAL',
  regulation: '基本医疗保险关系转移接续暂行办法（医保办发〔2021〕43号）',
  inForceSince: '2021-12-01' as CalendarDate,
  deadlines: NATIONAL_DEADLINES,
  mailDeadlines: null,
  employeeOutMustBeTerminated: { value: false, rule: '003 art 7' },
  arrearsBlockTransferOut: { value: false, rule: '003 art 7' },
  residentTransfersIn: { value: true, rule: '003 art 5(2)' },
  withinProvinceAtOnce: { value: false, rule: '003 art 8' },
  payouts: [],
  nettingDueDay: null,
  waitingPeriod: {
    ...NATIONAL_WAITING,
    rule: '003 art 11 (left to the region, at most 6 months; the national bound applies)',
  },
  backPayCondition: null,
  effectiveFromPaymentMonth: { value: false, rule: '003 art 11' },
  retroactiveToPreviousStart: { value: false, rule: '003 art 11' },
  newEnrolleesWait: { value: false, rule: '003 art 11' },
  employeeToResident: null,
  otherSchemeCoverBridgesGap: { value: false, rule: '003 art 11' },
  lateResidentWaiting: null,
  fullyPaidResidentKeepsYear: { value: false, rule: '003 art 13' },
  transferredInMonthsAreDeemed: { value: false, rule: '003 art 12' },
  duplicateRefund: null,
  historicalDuplicates: null,
};

export const GUANGDONG: RegionPolicy = {
  ...NATIONAL,
  profile: 'GUANGDONG',
  regulation: '广东省基本医疗保险关系转移接续经办规程',
  deadlines: {
    transferOut: { value: 10, rule: '000 art 9 (from receiving the Contact Letter)' },
    transferIn: { value: 5, rule: '000 art 10' },
    accountCredit: { value: 5, rule: '000 art 10 (no period set; 5 working days, as for transfer-in)' },
    contactLetter: { value: 5, rule: '000 art 9' },
  },
  payouts: [{ value: 'IN_REGION_WITHOUT_PERSONAL_ACCOUNT', rule: '000 art 9' }],
  waitingPeriod: NATIONAL_WAITING,
  backPayCondition: {
    value: 'back-pay of up to 3 months when the delay was caused by the in-region',
    rule: '000 art 12(1)',
  },
  duplicateRefund: { value: { maxMonths: 3 }, rule: '000 art 12(3)' },
  historicalDuplicates: { value: { before: '2021-12-01' as CalendarDate }, rule: '000 art 12(4)' },
};

const TIANJIN_MAIL: TransferDeadlines = {
  transferOut: { value: 15, rule: '001 art 9 (mail mode, from receiving the Contact Letter)' },
  transferIn: { value: 15, rule: '001 art 8 (mail mode, from receiving the mailed Info Sheet)' },
  accountCredit: { value: 15, rule: '001 art 8 (mail mode; no period set for the account, 15 as for transfer-in)' },
  contactLetter: { value: 15, rule: '001 art 8 (mail mode, from accepting the application)' },
};

export const TIANJIN: RegionPolicy = {
  ...NATIONAL,
  profile: 'TIANJIN',
  regulation: '天津市基本医疗保险关系转移接续办法',
  inForceSince: '2023-07-01' as CalendarDate,
  deadlines: {
    transferOut: { value: 10, rule: '001 art 9 (one-network mode)' },
    transferIn: { value: 5, rule: '001 art 8 (one-network mode)' },
    accountCredit: { value: 5, rule: '001 art 8 (no period set; 5 working days, as for transfer-in)' },
    contactLetter: null,
  },
  mailDeadlines: TIANJIN_MAIL,
  employeeOutMustBeTerminated: { value: true, rule: '001 art 6, art 10' },
  waitingPeriod: NATIONAL_WAITING,
  transferredInMonthsAreDeemed: { value: true, rule: '001 art 13' },
};

export const FUJIAN: RegionPolicy = {
  ...NATIONAL,
  profile: 'FUJIAN',
  regulation: '福建省基本医疗保险关系转移接续暂行办法（闽医保〔2022〕45号）',
  inForceSince: '2022-03-28' as CalendarDate,
  deadlines: {
    transferOut: { value: 10, rule: '002 art 10' },
    transferIn: { value: 5, rule: '002 art 10' },
    accountCredit: { value: 5, rule: '002 art 10(4) (no period set; 5 working days, as for transfer-in)' },
    contactLetter: null,
  },
  withinProvinceAtOnce: { value: true, rule: '002 art 8, art 9' },
  nettingDueDay: { value: 5, rule: '002 art 9(5)' },
  waitingPeriod: {
    value: { withBackPayMonths: 3, withoutBackPayMonths: 6, benefitRatio: 0.5 },
    rule: '002 art 11',
  },
  effectiveFromPaymentMonth: { value: true, rule: '002 art 11' },
  retroactiveToPreviousStart: { value: true, rule: '002 art 11' },
  newEnrolleesWait: { value: true, rule: '002 art 11' },
  employeeToResident: {
    value: { employeeByMonth: 2, retroactiveGapMonths: 3, subsidyAfterMonth: 6, seamlessFromMonth: 10 },
    rule: '002 art 13',
  },
  otherSchemeCoverBridgesGap: { value: true, rule: '002 art 14' },
  lateResidentWaiting: { value: { days: 60, exempt: ['NEWBORN', 'NEW_STUDENT', 'HARDSHIP'] }, rule: '002 art 12' },
};

export const HENAN: RegionPolicy = {
  ...NATIONAL,
  profile: 'HENAN',
  regulation: '河南省基本医疗保险关系转移接续经办规程',
  inForceSince: '2024-01-01' as CalendarDate,
  deadlines: {
    transferOut: { value: 10, rule: '004 art 8' },
    transferIn: { value: 5, rule: '004 art 9' },
    accountCredit: { value: 5, rule: '004 art 9 (no period set; 5 working days, as for transfer-in)' },
    contactLetter: null,
  },
  arrearsBlockTransferOut: { value: true, rule: '004 art 7' },
  residentTransfersIn: { value: false, rule: '004 art 5(2)' },
  payouts: [{ value: 'RETURN_ON_SWITCH_TO_RESIDENT', rule: '004 art 15' }],
  waitingPeriod: {
    ...NATIONAL_WAITING,
    rule: '004 art 12 (left to the region; the national bound of 003 art 11, at most 6 months, applies)',
  },
  backPayCondition: {
    value: 'back-pay requires a de-facto employment relationship (事实劳动关系)',
    rule: '004 art 12',
  },
  fullyPaidResidentKeepsYear: { value: true, rule: '004 art 16' },
};

export const POLICIES: Record<PolicyProfile, RegionPolicy> = { NATIONAL, GUANGDONG, TIANJIN, FUJIAN, HENAN };

/**
 * The rule set of a region, chosen by its province, or of a province by its own code ("350000"); the national
 * rules for any province not listed.
 */
export function policyFor(code: string): RegionPolicy {
  return POLICIES[policyProfileOf(code)];
}

/** The mail mode's deadlines where one of the two regions has that mode (Tianjin's, 001 art 8-9); else null. */
export function mailDeadlinesBetween(fromRegion: string, toRegion: string): TransferDeadlines | null {
  return policyFor(fromRegion).mailDeadlines ?? policyFor(toRegion).mailDeadlines;
}
