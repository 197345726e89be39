import { POOLING_REGIONS, PROVINCE_DIVISIONS } from './divisions.generated.ts';

/**
 * The rule set a region follows: the national measures (003) by default, or one of the four provinces whose
 * own measures are in the seeds, chosen by the first two digits of the region code.
 */
export type PolicyProfile = 'NATIONAL' | 'GUANGDONG' | 'TIANJIN' | 'FUJIAN' | 'HENAN';

const PROFILE_BY_PROVINCE: Record<string, PolicyProfile> = {
  '44': 'GUANGDONG',
  '12': 'TIANJIN',
  '35': 'FUJIAN',
  '41': 'HENAN',
};

export interface PoolingRegion {
  /** 6-digit administrative division code (GB/T 2260). */
  code: string;
  name: string;
  provinceCode: string;
  province: string;
  /** The region's medical insurance agency (经办机构), which signs documents. */
  agencyName: string;
  policyProfile: PolicyProfile;
}

const provinceNames = new Map(PROVINCE_DIVISIONS.map(([code, name]) => [code.slice(0, 2), name]));

function toRegion([code, name]: readonly [string, string]): PoolingRegion {
  const provinceKey = provinceKeyOf(code);
  return {
    code,
    name,
    provinceCode: `${provinceKey}0000`,
    province: provinceNames.get(provinceKey)!,
    agencyName: `${name}医疗保障事业管理中心`,
    policyProfile: policyProfileOf(code),
  };
}

/** The provinces each rule set is for, by name (e.g. GUANGDONG: 广东省); none for the national set. */
export const PROVINCE_NAMES_BY_PROFILE = Object.fromEntries(
  (['NATIONAL', 'GUANGDONG', 'TIANJIN', 'FUJIAN', 'HENAN'] as PolicyProfile[]).map((profile) => [
    profile,
    Object.entries(PROFILE_BY_PROVINCE)
      .filter(([, p]) => p === profile)
      .map(([key]) => provinceNames.get(key)!),
  ]),
) as Record<PolicyProfile, string[]>;

export const ALL_REGIONS: readonly PoolingRegion[] = POOLING_REGIONS.map(toRegion);
const regionsByCode = new Map(ALL_REGIONS.map((region) => [region.code, region]));

export function findRegion(code: string): PoolingRegion | undefined {
  return regionsByCode.get(code);
}

/** The first two digits of a division code: its province. */
export function provinceKeyOf(code: string): string {
  return code.slice(0, 2);
}

export function sameProvince(a: string, b: string): boolean {
  return provinceKeyOf(a) === provinceKeyOf(b);
}

/** The rule set a province's regions follow, by a code in it (a region's, or the province's own "350000"). */
export function policyProfileOf(code: string): PolicyProfile {
  return PROFILE_BY_PROVINCE[provinceKeyOf(code)] ?? 'NATIONAL';
}

/** Why a region code is not acceptable, or null when it names a pooling region. */
export function regionCodeProblem(code: string): string | null {
  if (!/^\d{6}$/.test(code)) return `"${code}" is not a region code: give the 6-digit division code, e.g. "440100"`;
  if (regionsByCode.has(code)) return null;
  if (code.endsWith('0000') && provinceNames.has(code.slice(0, 2))) {
    return `${code} is a province, not a pooling region: give a city's code, e.g. "${code.slice(0, 2)}0100"`;
  }
  return `${code} is not a pooling region of the mainland: query regions for the list of codes`;
}
