import type { EntityManager } from 'typeorm';
import { todayInChina } from '#shared/calendar-date.ts';
import { BadUserInput, Conflict, InputProblems } from '#shared/errors.ts';
import { checkDocument, documentKeyFor } from '#shared/identity/documents.ts';
import { checkRegionCode } from '#shared/input-checks.ts';
import { formatMoney } from '#shared/money.ts';
import { firstDayOf, formatYearMonth, lastMonthAhead, monthOfDate } from '#shared/year-month.ts';
import type { ContributionInput } from '../generated/resolvers.ts';

export const MAX_CONTRIBUTIONS_PER_BATCH = 5000;

function validate(inputs: ContributionInput[]): void {
  if (inputs.length === 0) throw new BadUserInput('input: give at least one contribution.');
  if (inputs.length > MAX_CONTRIBUTIONS_PER_BATCH) {
    throw new BadUserInput(
      `input: ${inputs.length} records, at most ${MAX_CONTRIBUTIONS_PER_BATCH} per call: split the batch.`,
    );
  }
  const today = todayInChina();
  const latest = lastMonthAhead(monthOfDate(today));
  const problems = new InputProblems();
  inputs.forEach((input, index) => {
    const at = `input[${index}]`;
    checkDocument(problems, input, { number: `${at}.idNumber`, issuingCountry: `${at}.issuingCountry` });
    checkRegionCode(problems, `${at}.regionCode`, input.regionCode);
    if (input.amount <= 0n) problems.add(`${at}.amount`, 'a contribution is a positive amount');
    if (input.month > latest) problems.add(`${at}.month`, `months can be recorded up to ${formatYearMonth(latest)}`);
    if (input.paidOn && input.paidOn > today) problems.add(`${at}.paidOn`, `${input.paidOn} is in the future`);
    if (input.kind === 'BACK_PAY' && !input.paidOn) {
      problems.add(
        `${at}.paidOn`,
        'a back-payment (BACK_PAY) has a payment date; an owed month is REGULAR without paidOn',
      );
    }
  });
  problems.throwIfAny('No contribution was recorded');
}

/**
 * Records a batch of contributions in one transaction, all or nothing. A record identical to one already
 * stored (same person, region, insurance type, month and payment date, same amount and kind) changes nothing;
 * one that differs from the stored record is a CONFLICT, and the whole batch is refused.
 */
export async function recordContributions(
  manager: EntityManager,
  personIdKey: string,
  inputs: ContributionInput[],
): Promise<{ recorded: number; unchanged: number }> {
  validate(inputs);
  const columns = {
    personId: inputs.map((input) => documentKeyFor(personIdKey, input)),
    regionCode: inputs.map((input) => input.regionCode),
    insuranceType: inputs.map((input) => input.insuranceType),
    month: inputs.map((input) => firstDayOf(input.month)),
    amount: inputs.map((input) => input.amount.toString()),
    paidOn: inputs.map((input) => input.paidOn ?? null),
    kind: inputs.map((input) => input.kind ?? 'REGULAR'),
  };
  const parameters = Object.values(columns);
  const batch = `unnest($1::text[], $2::char(6)[], $3::text[], $4::date[], $5::bigint[], $6::date[], $7::text[])
                 WITH ORDINALITY AS b(person_id, region_code, insurance_type, month, amount_fen, paid_on, kind, position)`;
  const inserted: unknown[] = await manager.query(
    `INSERT INTO contribution (person_id, region_code, insurance_type, month, amount_fen, paid_on, kind)
     SELECT person_id, region_code, insurance_type, month, amount_fen, paid_on, kind FROM ${batch}
     ON CONFLICT ON CONSTRAINT contribution_natural_key DO NOTHING
     RETURNING id`,
    parameters,
  );
  const differing: { position: string; amount_fen: string; kind: string }[] = await manager.query(
    `SELECT b.position, c.amount_fen, c.kind
       FROM ${batch}
       JOIN contribution c
         ON c.person_id = b.person_id AND c.region_code = b.region_code AND c.insurance_type = b.insurance_type
        AND c.month = b.month AND c.paid_on IS NOT DISTINCT FROM b.paid_on
      WHERE c.amount_fen <> b.amount_fen OR c.kind <> b.kind
      ORDER BY b.position`,
    parameters,
  );
  if (differing.length > 0) {
    const problems = differing.slice(0, 20).map(({ position, amount_fen, kind }) => {
      const input = inputs[Number(position) - 1]!;
      const paid = input.paidOn ? `paid on ${input.paidOn}` : 'owed';
      return (
        `input[${Number(position) - 1}] (${formatYearMonth(input.month)}, ${input.regionCode}, ${paid}) is already ` +
        `recorded as ${formatMoney(BigInt(amount_fen))} ${kind}`
      );
    });
    throw new Conflict(
      `No contribution was recorded: records differ from what is stored for the same month, region, insurance ` +
        `type and payment date: ${problems.join('; ')}. Stored records are not overwritten; send them as stored.`,
    );
  }
  return { recorded: inserted.length, unchanged: inputs.length - inserted.length };
}
