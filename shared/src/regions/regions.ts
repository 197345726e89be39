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
  const provinceKey = code.slice(0, 2);
  return {
    code,
    name,
    provinceCode: `${provinceKey}0000`,
    province: provinceNames.get(provinceKey)!,
    agencyName: `${name}医疗保障事业管理中心`,
    policyProfile: PROFILE_BY_PROVINCE[provinceKey] ?? 'NATIONAL',
  };
}

export const ALL_REGIONS: readonly PoolingRegion[] = POOLING_REGIONS.map(toRegion);
const regionsByCode = new Map(ALL_REGIONS.map((region) => [region.code, region]));

export function findRegion(code: string): PoolingRegion | undefined {
  return regionsByCode.get(code);
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
