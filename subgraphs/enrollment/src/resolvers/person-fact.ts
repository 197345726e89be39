import { findRegion } from '#shared/regions/regions.ts';

/** A recorded fact points at the region whose agency recorded it. */
export const PersonFact = {
  region: (fact: { regionCode: string }) => findRegion(fact.regionCode)!,
};
