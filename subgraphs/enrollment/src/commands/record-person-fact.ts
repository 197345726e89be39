import type { EntityManager } from 'typeorm';
import { todayInChina } from '#shared/calendar-date.ts';
import { Conflict, InputProblems, NotFound } from '#shared/errors.ts';
import { checkDocument } from '#shared/identity/documents.ts';
import { checkRegionCode } from '#shared/input-checks.ts';
import { formatYearMonth } from '#shared/year-month.ts';
import type { PersonRow } from '../db/entities/person.ts';
import { PersonFactEntity, type PersonFactRow } from '../db/entities/person-fact.ts';
import { holderOf } from './identity-documents.ts';
import type { ExemptionInput, RetirementInput, SchemeCoverInput } from '../generated/resolvers.ts';

/** One fact, as an agency records it: who, which region's agency, and the fact itself. */
export type PersonFactInput =
  | ({ kind: 'RETIREMENT' } & RetirementInput)
  | ({ kind: 'EXEMPTION' } & ExemptionInput)
  | ({ kind: 'OTHER_SCHEME_COVER' } & SchemeCoverInput);

function validate(input: PersonFactInput): void {
  const problems = new InputProblems();
  checkDocument(problems, input);
  checkRegionCode(problems, 'regionCode', input.regionCode);
  if (input.kind === 'RETIREMENT' && input.on > todayInChina()) problems.add('on', `${input.on} is in the future`);
  if (input.kind === 'EXEMPTION' && (!Number.isInteger(input.year) || input.year < 1990 || input.year > 2100)) {
    problems.add('year', 'give the year the exemption is for, e.g. 2025');
  }
  if (input.kind === 'OTHER_SCHEME_COVER') {
    if (input.toMonth < input.fromMonth)
      problems.add('toMonth', `${formatYearMonth(input.toMonth)} is before fromMonth`);
    if (input.scheme.trim().length === 0 || input.scheme.length > 60)
      problems.add('scheme', 'name the scheme, 1 to 60 characters (e.g. 公费医疗)');
  }
  problems.throwIfAny('The fact was not recorded');
}

/**
 * Records a fact about a person (enrolled by some agency), filed under the key of the document given, in the
 * mutation's transaction. Facts are added, never edited: the same fact again changes nothing; a second, different
 * retirement date (under any of the person's documents) is a CONFLICT.
 */
export async function recordPersonFact(
  manager: EntityManager,
  personIdKey: string,
  input: PersonFactInput,
): Promise<PersonRow> {
  validate(input);
  const holder = await holderOf(manager, personIdKey, input);
  if (!holder) throw new NotFound('No agency has enrolled this person: enroll them before recording facts about them.');
  const fact: Partial<PersonFactRow> = { personId: holder.key, kind: input.kind, regionCode: input.regionCode };
  if (input.kind === 'RETIREMENT') fact.retiredOn = input.on;
  if (input.kind === 'EXEMPTION') Object.assign(fact, { group: input.group, year: input.year });
  if (input.kind === 'OTHER_SCHEME_COVER')
    Object.assign(fact, { fromMonth: input.fromMonth, toMonth: input.toMonth, scheme: input.scheme.trim() });
  if (input.kind === 'RETIREMENT') {
    const recorded = await manager
      .createQueryBuilder(PersonFactEntity, 'fact')
      .where('fact.personId = ANY(:keys)', { keys: holder.keys })
      .andWhere(`fact.kind = 'RETIREMENT'`)
      .getOne();
    if (recorded && recorded.retiredOn !== input.on) {
      throw new Conflict(`The person's retirement is recorded on ${recorded.retiredOn}; it is not overwritten.`);
    }
    if (recorded) return holder.person;
  }
  await manager.createQueryBuilder().insert().into(PersonFactEntity).values(fact).orIgnore().execute();
  return holder.person;
}
