import type { DataSource } from 'typeorm';
import { todayInChina, type CalendarDate } from '#shared/calendar-date.ts';
import { BadUserInput, InputProblems } from '#shared/errors.ts';
import { personIdFor } from '#shared/id-number.ts';
import { checkIdNumber, checkRegionCode } from '#shared/input-checks.ts';
import { findRegion } from '#shared/regions/regions.ts';
import type { AccountEntryRow } from '../db/entities/account-entry.ts';
import { fingerprint } from '#shared/fingerprint.ts';
import { postOnce } from '../ledger/idempotent.ts';
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

/** Pays the whole balance of one account to the person's bank account: a PAYOUT entry saying where it went. */
export async function payOutAccountBalance(dataSource: DataSource, personIdKey: string, input: PayoutInput): Promise<AccountEntryRow> {
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
  problems.throwIfAny('Nothing was paid out');

  const personId = personIdFor(personIdKey, input.idNumber);
  const key = input.idempotencyKey ?? null;
  const hash = fingerprint([personId, input.regionCode, 'PAYOUT', input.reason, bankAccount, input.on]);
  return postOnce(dataSource, key, hash, async (manager) => {
    const balance = await lockedBalance(manager, personId, input.regionCode);
    if (balance === 0n) {
      throw new BadUserInput(`regionCode: the account in ${input.regionCode} holds nothing to pay out.`);
    }
    return postEntry(manager, {
      personId,
      regionCode: input.regionCode,
      kind: 'PAYOUT',
      direction: 'DEBIT',
      amount: balance,
      on: input.on ?? today,
      idempotencyKey: key,
      requestHash: key === null ? null : hash,
      destination: `bank account ****${bankAccount.slice(-4)} (${rule.rule})`,
    });
  });
}
