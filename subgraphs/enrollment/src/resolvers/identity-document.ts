import { idNumberFor } from '#shared/auth/authorize.ts';
import { enrolledRegions } from './person-access.ts';
import type { IdentityDocumentResolvers } from '../generated/resolvers.ts';

/**
 * An identity document, also as other subgraphs name it by key (the Info Sheet's 证件类型及号码, 003 annex 3). Its
 * number in full for whoever may see the holder's number, masked for everyone else.
 */
export const IdentityDocument: IdentityDocumentResolvers = {
  __resolveReference: (reference, context) => context.loaders.documentByKey.load(reference.key),
  idNumber: async (document, _, context) =>
    idNumberFor(
      context.identity,
      document.personId,
      await enrolledRegions(document.personId, context),
      document.idNumber,
    ),
};
