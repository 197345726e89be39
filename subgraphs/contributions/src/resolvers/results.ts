import { regionReference } from '#shared/regions/region-reference.ts';
import type { ContributionYears } from '../domain/contribution-years.ts';
import type { DuplicateMonth } from '../domain/duplicates.ts';

/** The computed types point at regions by code; the gateway fetches the rest from enrollment. */
export const ContributionYearsResolvers = {
  asOfRegion: (years: ContributionYears) => (years.asOfRegion ? { code: years.asOfRegion } : null),
};

export const RegionMonthsResolvers = { region: regionReference };

export const DuplicateMonthResolvers = {
  regions: (duplicate: DuplicateMonth) => duplicate.regionCodes.map((code) => ({ code })),
  keptBy: (duplicate: DuplicateMonth) => ({ code: duplicate.keptBy }),
};
