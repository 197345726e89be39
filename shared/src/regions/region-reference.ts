import { findRegion } from './regions.ts';

/** How a subgraph that does not own regions points at one: by code. */
export interface RegionReference {
  code: string;
}

export const regionReference = (row: { regionCode: string }): RegionReference => ({ code: row.regionCode });

/**
 * The Region fields every subgraph answers itself from the reference table (`@shareable`), so that a region's
 * name costs no call to the enrollment subgraph. Region codes are checked when they are written.
 */
const regionOf = (region: RegionReference) => findRegion(region.code)!;
export const RegionFields = {
  name: (region: RegionReference) => regionOf(region).name,
  province: (region: RegionReference) => regionOf(region).province,
  provinceCode: (region: RegionReference) => regionOf(region).provinceCode,
};
