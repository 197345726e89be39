import type { EntityManager } from 'typeorm';
import { Conflict, InputProblems } from '#shared/errors.ts';
import { checkDocument, documentKeyFor } from '#shared/identity/documents.ts';
import { checkRegionCode } from '#shared/input-checks.ts';
import { DeemedPeriodEntity, type DeemedPeriodRow } from '../db/entities/deemed-period.ts';
import type { DeemedPeriodInput } from '../generated/resolvers.ts';

/**
 * Records a deemed period (视同缴费年限), counted per the rules of the region that deems it (000 art 13).
 * One per person, region and reason: repeating it changes nothing; a different length is a CONFLICT.
 */
export async function recordDeemedPeriod(
  manager: EntityManager,
  personIdKey: string,
  input: DeemedPeriodInput,
): Promise<DeemedPeriodRow> {
  const problems = new InputProblems();
  checkDocument(problems, input);
  checkRegionCode(problems, 'regionCode', input.regionCode);
  if (!Number.isInteger(input.months) || input.months < 1 || input.months > 600) {
    problems.add('months', 'give the number of months, from 1 to 600');
  }
  problems.throwIfAny('The deemed period was not recorded');
  const personId = documentKeyFor(personIdKey, input);
  await manager
    .createQueryBuilder()
    .insert()
    .into(DeemedPeriodEntity)
    .values({ personId, regionCode: input.regionCode, months: input.months, reason: input.reason })
    .orIgnore()
    .execute();
  const stored = await manager.findOneByOrFail(DeemedPeriodEntity, {
    personId,
    regionCode: input.regionCode,
    reason: input.reason,
  });
  if (stored.months !== input.months) {
    throw new Conflict(
      `A ${input.reason} period of ${stored.months} months is already recorded for this person in ` +
        `${input.regionCode}; it is not overwritten. Send ${stored.months} months, or correct it with the agency.`,
    );
  }
  return stored;
}
