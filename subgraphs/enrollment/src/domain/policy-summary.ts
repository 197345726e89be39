import {
  NATIONAL,
  type Cited,
  type ExemptGroup,
  type PayoutReason,
  type RegionPolicy,
  type TransferDeadlines,
} from '#shared/rules/region-policy.ts';

/** A region's rule set as users read it in `Region.policy`: deadlines and rules, each with its article. */
export interface PolicyDeadline {
  mode: 'ONLINE' | 'MAIL';
  step: 'CONTACT_LETTER' | 'TRANSFER_OUT' | 'TRANSFER_IN' | 'ACCOUNT_CREDIT';
  workingDays: number;
  rule: string;
}

export interface PolicyRule {
  topic: string;
  description: string;
  rule: string;
}

function deadlinesOf(mode: PolicyDeadline['mode'], deadlines: TransferDeadlines): PolicyDeadline[] {
  const steps: [PolicyDeadline['step'], TransferDeadlines[keyof TransferDeadlines]][] = [
    ['CONTACT_LETTER', deadlines.contactLetter],
    ['TRANSFER_OUT', deadlines.transferOut],
    ['TRANSFER_IN', deadlines.transferIn],
    ['ACCOUNT_CREDIT', deadlines.accountCredit],
  ];
  return steps.flatMap(([step, cited]) => (cited ? [{ mode, step, workingDays: cited.value, rule: cited.rule }] : []));
}

export function policyDeadlines(policy: RegionPolicy): PolicyDeadline[] {
  return [
    ...deadlinesOf('ONLINE', policy.deadlines),
    ...(policy.mailDeadlines ? deadlinesOf('MAIL', policy.mailDeadlines) : []),
  ];
}

type RuleField = Exclude<keyof RegionPolicy, 'profile' | 'regulation' | 'inForceSince' | 'deadlines' | 'mailDeadlines'>;

const PAYOUT_TEXT: Record<PayoutReason, string> = {
  IN_REGION_WITHOUT_PERSONAL_ACCOUNT:
    'when the in-region keeps no personal account (IN_REGION_WITHOUT_PERSONAL_ACCOUNT)',
  RETURN_ON_SWITCH_TO_RESIDENT: 'an employee who switches to resident insurance (RETURN_ON_SWITCH_TO_RESIDENT)',
};

const EXEMPT_TEXT: Record<ExemptGroup, string> = {
  NEWBORN: 'newborns (NEWBORN)',
  NEW_STUDENT: 'new students (NEW_STUDENT)',
  HARDSHIP: 'people in hardship (HARDSHIP)',
};

const ratio = (value: number) => (value > 0 ? ` at ${value * 100}% of benefits` : ' without benefits');

/**
 * How each rule of a rule set reads, by field: every field of `RegionPolicy` but the deadlines (shown on their
 * own) has a line here, so a new rule cannot be left out of `Region.policy` (the compiler asks for its line).
 * A rule that does not apply in a rule set reads null.
 */
