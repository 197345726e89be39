import { findRegion, type PolicyProfile, type PoolingRegion } from '#shared/regions/regions.ts';
import { policyDeadlines, policyRules } from '../domain/policy-summary.ts';
import { POLICIES } from '#shared/rules/region-policy.ts';
import type { RegionPolicy } from '../generated/resolvers.ts';
import type { AgencyResolvers, RegionResolvers } from '../generated/resolvers.ts';

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

/** A region's agency (经办机构). */
const agencyOf = (region: PoolingRegion) => ({ name: region.agencyName, regionCode: region.code });

/** Regions and agencies are reference data held in memory: resolving them costs no SQL. */
export const Region: RegionResolvers = {
  __resolveReference: (reference) => findRegion(reference.code) ?? null,
  agency: (region) => agencyOf(region),
  policy: (region) => POLICY_VIEWS[region.policyProfile],
};

export const Agency: AgencyResolvers = {
  __resolveReference: (reference) => {
    const region = findRegion(reference.regionCode);
    return region ? agencyOf(region) : null;
  },
};
