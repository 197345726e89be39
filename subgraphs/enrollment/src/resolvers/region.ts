import { findRegion, type PolicyProfile, type PoolingRegion } from '#shared/regions/regions.ts';
import { policyDeadlines, policyRules } from '../domain/policy-summary.ts';
import { POLICIES } from '#shared/rules/region-policy.ts';
import type { RegionPolicy } from '../generated/resolvers.ts';

/** How each of the five rule sets reads in `Region.policy`, built once. */
const POLICY_VIEWS = Object.fromEntries(
  Object.values(POLICIES).map((policy) => [
    policy.profile,
    {
      profile: policy.profile,
      regulation: policy.regulation,
      inForceSince: policy.inForceSince,
      deadlines: policyDeadlines(policy),
      rules: policyRules(policy),
    },
  ]),
) as Record<PolicyProfile, RegionPolicy>;

/** Regions and agencies are reference data held in memory: resolving them costs no SQL. */
export const Region = {
  __resolveReference: (reference: { code: string }) => findRegion(reference.code) ?? null,
  agency: (region: PoolingRegion) => ({ name: region.agencyName, regionCode: region.code }),
  policy: (region: PoolingRegion) => POLICY_VIEWS[region.policyProfile],
};

export const Agency = {
  __resolveReference: (reference: { regionCode: string }) => {
    const region = findRegion(reference.regionCode);
    return region ? Region.agency(region) : null;
  },
};
