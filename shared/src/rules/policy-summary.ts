import type { RegionPolicy, TransferDeadlines } from './region-policy.ts';

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
  return [...deadlinesOf('ONLINE', policy.deadlines), ...(policy.mailDeadlines ? deadlinesOf('MAIL', policy.mailDeadlines) : [])];
}

export function policyRules(policy: RegionPolicy): PolicyRule[] {
  const { waitingPeriod: waiting } = policy;
  const ratio = waiting.value.benefitRatio > 0 ? ` at ${waiting.value.benefitRatio * 100}% of benefits` : ' without benefits';
  const rules: PolicyRule[] = [
    {
      topic: 'WAITING_PERIOD',
      description:
        waiting.value.withBackPayMonths === waiting.value.withoutBackPayMonths
          ? `a gap of more than 3 months: waiting period of at most ${waiting.value.withoutBackPayMonths} months${ratio}`
          : `a gap of more than 3 months: ${waiting.value.withBackPayMonths} months${ratio} after back-pay, ` +
            `${waiting.value.withoutBackPayMonths} months${ratio} without`,
      rule: waiting.rule,
    },
  ];
  if (policy.backPayCondition) rules.push({ topic: 'BACK_PAY', description: policy.backPayCondition.value, rule: policy.backPayCondition.rule });
  if (policy.lateResidentWaitingDays) {
    rules.push({
      topic: 'LATE_RESIDENT_PAYMENT',
      description: `residents who pay late wait ${policy.lateResidentWaitingDays.value} days from payment`,
      rule: policy.lateResidentWaitingDays.rule,
    });
  }
  if (policy.transferredInMonthsAreDeemed.value) {
    rules.push({
      topic: 'CONTRIBUTION_YEARS',
      description: "employee months transferred in from other provinces count as deemed years; the region's own as actual",
      rule: policy.transferredInMonthsAreDeemed.rule,
    });
  }
  if (policy.duplicateRefund) {
    rules.push({
      topic: 'DUPLICATE_PAYMENTS',
      description: `first paid keeps the month; the later payment is refundable for at most ${policy.duplicateRefund.value.maxMonths} months, not where benefits were used`,
      rule: policy.duplicateRefund.rule,
    });
  }
  if (policy.historicalDuplicates) {
    rules.push({
      topic: 'HISTORICAL_DUPLICATES',
      description: `duplicates paid before ${policy.historicalDuplicates.value.before}: kept where the most years are, no refund`,
      rule: policy.historicalDuplicates.rule,
    });
  }
  return rules;
}