const DESCRIBE: { [K in RuleField]: { topic: string; text: (value: NonNullable<RegionPolicy[K]>) => string | null } } =
  {
    employeeOutMustBeTerminated: {
      topic: 'TRANSFER_OUT_CONDITION',
      text: (cited) =>
        cited.value
          ? 'employee insurance is transferred out only once terminated (终止), not merely suspended'
          : 'the out-region suspends (中止) the relationship before a transfer',
    },
    arrearsBlockTransferOut: {
      topic: 'ARREARS',
      text: (cited) =>
        cited.value
          ? 'months owed in the out-region block the transfer out: pay them first'
          : 'months owed do not block a transfer',
    },
    residentTransfersIn: {
      topic: 'RESIDENT_TRANSFERS',
      text: (cited) =>
        cited.value
          ? "resident-to-resident transfers follow the next year's enrollment"
          : "no resident-to-resident transfers: enroll in next year's resident insurance instead",
    },
    withinProvinceAtOnce: {
      topic: 'WITHIN_PROVINCE',
      text: (cited) =>
        cited.value
          ? 'transfers between two regions of the province are handled at once (即办件), every step by the system'
          : 'every transfer takes its steps and deadlines',
    },
    payouts: {
      topic: 'PAYOUT',
      text: (payouts) =>
        payouts.length
          ? `the balance may be paid to the person: ${payouts.map((payout) => PAYOUT_TEXT[payout.value]).join('; ')}`
          : null,
    },
    nettingDueDay: {
      topic: 'NETTING',
      text: (cited) => `the monthly netting table of account transfers is due by day ${cited.value} of the next month`,
    },
    waitingPeriod: {
      topic: 'WAITING_PERIOD',
      text: ({ value }) =>
        value.withBackPayMonths === value.withoutBackPayMonths
          ? `a gap of more than 3 months: waiting period of at most ${value.withoutBackPayMonths} months${ratio(value.benefitRatio)}`
          : `a gap of more than 3 months: ${value.withBackPayMonths} months${ratio(value.benefitRatio)} after back-pay, ${value.withoutBackPayMonths} months${ratio(value.benefitRatio)} without`,
    },
    backPayCondition: { topic: 'BACK_PAY', text: (cited) => cited.value },
    effectiveFromPaymentMonth: {
      topic: 'EFFECTIVE_MONTH',
      text: (cited) =>
        cited.value
          ? 'the relationship takes effect in the month of payment (the application month, or the next when paid then); back-pay does not move it earlier'
          : null,
    },
    retroactiveToPreviousStart: {
      topic: 'RETROACTIVE',
      text: (cited) =>
        cited.value
          ? "a gap of up to 3 months back-paid: effective back to the previous relationship's start; not back-paid: waits as a gap without back-pay"
          : null,
    },
    newEnrolleesWait: {
      topic: 'NEW_ENROLLEES',
      text: (cited) => (cited.value ? 'new enrollees wait as after a back-paid gap of more than 3 months' : null),
    },
    employeeToResident: {
      topic: 'EMPLOYEE_TO_RESIDENT',
      text: ({ value }) =>
        `in employee insurance by month ${value.employeeByMonth} of the year and switching to resident insurance: a gap of up to ${value.retroactiveGapMonths} months ` +
        `goes back to the month after; more: not retroactive, the individual rate when joined by the end of month ${value.subsidyAfterMonth}, with the fiscal ` +
        `subsidy after; ended from month ${value.seamlessFromMonth} with next year's resident contribution paid in the year: seamless`,
    },
    otherSchemeCoverBridgesGap: {
      topic: 'OTHER_SCHEME_COVER',
      text: (cited) =>
        cited.value
          ? 'months under another public medical scheme in a gap: no interruption, no back-pay needed, not counted as years'
          : null,
    },
    lateResidentWaiting: {
      topic: 'LATE_RESIDENT_PAYMENT',
      text: ({ value }) =>
        `residents who pay late wait ${value.days} days from payment, except ${value.exempt.map((group) => EXEMPT_TEXT[group]).join(', ')}`,
    },
    fullyPaidResidentKeepsYear: {
      topic: 'RESIDENT_YEAR',
      text: (cited) =>
        cited.value ? 'a resident who paid the whole year keeps benefits to its end after suspending' : null,
    },
    transferredInMonthsAreDeemed: {
      topic: 'CONTRIBUTION_YEARS',
      text: (cited) =>
        cited.value
          ? "employee months transferred in from other provinces count as deemed years; the region's own as actual"
          : 'all months count as actual years',
    },
    duplicateRefund: {
      topic: 'DUPLICATE_PAYMENTS',
      text: (cited) =>
        `first paid keeps the month; the later payment is refundable for at most ${cited.value.maxMonths} months, not where benefits were used`,
    },
    historicalDuplicates: {
      topic: 'HISTORICAL_DUPLICATES',
      text: (cited) => `duplicates paid before ${cited.value.before}: kept where the most years are, no refund`,
    },
  };

const citationOf = (value: unknown): string =>
  Array.isArray(value) ? value.map((item: Cited<unknown>) => item.rule).join(', ') : (value as Cited<unknown>).rule;

/**
 * The rules of a rule set that differ from the national ones (all of them for the national set), each with its
 * description and article: what `Region.policy.rules` lists.
 */
export function policyRules(policy: RegionPolicy): PolicyRule[] {
  return (Object.keys(DESCRIBE) as RuleField[]).flatMap((field) => {
    const value = policy[field];
    const national = NATIONAL[field];
    const differs = JSON.stringify(value) !== JSON.stringify(national);
    if (value === null || (policy !== NATIONAL && !differs) || (Array.isArray(value) && value.length === 0)) return [];
    const { topic, text } = DESCRIBE[field] as { topic: string; text: (value: unknown) => string | null };
    const description = text(value);
    return description === null ? [] : [{ topic, description, rule: citationOf(value) }];
  });
}
