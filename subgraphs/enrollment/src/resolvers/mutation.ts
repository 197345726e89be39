import { requireAgency, requireService } from '#shared/auth/authorize.ts';
import type { CalendarDate } from '#shared/calendar-date.ts';
import { runMutation } from '#shared/database/mutation.ts';
import { NotFound } from '#shared/errors.ts';
import { documentKeyFor, type DocumentInput } from '#shared/identity/documents.ts';
import { isUuid } from '#shared/input-checks.ts';
import type { InsuranceType } from '#shared/insurance.ts';
import type { ExemptGroup } from '#shared/rules/region-policy.ts';
import type { YearMonth } from '#shared/year-month.ts';
import { changeEnrollmentStatus, closeEnrollmentsForTransfer } from '../commands/change-status.ts';
import { enroll, type EnrollInput } from '../commands/enroll.ts';
import {
  linkIdentityDocument,
  unlinkIdentityDocument,
  type DocumentLinkInput,
} from '../commands/identity-documents.ts';
import { recordPersonFact, type PersonFactInput } from '../commands/record-person-fact.ts';
import type { EnrollmentContext } from '../context.ts';
import { EnrollmentEntity } from '../db/entities/enrollment.ts';

type StatusArgs = { id: string; on?: CalendarDate | null };

/** Suspending or terminating is for the agency of the enrollment's region. */
async function changeStatus(context: EnrollmentContext, args: StatusArgs, target: 'SUSPENDED' | 'TERMINATED') {
  const enrollment = isUuid(args.id)
    ? await context.db.dataSource.getRepository(EnrollmentEntity).findOneBy({ id: args.id })
    : null;
  if (!enrollment) throw new NotFound(`No enrollment has the id "${args.id}": take the id from Person.enrollments.`);
  requireAgency(
    context.identity,
    enrollment.regionCode,
    target === 'SUSPENDED' ? 'Suspending an enrollment' : 'Terminating an enrollment',
  );
  const operation = target === 'SUSPENDED' ? 'suspendEnrollment' : 'terminateEnrollment';
  return runMutation(context, { operation, personId: enrollment.personId, detail: args }, (manager) =>
    changeEnrollmentStatus(manager, args.id, target, args.on ?? undefined),
  );
}

/** A fact about a person is recorded by the agency of the region that knows it (or the national level). */
function recordFact(context: EnrollmentContext, operation: string, input: PersonFactInput) {
  requireAgency(context.identity, input.regionCode, 'Recording a fact about a person');
  const personId = documentKeyFor(context.config.personIdKey, input);
  return runMutation(context, { operation, personId, detail: input }, (manager) =>
    recordPersonFact(manager, context.config.personIdKey, input),
  );
}

/** The region an agency acts for; null for the national administrator, who may act for any. */
const actingRegion = (context: EnrollmentContext) =>
  context.identity.role === 'AGENCY' ? context.identity.regionCode! : null;

export const Mutation = {
  enroll(_: unknown, args: { input: EnrollInput }, context: EnrollmentContext) {
    requireAgency(context.identity, args.input.regionCode, 'Enrolling a person');
    const personId = documentKeyFor(context.config.personIdKey, args.input);
    return runMutation(context, { operation: 'enroll', personId, detail: args.input }, (manager) =>
      enroll(manager, context.config.personIdKey, args.input),
    );
  },

  suspendEnrollment: (_: unknown, args: StatusArgs, context: EnrollmentContext) =>
    changeStatus(context, args, 'SUSPENDED'),
  terminateEnrollment: (_: unknown, args: StatusArgs, context: EnrollmentContext) =>
    changeStatus(context, args, 'TERMINATED'),

  recordRetirement: (
    _: unknown,
    args: { input: DocumentInput & { regionCode: string; on: CalendarDate } },
    context: EnrollmentContext,
  ) => recordFact(context, 'recordRetirement', { ...args.input, kind: 'RETIREMENT' }),
  recordExemption: (
    _: unknown,
    args: { input: DocumentInput & { regionCode: string; group: ExemptGroup; year: number } },
    context: EnrollmentContext,
  ) => recordFact(context, 'recordExemption', { ...args.input, kind: 'EXEMPTION' }),
  recordOtherSchemeCover: (
    _: unknown,
    args: { input: DocumentInput & { regionCode: string; fromMonth: YearMonth; toMonth: YearMonth; scheme: string } },
    context: EnrollmentContext,
  ) => recordFact(context, 'recordOtherSchemeCover', { ...args.input, kind: 'OTHER_SCHEME_COVER' }),

  linkIdentityDocument(_: unknown, args: { input: DocumentLinkInput }, context: EnrollmentContext) {
    requireAgency(context.identity, args.input.regionCode, "Linking a person's documents");
    const personId = documentKeyFor(context.config.personIdKey, args.input);
    return runMutation(context, { operation: 'linkIdentityDocument', personId, detail: args.input }, (manager) =>
      linkIdentityDocument(manager, context.config.personIdKey, actingRegion(context), args.input),
    );
  },

  unlinkIdentityDocument(
    _: unknown,
    args: { input: DocumentInput & { regionCode: string } },
    context: EnrollmentContext,
  ) {
    requireAgency(context.identity, args.input.regionCode, "Unlinking a person's documents");
    const personId = documentKeyFor(context.config.personIdKey, args.input);
    return runMutation(context, { operation: 'unlinkIdentityDocument', personId, detail: args.input }, (manager) =>
      unlinkIdentityDocument(manager, context.config.personIdKey, actingRegion(context), args.input),
    );
  },

  closeEnrollmentsForTransfer(
    _: unknown,
    args: { personId: string; regionCode: string; insuranceType?: InsuranceType | null; on: CalendarDate },
    context: EnrollmentContext,
  ) {
    requireService(context.identity);
    return runMutation(
      context,
      { operation: 'closeEnrollmentsForTransfer', personId: args.personId, detail: args },
      (manager) => closeEnrollmentsForTransfer(manager, args.personId, args.regionCode, args.on, args.insuranceType),
    );
  },
};
