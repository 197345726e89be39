import { checkCharacter } from '#shared/identity/gb11643.ts';
import type { InsuranceType } from '#shared/insurance.ts';
import { addMonths, yearMonth, type YearMonth } from '#shared/year-month.ts';

/**
 * A demo population with realistic cross-region stories through the seed provinces (Guangdong, Tianjin,
 * Fujian, Henan) and a few national-rule regions. Deterministic: the same people every time, so seeding is
 * idempotent. Each person is a sequence of stints (one region and insurance type each) separated by gaps.
 */
export interface Stint {
  regionCode: string;
  insuranceType: InsuranceType;
  from: YearMonth;
  to: YearMonth;
  /** How the enrollment ends: TERMINATED after a completed move, SUSPENDED while a move is pending. */
  endsAs: 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';
  /** Months owed (arrears) inside the stint; `backPaid` ones were paid later. */
  owed: YearMonth[];
  backPaid: YearMonth[];
}

export interface DemoPerson {
  idNumber: string;
  name: string;
  story: string;
  /** Monthly contribution base in yuan (employee insurance). */
  wageBase: number;
  stints: Stint[];
  deemed?: { regionCode: string; months: number; reason: 'WORK_SERVICE' | 'MILITARY_SERVICE' };
}

type StoryStep = [regionCode: string, insuranceType: InsuranceType];

const STORIES: { story: string; steps: StoryStep[]; deemed?: DemoPerson['deemed'] }[] = [
  {
    story: 'Worked in Zhengzhou, moved to Guangzhou, now works in Shenzhen',
    steps: [
      ['410100', 'EMPLOYEE'],
      ['440100', 'EMPLOYEE'],
      ['440300', 'EMPLOYEE'],
    ],
  },
  {
    story: 'Tianjin employee who moved to Fuzhou; two months were paid in both',
    steps: [
      ['120000', 'EMPLOYEE'],
      ['350100', 'EMPLOYEE'],
    ],
  },
  {
    story: 'Resident in Luoyang, then an employee in Xiamen',
    steps: [
      ['410300', 'RESIDENT'],
      ['350200', 'EMPLOYEE'],
    ],
  },
  {
    story: 'Employee who moved from Xiamen to Fuzhou inside Fujian',
    steps: [
      ['350200', 'EMPLOYEE'],
      ['350100', 'EMPLOYEE'],
    ],
  },
  {
    story: 'Veteran employed in Beijing, moved to Tianjin',
    steps: [
      ['110000', 'EMPLOYEE'],
      ['120000', 'EMPLOYEE'],
    ],
    deemed: { regionCode: '110000', months: 48, reason: 'MILITARY_SERVICE' },
  },
  {
    story: 'Employee in Dongguan with owed months, some paid back, moved to Guangzhou',
    steps: [
      ['441900', 'EMPLOYEE'],
      ['440100', 'EMPLOYEE'],
    ],
  },
  {
    story: 'Employee from Shanghai to Hangzhou, now moving on to Chengdu (transfer pending)',
    steps: [
      ['310000', 'EMPLOYEE'],
      ['330100', 'EMPLOYEE'],
      ['510100', 'EMPLOYEE'],
    ],
  },
  {
    story: 'Employee in Shenzhen who went home to Zhengzhou as a resident',
    steps: [
      ['440300', 'EMPLOYEE'],
      ['410100', 'RESIDENT'],
    ],
  },
  {
    story: 'State-enterprise worker in Tianjin with deemed work service, moved to Zhengzhou',
    steps: [
      ['120000', 'EMPLOYEE'],
      ['410100', 'EMPLOYEE'],
    ],
    deemed: { regionCode: '120000', months: 30, reason: 'WORK_SERVICE' },
  },
];

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
];

/** mulberry32: a small deterministic PRNG. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function idNumber(regionCode: string, birth: string, sequence: number): string {
  const first17 = `${regionCode}${birth}${String(sequence).padStart(3, '0')}`;
  return `${first17}${checkCharacter(first17)}`;
}

export const DEMO_POPULATION_SIZE = 36;

/** Histories run up to this month, fixed so that every seeding run sends exactly the same records. */
export const DEMO_LAST_MONTH = yearMonth(2026, 9);

/** The demo people, with histories up to `lastMonth`. */
export function demoPopulation(lastMonth: YearMonth = DEMO_LAST_MONTH): DemoPerson[] {
  const next = random(20211201);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));

  return Array.from({ length: DEMO_POPULATION_SIZE }, (_, index) => {
    const { story, steps, deemed } = STORIES[index % STORIES.length]!;
    const birthYear = between(1965, 1995);
    const birth = `${birthYear}${String(between(1, 12)).padStart(2, '0')}${String(between(1, 28)).padStart(2, '0')}`;
    const sequence = between(0, 499) * 2 + (index % 2); // odd: man, even: woman (GB 11643)
    const stints: Stint[] = [];
    // Work starts at 22; the stints share the years up to the last month, with short gaps between them.
    let start = yearMonth(Math.max(birthYear + 22, 2000), between(1, 12));
    const span = lastMonth - start;
    steps.forEach(([regionCode, insuranceType], position) => {
      const isLast = position === steps.length - 1;
      const length = isLast ? lastMonth - start + 1 : Math.max(12, Math.floor(span / steps.length) + between(-10, 10));
      const to = addMonths(start, length - 1);
      const owed =
        story.includes('owed') && position === 0 ? [addMonths(to, -14), addMonths(to, -13), addMonths(to, -12)] : [];
      stints.push({
        regionCode,
        insuranceType,
        from: start,
        to: isLast ? lastMonth : to,
        endsAs: isLast
          ? 'ACTIVE'
          : story.includes('pending') && position === steps.length - 2
            ? 'SUSPENDED'
            : 'TERMINATED',
        owed,
        backPaid: owed.slice(0, 2),
      });
      // Gaps of 0–5 months: some within the 3-month back-pay window (003 art 11), some beyond it; in the
      // "paid in both" story the next region starts two months before this one ends (duplicate payments).
      start = addMonths(to, story.includes('paid in both') ? -1 : 1 + between(0, 5));
    });
    return {
      idNumber: idNumber(stints[0]!.regionCode, birth, sequence),
      name: `${pick(SURNAMES)}${pick(GIVEN)}`,
      story,
      wageBase: between(40, 150) * 100,
      stints,
      ...(deemed ? { deemed } : {}),
    };
  });
}
