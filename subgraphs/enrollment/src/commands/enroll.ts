import type { EntityManager } from 'typeorm';
import { todayInChina } from '#shared/calendar-date.ts';
import { Conflict, InputProblems } from '#shared/errors.ts';
import { checkDocument, documentOf, genderFromDocument } from '#shared/identity/documents.ts';
import { INSURANCE_TYPE_NAMES } from '#shared/insurance.ts';
import { checkRegionCode } from '#shared/input-checks.ts';
import { isUniqueViolation } from '#shared/database/unique-violation.ts';
import { findRegion } from '#shared/regions/regions.ts';
import { formatYearMonth, lastMonthAhead, monthOfDate } from '#shared/year-month.ts';
import { EnrollmentEntity, type EnrollmentRow } from '../db/entities/enrollment.ts';
import { holderOrNew } from './identity-documents.ts';
import type { EnrollInput } from '../generated/resolvers.ts';

function validate(input: EnrollInput): void {
  const problems = new InputProblems();
  checkDocument(problems, input);
  checkRegionCode(problems, 'regionCode', input.regionCode);
  const name = input.name.trim();
  if (name.length === 0 || name.length > 60)
    problems.add('name', 'give the name as on the identity document (1 to 60 characters)');
  const derived = problems.isEmpty ? genderFromDocument(documentOf(input)) : null;
  if (derived && input.gender && input.gender !== derived) {
    problems.add(
      'gender',
      "it contradicts the number's gender digit (odd for men, even for women): check both, or leave gender out",
    );
  }
  const latest = lastMonthAhead(monthOfDate(todayInChina()));
  if (input.startMonth > latest)
    problems.add('startMonth', `enrollment can be registered up to ${formatYearMonth(latest)}`);
  problems.throwIfAny('The enrollment was not recorded');
}

/**
 * Enrolls a person (creating them on first sight of their document), filed under the key of the document given.
 * Idempotent on (document, region, insurance type, start month). Nobody may be enrolled twice (003 art 5): a second
 * active enrollment, under any of the person's documents, is a CONFLICT.
 */
export async function enroll(manager: EntityManager, personIdKey: string, input: EnrollInput): Promise<EnrollmentRow> {
  validate(input);
  const name = input.name.trim();
  const { person, key, keys } = await holderOrNew(manager, personIdKey, { ...input, name });
  // A linked document may write the name otherwise (a passport's Latin letters); the person's first document names them.
  if (key === person.id && person.name !== name) {
    throw new Conflict(
      'The name does not match the name on record for this document: check both against the identity document.',
    );
  }
  const enrollments = manager.getRepository(EnrollmentEntity);
  const same = await enrollments.findOneBy({
    personId: key,
    regionCode: input.regionCode,
    insuranceType: input.insuranceType,
    startMonth: input.startMonth,
  });
  if (same) return same;
  const active = await enrollments
    .createQueryBuilder('enrollment')
    .where('enrollment.personId = ANY(:keys)', { keys })
    .andWhere(`enrollment.status = 'ACTIVE'`)
    .getOne();
  if (active) throw activeElsewhere(active);
  try {
    return await enrollments.save(
      enrollments.create({
        personId: key,
        regionCode: input.regionCode,
        insuranceType: input.insuranceType,
        status: 'ACTIVE',
        startMonth: input.startMonth,
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error, 'enrollment_one_active_idx')) {
      throw new Conflict(
        'Another enrollment of this person was recorded at the same moment; query the person and retry.',
      );
    }
    throw error;
  }
}

function activeElsewhere(active: EnrollmentRow): Conflict {
  const region = findRegion(active.regionCode)!;
  return new Conflict(
    `The person is already actively enrolled in ${INSURANCE_TYPE_NAMES[active.insuranceType]} in ` +
      `${region.name} (${region.code}) since ${formatYearMonth(active.startMonth)}, and nobody may be enrolled ` +
      `twice (003 art 5): suspend or terminate that enrollment first.`,
  );
}
