import type { EntityManager } from 'typeorm';
import { todayInChina, type CalendarDate } from '#shared/calendar-date.ts';
import { BadUserInput, InputProblems } from '#shared/errors.ts';
import { checkDocument, documentKeyFor } from '#shared/identity/documents.ts';
import { checkIdempotencyKey, checkRegionCode } from '#shared/input-checks.ts';
import { findRegion, PROVINCE_NAMES_BY_PROFILE } from '#shared/regions/regions.ts';
import { POLICIES, policyFor, type PayoutReason } from '#shared/rules/region-policy.ts';
import type { AccountEntryRow } from '../db/entities/account-entry.ts';
import type { Config } from '#shared/config.ts';
import { DomainError } from '#shared/errors.ts';
import { fingerprint } from '#shared/fingerprint.ts';
import { SubgraphUnavailable } from '#shared/server/subgraph-client.ts';
import { enrollmentsOf, type EnrollmentFact } from '../clients/enrollment.ts';
import { lockedBalance, postEntry } from '../ledger/post-entry.ts';
import type { PayoutInput } from '../generated/resolvers.ts';

/**
 * Paying the balance to the person instead of transferring it, for the reasons the account's province provides
 * (`RegionPolicy.payouts`): IN_REGION_WITHOUT_PERSONAL_ACCOUNT — the in-region scheme has no personal account
 * (civil-servant or military medical care); with the person's confirmation the balance goes to their bank account
 * (000 art 9, Guangdong) — and RETURN_ON_SWITCH_TO_RESIDENT — an employee who leaves employee insurance for
 * resident insurance may have the balance returned (004 art 15, Henan).
 */
export type { PayoutReason };

/** The provinces whose rule sets provide a payout, by name (e.g. 河南省). */
function regionsProviding(reason: PayoutReason): string {
  const profiles = Object.values(POLICIES).filter((policy) => policy.payouts.some((payout) => payout.value === reason));
  return profiles.flatMap((policy) => PROVINCE_NAMES_BY_PROFILE[policy.profile]).join(', ');
}

/** A checked payout request: who, where, why, and its fingerprint for the idempotency key. */
export interface PreparedPayout {
  reason: PayoutReason;
  personId: string;
  regionCode: string;
  on: CalendarDate;
  /** The article providing the payout, e.g. "004 art 15". */
  rule: string;
  destination: string;
  key: string | null;
  hash: string;
}

/** Checks a payout request (every problem at once) and prepares it; writes nothing. */
export function preparePayout(personIdKey: string, input: PayoutInput): PreparedPayout {
  const problems = new InputProblems();
  checkDocument(problems, input);
  checkRegionCode(problems, 'regionCode', input.regionCode);
  const provided = Object.values(POLICIES).flatMap((policy) =>
    policy.payouts.filter((payout) => payout.value === input.reason),
  );
  const rule = policyFor(input.regionCode).payouts.find((payout) => payout.value === input.reason)?.rule;
  const citation = rule ?? provided[0]!.rule;
  if (findRegion(input.regionCode) && !rule) {
    problems.add(
      'reason',
      `${input.reason} is a rule of ${regionsProviding(input.reason)} (${citation}); it does not apply in ${input.regionCode}`,
    );
  }
  if (!input.personConfirmed)
    problems.add('personConfirmed', `the person must confirm the payout to their own account (${citation})`);
  const bankAccount = input.bankAccount.replace(/\s+/g, '');
  if (!/^\d{10,30}$/.test(bankAccount)) problems.add('bankAccount', 'give the bank account number, 10 to 30 digits');
  const today = todayInChina();
  if (input.on && input.on > today) problems.add('on', `${input.on} is in the future`);
  checkIdempotencyKey(problems, input.idempotencyKey);
  problems.throwIfAny('Nothing was paid out');
  const personId = documentKeyFor(personIdKey, input);
  return {
    reason: input.reason,
    personId,
    regionCode: input.regionCode,
    on: input.on ?? today,
    rule: citation,
    destination: `bank account ****${bankAccount.slice(-4)} (${citation})`,
    key: input.idempotencyKey ?? null,
    hash: fingerprint([personId, input.regionCode, 'PAYOUT', input.reason, bankAccount, input.on]),
  };
}

/** Pays the whole balance of one account to the person's bank account: a PAYOUT entry saying where it went. */
export async function payOutAccountBalance(manager: EntityManager, payout: PreparedPayout): Promise<AccountEntryRow> {
  const balance = await lockedBalance(manager, payout.personId, payout.regionCode);
  if (balance === 0n)
    throw new BadUserInput(`regionCode: the account in ${payout.regionCode} holds nothing to pay out.`);
  return postEntry(manager, {
    personId: payout.personId,
    regionCode: payout.regionCode,
    kind: 'PAYOUT',
    direction: 'DEBIT',
    amount: balance,
    on: payout.on,
    idempotencyKey: payout.key,
    requestHash: payout.key === null ? null : payout.hash,
    destination: payout.destination,
  });
}

/**
 * The conditions a payout has beyond its input, checked before anything is written: for RETURN_ON_SWITCH_TO_RESIDENT
 * the person's enrollments, asked of the enrollment subgraph (BAD_USER_INPUT saying why not; SUBGRAPH_UNAVAILABLE
 * when it cannot answer, and nothing is paid).
 */
export async function checkPayoutConditions(config: Config, payout: PreparedPayout): Promise<void> {
  if (payout.reason !== 'RETURN_ON_SWITCH_TO_RESIDENT') return;
  let enrollments: EnrollmentFact[] | null;
  try {
    enrollments = await enrollmentsOf(config, payout.personId);
  } catch (error) {
    if (!(error instanceof SubgraphUnavailable)) throw error;
    throw new DomainError(
      'SUBGRAPH_UNAVAILABLE',
      `Nothing was paid out: the person's enrollments, which decide this payout (${payout.rule}), cannot be read now; try again.`,
    );
  }
  const problem = switchToResidentProblem(enrollments, payout.regionCode);
  if (problem) throw new BadUserInput(`Nothing was paid out. reason: ${problem} (${payout.rule}).`);
}

/**
 * 004 art 15: the balance is returned to a person who, leaving employee insurance (suspended or terminated in the
 * account's region), joins resident insurance. Why not, or null when the person's enrollments show the switch.
 */
export function switchToResidentProblem(
  enrollments: readonly EnrollmentFact[] | null,
  regionCode: string,
): string | null {
  const employee = (enrollments ?? []).filter((e) => e.regionCode === regionCode && e.insuranceType === 'EMPLOYEE');
  if (employee.length === 0) return `the person has no employee insurance in ${regionCode} to leave`;
  if (employee.some((e) => e.status === 'ACTIVE'))
    return `the person's employee insurance in ${regionCode} is still active: it is suspended or terminated first`;
  if (!enrollments!.some((e) => e.insuranceType === 'RESIDENT' && e.status === 'ACTIVE')) {
    return 'the person has not joined resident insurance: the payout is for a switch from employee to resident insurance';
  }
  return null;
}
