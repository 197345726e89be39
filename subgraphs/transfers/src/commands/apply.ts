import type { CalendarDate } from '#shared/calendar-date.ts';
import { todayInChina } from '#shared/calendar-date.ts';
import { In, type EntityManager, type FindOperator } from 'typeorm';
import { Conflict, InputProblems } from '#shared/errors.ts';
import { fingerprint } from '#shared/fingerprint.ts';
import { checkDocument, documentKeyFor } from '#shared/identity/documents.ts';
import { checkIdempotencyKey, checkRegionCode } from '#shared/input-checks.ts';
import { isUniqueViolation } from '#shared/database/unique-violation.ts';
import { benefitContinuity, insuranceTypesOf, type BenefitContinuity } from '../domain/benefit-continuity.ts';
import { mailDeadlinesBetween } from '#shared/rules/region-policy.ts';
import type { Workflow } from '../context.ts';
import { TransferEntity, type Reason, type TransferMode, type TransferRow } from '../db/entities/transfer.ts';
import { deadlinesFor, type Deadline } from '../domain/deadlines.ts';
import { preValidate } from '../domain/pre-validation.ts';
import { atOnceNote, isAtOnce } from '../domain/at-once.ts';
import { completeTransferOut } from './transfer-steps.ts';
import { recordStep } from './record.ts';
import type { TransferApplicationInput } from '../generated/resolvers.ts';

export interface Assessment {
  /** The person's `Person.id`, or the document's key for someone no agency has recorded. */
  personId: string;
  /** The key of the document applied with. */
  documentKey: string;
  on: CalendarDate;
  mode: TransferMode;
  reasons: Reason[];
  continuity: BenefitContinuity | null;
}

/** Malformed input is refused outright; a well-formed application that fails a check is REJECTED with reasons. */
function checkInput(input: TransferApplicationInput, on: CalendarDate): void {
  const problems = new InputProblems();
  checkDocument(problems, input);
  checkRegionCode(problems, 'fromRegion', input.fromRegion);
  checkRegionCode(problems, 'toRegion', input.toRegion);
  const [fromType, toType] = insuranceTypesOf(input.kind);
  if (input.fromRegion === input.toRegion && fromType === toType) {
    problems.add(
      'toRegion',
      'a transfer goes to another region; within one region only a switch between employee and resident insurance is a transfer (003 art 14)',
    );
  }
  if (input.mode === 'MAIL' && !mailDeadlinesBetween(input.fromRegion, input.toRegion)) {
    problems.add(
      'mode',
      'MAIL is a letter mode only Tianjin has (001 art 8-9): use it only for transfers to or from a region that has it',
    );
  } else if (input.mode === 'MAIL' && input.fromRegion === input.toRegion && fromType !== toType) {
    problems.add(
      'mode',
      'a switch of schemes within one region is handled by one agency, with nothing to mail: use ONLINE',
    );
  }
  if (on > todayInChina()) problems.add('on', `${on} is in the future`);
  checkIdempotencyKey(problems, input.idempotencyKey);
  problems.throwIfAny('The application was not recorded');
}

/** Both regions' checks (003 art 7) and the benefit continuity, from what the other subgraphs know. */
export async function assess(workflow: Workflow, input: TransferApplicationInput): Promise<Assessment> {
  const on = input.on ?? todayInChina();
  checkInput(input, on);
  const documentKey = documentKeyFor(workflow.personIdKey, input);
  // The person the document names (any of their documents), with the keys their records are filed under.
  const person = await workflow.services.person(documentKey);
  const known = person ?? { id: documentKey, recordKeys: [documentKey] };
  const [contributions, open] = await Promise.all([
    workflow.services.contributions(known, input.fromRegion),
    workflow.dataSource.getRepository(TransferEntity).exists({ where: openTransferOf(known.recordKeys) }),
  ]);
  const application = { kind: input.kind, fromRegion: input.fromRegion, toRegion: input.toRegion, on };
  const reasons = preValidate(application, {
    enrollments: person?.enrollments ?? null,
    retiredOn: person?.retiredOn ?? null,
    arrearsInOutRegion: contributions.arrearsInOutRegion,
    hasOpenTransfer: open,
  });
  const [fromType] = insuranceTypesOf(input.kind);
  const outEnrollment = person?.enrollments
    .filter((enrollment) => enrollment.regionCode === input.fromRegion && enrollment.insuranceType === fromType)
    .sort((a, b) => b.startMonth - a.startMonth)[0];
  const continuity = person
    ? benefitContinuity({
        history: contributions.history,
        fromRegion: input.fromRegion,
        toRegion: input.toRegion,
        kind: input.kind,
        appliedOn: on,
        outEnrollment: outEnrollment ? { startMonth: outEnrollment.startMonth, endedOn: outEnrollment.endedOn } : null,
        facts: person,
      })
    : null;
  return { personId: known.id, documentKey, on, mode: input.mode ?? 'ONLINE', reasons, continuity };
}

