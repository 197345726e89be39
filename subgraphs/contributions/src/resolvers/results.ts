import { regionReference } from '#shared/regions/region-reference.ts';
import type {
  ContributionYearsResolvers as Years,
  DuplicateMonthResolvers as Duplicates,
  RegionMonthsResolvers as RegionMonths,
} from '../generated/resolvers.ts';

/** The computed types point at regions by code; the gateway fetches the rest from enrollment. */
export const ContributionYearsResolvers: Years = {
  asOfRegion: (years) => (years.asOfRegion ? { code: years.asOfRegion } : null),
};

export const RegionMonthsResolvers: RegionMonths = { region: regionReference };

export const DuplicateMonthResolvers: Duplicates = {
  regions: (duplicate) => duplicate.regionCodes.map((code) => ({ code })),
  keptBy: (duplicate) => ({ code: duplicate.keptBy }),
};
