import { requireAgency, requireService } from '#shared/auth/authorize.ts';
import { runMutation } from '#shared/database/mutation.ts';
import { NotFound } from '#shared/errors.ts';
import { documentKeyFor } from '#shared/identity/documents.ts';
import { isUuid } from '#shared/input-checks.ts';
import { changeEnrollmentStatus, closeEnrollmentsForTransfer } from '../commands/change-status.ts';
import { enroll } from '../commands/enroll.ts';
import { linkIdentityDocument, unlinkIdentityDocument } from '../commands/identity-documents.ts';
import { recordPersonFact, type PersonFactInput } from '../commands/record-person-fact.ts';
import type { EnrollmentContext } from '../context.ts';
import { EnrollmentEntity } from '../db/entities/enrollment.ts';
import type { MutationResolvers, MutationSuspendEnrollmentArgs } from '../generated/resolvers.ts';

/** Suspending or terminating is for the agency of the enrollment's region. */
async function changeStatus(
  context: EnrollmentContext,
  args: MutationSuspendEnrollmentArgs,
  target: 'SUSPENDED' | 'TERMINATED',
) {
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

export const Mutation: MutationResolvers = {
  enroll(_, { input }, context) {
    requireAgency(context.identity, input.regionCode, 'Enrolling a person');
    const personId = documentKeyFor(context.config.personIdKey, input);
    return runMutation(context, { operation: 'enroll', personId, detail: input }, (manager) =>
      enroll(manager, context.config.personIdKey, input),
    );
  },

  suspendEnrollment: (_, args, context) => changeStatus(context, args, 'SUSPENDED'),
  terminateEnrollment: (_, args, context) => changeStatus(context, args, 'TERMINATED'),

  recordRetirement: (_, { input }, context) =>
    recordFact(context, 'recordRetirement', { ...input, kind: 'RETIREMENT' }),
  recordExemption: (_, { input }, context) => recordFact(context, 'recordExemption', { ...input, kind: 'EXEMPTION' }),
  recordOtherSchemeCover: (_, { input }, context) =>
    recordFact(context, 'recordOtherSchemeCover', { ...input, kind: 'OTHER_SCHEME_COVER' }),

  linkIdentityDocument(_, { input }, context) {
    requireAgency(context.identity, input.regionCode, "Linking a person's documents");
    const personId = documentKeyFor(context.config.personIdKey, input);
    return runMutation(context, { operation: 'linkIdentityDocument', personId, detail: input }, (manager) =>
      linkIdentityDocument(manager, context.config.personIdKey, actingRegion(context), input),
    );
  },

  unlinkIdentityDocument(_, { input }, context) {
    requireAgency(context.identity, input.regionCode, "Unlinking a person's documents");
    const personId = documentKeyFor(context.config.personIdKey, input);
    return runMutation(context, { operation: 'unlinkIdentityDocument', personId, detail: input }, (manager) =>
      unlinkIdentityDocument(manager, context.config.personIdKey, actingRegion(context), input),
    );
  },

  closeEnrollmentsForTransfer(_, args, context) {
    requireService(context.identity);
    return runMutation(
      context,
      { operation: 'closeEnrollmentsForTransfer', personId: args.personId, detail: args },
      (manager) => closeEnrollmentsForTransfer(manager, args.personId, args.regionCode, args.on, args.insuranceType),
    );
  },
};