/** A transfer still open under any of the person's keys (003 art 5: one at a time). */
function openTransferOf(keys: string[]) {
  return {
    personId: In(keys),
    status: In([
      'ACCEPTED',
      'CONTACT_LETTER_SENT',
      'OUT_COMPLETING',
      'OUT_COMPLETED',
      'FUNDS_RECEIVED',
      'COMPLETING',
    ]) as FindOperator<TransferRow['status']>,
  };
}

export interface TransferPreview {
  /** Whom the application's document names. */
  personId: string;
  eligible: boolean;
  reasons: Reason[];
  deadlines: Deadline[];
  continuity: BenefitContinuity | null;
}

/** A dry run: every check, the deadlines the application would get, the benefit continuity. Writes nothing. */
export async function previewTransfer(workflow: Workflow, input: TransferApplicationInput): Promise<TransferPreview> {
  const { personId, on, mode, reasons, continuity } = await assess(workflow, input);
  const deadlines = deadlinesFor({
    fromRegion: input.fromRegion,
    toRegion: input.toRegion,
    mode,
    appliedOn: on,
    contactLetterOn: null,
    outCompletedOn: null,
    fundsReceivedOn: null,
    completedOn: null,
  });
  return {
    personId,
    eligible: reasons.length === 0,
    reasons,
    deadlines: reasons.length === 0 ? deadlines : [],
    continuity,
  };
}

/** The application's fingerprint, to tell a retry from another application under one idempotency key. */
export function applicationHash(personIdKey: string, input: TransferApplicationInput): string {
  const personId = documentKeyFor(personIdKey, input);
  return fingerprint([
    personId,
    input.fromRegion,
    input.toRegion,
    input.kind,
    input.mode ?? 'ONLINE',
    input.applicant ?? 'PERSON',
    input.on,
  ]);
}

/** The transfer an earlier application under this key recorded, with its fingerprint. */
export async function applicationByKey(manager: EntityManager, key: string) {
  const earlier = await manager.findOneBy(TransferEntity, { idempotencyKey: key });
  return earlier ? { result: earlier, hash: earlier.requestHash } : null;
}

/**
 * Records an application, in the mutation's transaction: ACCEPTED, or REJECTED with every reason (003 art 7),
 * as assessed. Inside Fujian an accepted transfer is handled at once (002 art 9): the system completes the
 * transfer-out in the same transaction, and the job engine carries it through to COMPLETED.
 */
export async function recordApplication(
  manager: EntityManager,
  workflow: Workflow,
  input: TransferApplicationInput,
  assessment: Assessment,
  employerId: string | null,
): Promise<TransferRow> {
  const applicant = input.applicant ?? 'PERSON';
  const row = manager.create(TransferEntity, {
    personId: assessment.personId,
    documentKey: assessment.documentKey,
    kind: input.kind,
    fromRegion: input.fromRegion,
    toRegion: input.toRegion,
    mode: assessment.mode,
    applicant,
    employerId,
    status: assessment.reasons.length === 0 ? 'ACCEPTED' : 'REJECTED',
    appliedOn: assessment.on,
    idempotencyKey: input.idempotencyKey ?? null,
    requestHash: input.idempotencyKey ? applicationHash(workflow.personIdKey, input) : null,
    reasons: assessment.reasons,
    continuity: assessment.continuity,
    contactLetterOn: null,
    outCompletedOn: null,
    accountAmount: null,
    fundsReceivedOn: null,
    funds: null,
    fundsDecision: null,
    completedOn: null,
    cancelledOn: null,
  });
  let saved: TransferRow;
  try {
    saved = await manager.save(TransferEntity, row);
  } catch (error) {
    if (isUniqueViolation(error, 'transfer_one_open_idx')) {
      throw new Conflict(
        'Another application of this person was recorded at the same moment; query Person.transfers and retry.',
      );
    }
    throw error;
  }
  const rejected = saved.status === 'REJECTED';
  const recorded = await recordStep(manager, saved, {
    event: {
      step: rejected ? 'APPLICATION_REJECTED' : 'APPLICATION_ACCEPTED',
      actor: applicant,
      on: assessment.on,
      note: rejected
        ? `${saved.reasons.length} check(s) failed: ${saved.reasons.map((reason) => reason.code).join(', ')}`
        : undefined,
    },
  });
  if (rejected || !isAtOnce(recorded)) return recorded;
  return completeTransferOut(manager, workflow, recorded.id, {
    on: recorded.appliedOn,
    actor: 'SYSTEM',
    note: atOnceNote(recorded),
  });
}
