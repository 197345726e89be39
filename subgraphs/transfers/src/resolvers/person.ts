import { guardPerson, type PersonRepresentation } from '#shared/auth/person-guard.ts';
import { loadForKeys } from '#shared/database/batch.ts';
import type { TransfersContext } from '../context.ts';

export const Person = {
  __resolveReference: (reference: PersonRepresentation) => reference,
  /** Under every key of the person's (a person linked from another record brings that record's transfers), newest first. */
  transfers: async (person: PersonRepresentation, _: unknown, context: TransfersContext) =>
    (await loadForKeys(context.loaders.transfersByPerson, guardPerson(context, person, 'transfers'))).sort(
      (a, b) => Number(b.seq) - Number(a.seq),
    ),
};
