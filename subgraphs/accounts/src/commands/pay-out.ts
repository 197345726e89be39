import type { EntityManager } from 'typeorm';
import { todayInChina, type CalendarDate } from '#shared/calendar-date.ts';
import { BadUserInput, InputProblems } from '#shared/errors.ts';
import { personIdFor } from '#shared/id-number.ts';
import { checkIdempotencyKey, checkIdNumber, checkRegionCode } from '#shared/input-checks.ts';
import { findRegion } from '#shared/regions/regions.ts';
import type { AccountEntryRow } from '../db/entities/account-entry.ts';
import { fingerprint } from '#shared/fingerprint.ts';
import { lockedBalance, postEntry } from '../ledger/post-entry.ts';

/**
 * Paying the balance to the person instead of transferring it:
 * - IN_REGION_WITHOUT_PERSONAL_ACCOUNT: the in-region scheme has no personal account (civil-servant or military
 *   medical care); with the person's confirmation the balance goes to their bank account (000 art 9, Guangdong).
 * - RETURN_ON_SWITCH_TO_RESIDENT: an employee who leaves employee insurance for resident insurance may have the
 *   balance returned (004 art 15, Henan).
 * Each rule is the province's own, so it applies to accounts in that province only.
 */
export type PayoutReason = 'IN_REGION_WITHOUT_PERSONAL_ACCOUNT' | 'RETURN_ON_SWITCH_TO_RESIDENT';

const PAYOUT_RULES: Record<PayoutReason, { province: string; rule: string }> = {
  IN_REGION_WITHOUT_PERSONAL_ACCOUNT: { province: '44', rule: '000 art 9' },
  RETURN_ON_SWITCH_TO_RESIDENT: { province: '41', rule: '004 art 15' },
};

export interface PayoutInput {
  idNumber: string;
  regionCode: string;
  reason: PayoutReason;
  bankAccount: string;
  personConfirmed: boolean;
  on?: CalendarDate | null;
  idempotencyKey?: string | null;
}

/** A checked payout request: who, where, why, and its fingerprint for the idempotency key. */
export interface PreparedPayout {
  personId: string;
  regionCode: string;
  on: CalendarDate;
  destination: string;
  key: string | null;
  hash: string;
}

/** Checks a payout request (every problem at once) and prepares it; writes nothing. */
export function preparePayout(personIdKey: string, input: PayoutInput): PreparedPayout {
  const problems = new InputProblems();
  checkIdNumber(problems, 'idNumber', input.idNumber);
  checkRegionCode(problems, 'regionCode', input.regionCode);
  const rule = PAYOUT_RULES[input.reason];
  if (findRegion(input.regionCode) && input.regionCode.slice(0, 2) !== rule.province) {
    problems.add('reason', `${input.reason} is a rule of ${findRegion(`${rule.province}0100`)!.province} (${rule.rule}); it does not apply in ${input.regionCode}`);
  }
  if (!input.personConfirmed) problems.add('personConfirmed', `the person must confirm the payout to their own account (${rule.rule})`);
  const bankAccount = input.bankAccount.replace(/\s+/g, '');
  if (!/^\d{10,30}$/.test(bankAccount)) problems.add('bankAccount', 'give the bank account number, 10 to 30 digits');
  const today = todayInChina();
  if (input.on && input.on > today) problems.add('on', `${input.on} is in the future`);
  checkIdempotencyKey(problems, input.idempotencyKey);
  problems.throwIfAny('Nothing was paid out');
  const personId = personIdFor(personIdKey, input.idNumber);
  return {
    personId,
    regionCode: input.regionCode,
    on: input.on ?? today,
    destination: `bank account ****${bankAccount.slice(-4)} (${rule.rule})`,
    key: input.idempotencyKey ?? null,
    hash: fingerprint([personId, input.regionCode, 'PAYOUT', input.reason, bankAccount, input.on]),
  };
}

/** Pays the whole balance of one account to the person's bank account: a PAYOUT entry saying where it went. */
export async function payOutAccountBalance(manager: EntityManager, payout: PreparedPayout): Promise<AccountEntryRow> {
  const balance = await lockedBalance(manager, payout.personId, payout.regionCode);
  if (balance === 0n) throw new BadUserInput(`regionCode: the account in ${payout.regionCode} holds nothing to pay out.`);
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
