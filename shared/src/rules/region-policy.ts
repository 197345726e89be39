import type { CalendarDate } from '../calendar-date.ts';
import { findRegion, type PolicyProfile } from '../regions/regions.ts';

/**
 * The rule sets of the five regulations, as data. Every rule carries the article it implements
 * ("003 art 8"), shown to users in `rule` fields. Where the national text leaves a point to the regions and a
 * province's text says nothing, the national bound applies and the citation says so.
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

export interface RegionPolicy {
  profile: PolicyProfile;
  /** The regulation, as agency staff know it. */
  regulation: string;
  inForceSince: CalendarDate;
  /** Deadlines of the online (一网通办) mode. */
  deadlines: TransferDeadlines;
  /** Tianjin's mail mode (邮寄信函), where it exists: letter, out and in, 15 working days each. */
  mailDeadlines: TransferDeadlines | null;
  /** Longest waiting period for a gap over 3 months, and the benefit ratio during it. */
  waitingPeriod: Cited<{ withBackPayMonths: number; withoutBackPayMonths: number; benefitRatio: number }>;
  /** A condition the in-region attaches to back-paying a gap of up to 3 months, when it has one. */
  backPayCondition: Cited<string> | null;
  /** Waiting period in days for residents who pay late, from the day of payment, where the region has one. */
  lateResidentWaitingDays: Cited<number> | null;
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
  waitingPeriod: { ...NATIONAL_WAITING, rule: '003 art 11 (left to the region, at most 6 months; the national bound applies)' },
  backPayCondition: null,
  lateResidentWaitingDays: null,
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
  waitingPeriod: {
    value: { withBackPayMonths: 3, withoutBackPayMonths: 6, benefitRatio: 0.5 },
    rule: '002 art 11',
  },
  lateResidentWaitingDays: { value: 60, rule: '002 art 12' },
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
  waitingPeriod: {
    ...NATIONAL_WAITING,
    rule: '004 art 12 (left to the region; the national bound of 003 art 11, at most 6 months, applies)',
  },
  backPayCondition: { value: 'back-pay requires a de-facto employment relationship (事实劳动关系)', rule: '004 art 12' },
};

export const POLICIES: Record<PolicyProfile, RegionPolicy> = { NATIONAL, GUANGDONG, TIANJIN, FUJIAN, HENAN };

/** The rule set of a region, chosen by its province; the national rules for any region not listed. */
export function policyFor(regionCode: string): RegionPolicy {
  return POLICIES[findRegion(regionCode)?.policyProfile ?? 'NATIONAL'];
}
