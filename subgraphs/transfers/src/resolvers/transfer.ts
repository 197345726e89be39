import { isUuid } from '#shared/input-checks.ts';
import type { TransfersContext } from '../context.ts';
import type { TransferRow } from '../db/entities/transfer.ts';

export const Query = {
  transfer: (_: unknown, args: { id: string }, context: TransfersContext) =>
    isUuid(args.id) ? context.loaders.transferById.load(args.id) : null,
};

export const Person = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
  transfers: (person: { id: string }, _: unknown, context: TransfersContext) =>
    context.loaders.transfersByPerson.load(person.id),
};

export const Transfer = {
  person: (transfer: TransferRow) => ({ id: transfer.personId }),
  fromRegion: (transfer: TransferRow) => ({ code: transfer.fromRegion }),
  toRegion: (transfer: TransferRow) => ({ code: transfer.toRegion }),
};
