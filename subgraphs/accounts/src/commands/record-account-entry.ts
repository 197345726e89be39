import type { DataSource } from 'typeorm';
import { todayInChina, type CalendarDate } from '#shared/calendar-date.ts';
import { InputProblems } from '#shared/errors.ts';
import { personIdFor } from '#shared/id-number.ts';
import { checkIdNumber, checkRegionCode } from '#shared/input-checks.ts';
import type { Fen } from '#shared/money.ts';
import type { AccountEntryKind, AccountEntryRow, EntryDirection } from '../db/entities/account-entry.ts';
import { fingerprint } from '#shared/fingerprint.ts';
import { postOnce } from '../ledger/idempotent.ts';
import { postEntry } from '../ledger/post-entry.ts';

export interface AccountEntryInput {
  idNumber: string;
  regionCode: string;
  kind: AccountEntryKind;
  amount: Fen;
  on?: CalendarDate | null;
  idempotencyKey?: string | null;
  direction?: EntryDirection | null;
}

/** The kinds an agency records directly; the others belong to the transfer workflow. */
const DIRECT_KINDS: Partial<Record<AccountEntryKind, EntryDirection | 'EITHER'>> = {
  ALLOCATION: 'CREDIT',
  SPENDING: 'DEBIT',
  ADJUSTMENT: 'EITHER',
};

function directionOf(input: AccountEntryInput, problems: InputProblems): EntryDirection {
  const allowed = DIRECT_KINDS[input.kind];
  if (!allowed) {
    problems.add('kind', `${input.kind} entries are made by the transfer workflow; record ALLOCATION, SPENDING or ADJUSTMENT`);
    return 'CREDIT';
  }
  if (allowed === 'EITHER') return input.direction ?? 'CREDIT';
  if (input.direction && input.direction !== allowed) {
    problems.add('direction', `an ${input.kind} is always a ${allowed}; leave direction out`);
  }
  return allowed;
}

/** Records one entry an agency makes directly (allocation, spending, adjustment), all or nothing. */
export async function recordAccountEntry(
  dataSource: DataSource,
  personIdKey: string,
  input: AccountEntryInput,
): Promise<AccountEntryRow> {
  const problems = new InputProblems();
  checkIdNumber(problems, 'idNumber', input.idNumber);
  checkRegionCode(problems, 'regionCode', input.regionCode);
  const direction = directionOf(input, problems);
  if (input.amount <= 0n) problems.add('amount', 'an entry moves a positive amount');
  const today = todayInChina();
  if (input.on && input.on > today) problems.add('on', `${input.on} is in the future`);
  const key = input.idempotencyKey ?? null;
  if (key !== null && (key.length === 0 || key.length > 200)) problems.add('idempotencyKey', 'use 1 to 200 characters');
  problems.throwIfAny('No entry was recorded');

  const personId = personIdFor(personIdKey, input.idNumber);
  const hash = fingerprint([personId, input.regionCode, input.kind, direction, input.amount, input.on]);
  return postOnce(dataSource, key, hash, (manager) =>
    postEntry(manager, {
      personId,
      regionCode: input.regionCode,
      kind: input.kind,
      direction,
      amount: input.amount,
      on: input.on ?? today,
      idempotencyKey: key,
      requestHash: key === null ? null : hash,
    }),
  );
}
