import type { EntityManager } from 'typeorm';
import { todayInChina, type CalendarDate } from '#shared/calendar-date.ts';
import { BadUserInput, Conflict, NotFound } from '#shared/errors.ts';
import { isUuid } from '#shared/input-checks.ts';
import type { InsuranceType } from '#shared/insurance.ts';
import { formatYearMonth, monthOfDate } from '#shared/year-month.ts';
import { EnrollmentEntity, type EnrollmentRow, type EnrollmentStatus } from '../db/entities/enrollment.ts';

type Target = Exclude<EnrollmentStatus, 'ACTIVE'>;

/** Which statuses may move to the target; the target itself is accepted and changes nothing (idempotent). */
const ALLOWED_FROM: Record<Target, EnrollmentStatus[]> = {
  SUSPENDED: ['ACTIVE'],
  TERMINATED: ['ACTIVE', 'SUSPENDED'],
};

const VERB: Record<Target, string> = { SUSPENDED: 'suspended', TERMINATED: 'terminated' };

/**
 * Suspends (中止) or terminates (终止) an enrollment on a business date. The month of that date becomes the
 * enrollment's last month, unless a suspension already set it. Repeating the same change changes nothing.
 */
export async function changeEnrollmentStatus(
  manager: EntityManager,
  id: string,
  target: Target,
  on: CalendarDate = todayInChina(),
): Promise<EnrollmentRow> {
  const repository = manager.getRepository(EnrollmentEntity);
  const enrollment = isUuid(id)
    ? await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!enrollment) throw new NotFound(`No enrollment has the id "${id}": take the id from Person.enrollments.`);
  if (enrollment.status === target) return enrollment;
  if (!ALLOWED_FROM[target].includes(enrollment.status)) {
    throw new Conflict(`The enrollment is ${enrollment.status.toLowerCase()} and can no longer be ${VERB[target]}.`);
  }
  const month = monthOfDate(on);
  if (month < enrollment.startMonth) {
    throw new BadUserInput(
      `on: ${on} is before the enrollment started (${formatYearMonth(enrollment.startMonth)}): give a date from then on.`,
    );
  }
  enrollment.status = target;
  enrollment.endMonth ??= month;
  if (target === 'SUSPENDED') enrollment.suspendedOn = on;
  else enrollment.terminatedOn = on;
  return repository.save(enrollment);
}

/**
 * Terminates, in one transaction, every enrollment a person still has in the out-region (of the scheme left,
 * when given: a switch within one region keeps the new one) once a transfer is complete (003 art 13, 14): the
 * out-region keeps the relationship suspended until then, and it ends automatically.
 * An enrollment there that began after the transfer-in date is a later relationship, not the one transferred,
 * and is left as it is (so a completion dated before it never fails).
 */
export async function closeEnrollmentsForTransfer(
  manager: EntityManager,
  personId: string,
  regionCode: string,
  on: CalendarDate,
  insuranceType?: InsuranceType | null,
): Promise<EnrollmentRow[]> {
  // Under every document of the person the transfer names (whichever of their keys it was made under).
  const query = manager
    .createQueryBuilder(EnrollmentEntity, 'enrollment')
    .where(
      `enrollment.personId IN (SELECT key FROM identity_document WHERE person_id = (SELECT person_id FROM identity_document WHERE key = :personId))`,
      { personId },
    )
    .andWhere('enrollment.regionCode = :regionCode', { regionCode })
    .orderBy('enrollment.startMonth', 'ASC');
  if (insuranceType) query.andWhere('enrollment.insuranceType = :insuranceType', { insuranceType });
  const enrollments = await query.getMany();
  const closed: EnrollmentRow[] = [];
  for (const enrollment of enrollments.filter((candidate) => candidate.startMonth <= monthOfDate(on))) {
    closed.push(
      enrollment.status === 'TERMINATED'
        ? enrollment
        : await changeEnrollmentStatus(manager, enrollment.id, 'TERMINATED', on),
    );
  }
  return closed;
}
