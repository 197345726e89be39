import { findRegion } from '#shared/regions/regions.ts';
import type { AgencyResolvers } from '../generated/resolvers.ts';

/** An agency's seal: the public key its Info Sheets and Contact Letters verify with. */
export const Agency: AgencyResolvers = {
  __resolveReference: (reference) => ({ regionCode: reference.regionCode }),
  publicKey: (agency, _, context) =>
    findRegion(agency.regionCode) ? context.workflow.seals.publicKey(agency.regionCode) : null,
};
