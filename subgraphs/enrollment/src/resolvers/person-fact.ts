import { findRegion } from '#shared/regions/regions.ts';
import type { ExemptionResolvers, SchemeCoverResolvers } from '../generated/resolvers.ts';

/** A recorded fact points at the region whose agency recorded it (an exemption, another scheme's cover). */
export const PersonFact: ExemptionResolvers & SchemeCoverResolvers = {
  region: (fact) => findRegion(fact.regionCode)!,
};
