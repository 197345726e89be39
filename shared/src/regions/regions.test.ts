import { describe, expect, it } from 'vitest';
import { ALL_REGIONS, findRegion, regionCodeProblem } from './regions.ts';

describe('pooling regions (GB/T 2260)', () => {
  it('has every prefecture-level region, the municipalities as regions themselves', () => {
    expect(ALL_REGIONS).toHaveLength(369);
    expect(findRegion('110000')).toEqual({
      code: '110000',
      name: '北京市',
      provinceCode: '110000',
      province: '北京市',
      agencyName: '北京市医疗保障事业管理中心',
      policyProfile: 'NATIONAL',
    });
    expect(['120000', '310000', '500000'].map((code) => findRegion(code)?.name)).toEqual([
      '天津市',
      '上海市',
      '重庆市',
    ]);
  });

  it.each([
    ['440100', '广州市', '广东省', 'GUANGDONG'],
    ['440300', '深圳市', '广东省', 'GUANGDONG'],
    ['120000', '天津市', '天津市', 'TIANJIN'],
    ['350200', '厦门市', '福建省', 'FUJIAN'],
    ['410100', '郑州市', '河南省', 'HENAN'],
    ['419001', '济源市', '河南省', 'HENAN'],
    ['330100', '杭州市', '浙江省', 'NATIONAL'],
  ])('%s is %s in %s under the %s rules', (code, name, province, profile) => {
    const region = findRegion(code)!;
    expect([region.name, region.province, region.policyProfile]).toEqual([name, province, profile]);
  });

  it.each([
    ['440000', '440000 is a province, not a pooling region: give a city\'s code, e.g. "440100"'],
    ['999999', '999999 is not a pooling region of the mainland: query regions for the list of codes'],
    ['4401', '"4401" is not a region code: give the 6-digit division code, e.g. "440100"'],
  ])('refuses %s', (code, problem) => {
    expect(regionCodeProblem(code)).toBe(problem);
  });
});
