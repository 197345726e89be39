import type { CalendarDate } from '#shared/calendar-date.ts';
import { changeEnrollmentStatus, closeEnrollmentsForTransfer } from '../commands/change-status.ts';
import { enroll, type EnrollInput } from '../commands/enroll.ts';
import type { EnrollmentContext } from '../context.ts';

type StatusArgs = { id: string; on?: CalendarDate | null };

export const Mutation = {
  enroll: (_: unknown, args: { input: EnrollInput }, context: EnrollmentContext) =>
    enroll(context.db.dataSource, context.config.personIdKey, args.input),

  suspendEnrollment: (_: unknown, args: StatusArgs, context: EnrollmentContext) =>
    changeEnrollmentStatus(context.db.dataSource, args.id, 'SUSPENDED', args.on ?? undefined),

  terminateEnrollment: (_: unknown, args: StatusArgs, context: EnrollmentContext) =>
    changeEnrollmentStatus(context.db.dataSource, args.id, 'TERMINATED', args.on ?? undefined),

  closeEnrollmentsForTransfer: (
    _: unknown,
    args: { personId: string; regionCode: string; on: CalendarDate },
    context: EnrollmentContext,
  ) => closeEnrollmentsForTransfer(context.db.dataSource, args.personId, args.regionCode, args.on),
};
