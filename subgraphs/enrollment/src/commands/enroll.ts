import type { EntityManager } from 'typeorm';
import { todayInChina } from '#shared/calendar-date.ts';
import { Conflict, InputProblems } from '#shared/errors.ts';
import { genderOf, normaliseIdNumber, personIdFor } from '#shared/id-number.ts';
import { INSURANCE_TYPE_NAMES, type InsuranceType } from '#shared/insurance.ts';
import { checkIdNumber, checkRegionCode } from '#shared/input-checks.ts';
import { isUniqueViolation } from '#shared/database/unique-violation.ts';
import { findRegion } from '#shared/regions/regions.ts';
import { formatYearMonth, lastMonthAhead, monthOfDate, type YearMonth } from '#shared/year-month.ts';
import { EnrollmentEntity, type EnrollmentRow } from '../db/entities/enrollment.ts';
import { PersonEntity, type Gender } from '../db/entities/person.ts';

export interface EnrollInput {
  idNumber: string;
  name: string;
  gender?: Gender | null;
  regionCode: string;
  insuranceType: InsuranceType;
  startMonth: YearMonth;
}

function validate(input: EnrollInput): void {
  const problems = new InputProblems();
  checkIdNumber(problems, 'idNumber', input.idNumber);
  checkRegionCode(problems, 'regionCode', input.regionCode);
  const name = input.name.trim();
  if (name.length === 0 || name.length > 60) problems.add('name', 'give the name as on the ID card (1 to 60 characters)');
  if (problems.isEmpty && input.gender && input.gender !== genderOf(normaliseIdNumber(input.idNumber))) {
    problems.add('gender', "it contradicts the ID number's 17th digit (odd for men, even for women): check both, or leave gender out");
  }
  const latest = lastMonthAhead(monthOfDate(todayInChina()));
  if (input.startMonth > latest) problems.add('startMonth', `enrollment can be registered up to ${formatYearMonth(latest)}`);
  problems.throwIfAny('The enrollment was not recorded');
}

/**
 * Enrolls a person (creating them on first sight). Idempotent on (person, region, insurance type, start
 * month). Nobody may be enrolled twice (003 art 5): a second active enrollment is a CONFLICT.
 */
export async function enroll(manager: EntityManager, personIdKey: string, input: EnrollInput): Promise<EnrollmentRow> {
  validate(input);
  const idNumber = normaliseIdNumber(input.idNumber);
  const personId = personIdFor(personIdKey, idNumber);
  const name = input.name.trim();
  await manager
    .createQueryBuilder()
    .insert()
    .into(PersonEntity)
    .values({ id: personId, idType: 'RESIDENT_ID_CARD', idNumber, name, gender: input.gender ?? genderOf(idNumber) })
    .orIgnore()
    .execute();
  const person = await manager.findOneByOrFail(PersonEntity, { id: personId });
  if (person.name !== name) {
    throw new Conflict('The name does not match the name on record for this ID number: check both against the ID card.');
  }
  const enrollments = manager.getRepository(EnrollmentEntity);
  const same = await enrollments.findOneBy({
    personId,
    regionCode: input.regionCode,
    insuranceType: input.insuranceType,
    startMonth: input.startMonth,
  });
  if (same) return same;
  const active = await enrollments.findOneBy({ personId, status: 'ACTIVE' });
  if (active) throw activeElsewhere(active);
  try {
    return await enrollments.save(
      enrollments.create({ personId, regionCode: input.regionCode, insuranceType: input.insuranceType, status: 'ACTIVE', startMonth: input.startMonth }),
    );
  } catch (error) {
    if (isUniqueViolation(error, 'enrollment_one_active_idx')) {
      throw new Conflict('Another enrollment of this person was recorded at the same moment; query the person and retry.');
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
