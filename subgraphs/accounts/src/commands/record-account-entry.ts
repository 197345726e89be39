import { todayInChina } from '#shared/calendar-date.ts';
import { InputProblems } from '#shared/errors.ts';
import { checkDocument, documentKeyFor } from '#shared/identity/documents.ts';
import { checkIdempotencyKey, checkRegionCode } from '#shared/input-checks.ts';
import type { AccountEntryKind, EntryDirection } from '../db/entities/account-entry.ts';
import type { Posting } from '../ledger/post-entry.ts';
import { fingerprint } from '#shared/fingerprint.ts';
import type { AccountEntryInput } from '../generated/resolvers.ts';

/** The kinds an agency records directly; the others belong to the transfer workflow. */
const DIRECT_KINDS: Partial<Record<AccountEntryKind, EntryDirection | 'EITHER'>> = {
  ALLOCATION: 'CREDIT',
  SPENDING: 'DEBIT',
  ADJUSTMENT: 'EITHER',
};

function directionOf(input: AccountEntryInput, problems: InputProblems): EntryDirection {
  const allowed = DIRECT_KINDS[input.kind];
  if (!allowed) {
    problems.add(
      'kind',
      `${input.kind} entries are made by the transfer workflow; record ALLOCATION, SPENDING or ADJUSTMENT`,
    );
    return 'CREDIT';
  }
  if (allowed === 'EITHER') return input.direction ?? 'CREDIT';
  if (input.direction && input.direction !== allowed) {
    problems.add('direction', `an ${input.kind} is always a ${allowed}; leave direction out`);
  }
  return allowed;
}

/** Checks an entry an agency records directly (every problem at once) and prepares its posting; writes nothing. */
export function prepareAccountEntry(personIdKey: string, input: AccountEntryInput): { posting: Posting; hash: string } {
  const problems = new InputProblems();
  checkDocument(problems, input);
  checkRegionCode(problems, 'regionCode', input.regionCode);
  const direction = directionOf(input, problems);
  if (input.amount <= 0n) problems.add('amount', 'an entry moves a positive amount');
  const today = todayInChina();
  if (input.on && input.on > today) problems.add('on', `${input.on} is in the future`);
  checkIdempotencyKey(problems, input.idempotencyKey);
  problems.throwIfAny('No entry was recorded');
  const personId = documentKeyFor(personIdKey, input);
  const key = input.idempotencyKey ?? null;
  const hash = fingerprint([personId, input.regionCode, input.kind, direction, input.amount, input.on]);
  const posting = {
    personId,
    regionCode: input.regionCode,
    kind: input.kind,
    direction,
    amount: input.amount,
    on: input.on ?? today,
  };
  return { posting: { ...posting, idempotencyKey: key, requestHash: key === null ? null : hash }, hash };
}
