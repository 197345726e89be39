import { idNumberFor } from '#shared/auth/authorize.ts';
import type { EnrollmentContext } from '../context.ts';
import type { IdentityDocumentRow } from '../db/entities/identity-document.ts';
import { enrolledRegions } from './person-access.ts';

/**
 * An identity document, also as other subgraphs name it by key (the Info Sheet's 证件类型及号码, 003 annex 3). Its
 * number in full for whoever may see the holder's number, masked for everyone else.
 */
export const IdentityDocument = {
  __resolveReference: (reference: { key: string }, context: EnrollmentContext) =>
    context.loaders.documentByKey.load(reference.key),
  idNumber: async (document: IdentityDocumentRow, _: unknown, context: EnrollmentContext) =>
    idNumberFor(
      context.identity,
      document.personId,
      await enrolledRegions(document.personId, context),
      document.idNumber,
    ),
};
