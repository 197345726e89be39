import { guardPerson, type PersonRepresentation } from '#shared/auth/person-guard.ts';
import { loadForKeys } from '#shared/database/batch.ts';
import { InputProblems } from '#shared/errors.ts';
import { checkRegionCode } from '#shared/input-checks.ts';
import { parseYearMonth, type YearMonth } from '#shared/year-month.ts';
import type { ContributionsContext } from '../context.ts';
import { historyOf } from '../loaders.ts';
import { contributionPeriods } from '../domain/contribution-periods.ts';
import { contributionYears } from '../domain/contribution-years.ts';
import { duplicateMonths, type BenefitUse } from '../domain/duplicates.ts';
import { arrears, paidContributions } from '../domain/history.ts';
import type { PersonResolvers } from '../generated/resolvers.ts';

/** Representations are not parsed by scalars: `benefitUse` months arrive as "YYYY-MM" text. */
export type PersonReference = PersonRepresentation & {
  benefitUse?: { regionCode: string; month: YearMonth | string }[] | null;
  otherSchemeCover?: { fromMonth: YearMonth | string; toMonth: YearMonth | string }[] | null;
};

/** Every field first checks the caller may see this person (guardPerson), then reads the history under all their keys. */
const history = (person: PersonReference, context: ContributionsContext, what: string) =>
  historyOf(context.loaders, guardPerson(context, person, what));

/** Months in representations (@requires) arrive as wire values, "YYYY-MM". */
const wireMonth = (month: YearMonth | string): YearMonth | null =>
  typeof month === 'number' ? month : parseYearMonth(month);

/** Benefit use arrives in the representation from the accounts subgraph (@requires), as wire values. */
function benefitUseOf(person: PersonReference): BenefitUse[] {
  return (person.benefitUse ?? []).flatMap(({ regionCode, month }) => {
    const parsed = wireMonth(month);
    return parsed === null ? [] : [{ regionCode, month: parsed }];
  });
}

export const Person: PersonResolvers = {
  __resolveReference: (reference) => reference,

  contributions: async (person, filter, context) =>
    paidContributions(await history(person, context, 'contributions'), filter),

  arrears: async (person, args, context) =>
    arrears(
      (await history(person, context, 'arrears')).filter(
        (row) => !args.regionCode || row.regionCode === args.regionCode,
      ),
    ),

  deemedPeriods: (person, _, context) =>
    loadForKeys(context.loaders.deemedPeriodsByPerson, guardPerson(context, person, 'deemedPeriods')),

  contributionPeriods: async (person, _, context) =>
    contributionPeriods(await history(person, context, 'contributionPeriods')),

  contributionYears: async (person, args, context) => {
    if (args.asOfRegion) {
      const problems = new InputProblems();
      checkRegionCode(problems, 'asOfRegion', args.asOfRegion);
      problems.throwIfAny('No contribution years were computed');
    }
    const keys = guardPerson(context, person, 'contributionYears');
    const [rows, deemed] = await Promise.all([
      historyOf(context.loaders, keys),
      loadForKeys(context.loaders.deemedPeriodsByPerson, keys),
    ]);
    const cover = (person.otherSchemeCover ?? []).flatMap(({ fromMonth, toMonth }) => {
      const [from, to] = [wireMonth(fromMonth), wireMonth(toMonth)];
      return from === null || to === null ? [] : [{ fromMonth: from, toMonth: to }];
    });
    return contributionYears(rows, deemed, args.asOfRegion, cover);
  },

  duplicateMonths: async (person, _, context) =>
    duplicateMonths(await history(person, context, 'duplicateMonths'), benefitUseOf(person)),
};
