import type { CalendarDate } from '../calendar-date.ts';
import schedules from './schedules.json' with { type: 'json' };

/**
 * Working days (工作日) under the State Council's holiday schedules: Monday to Friday, less the statutory
 * holidays, plus the weekend days made working days (调休). The schedules are data (schedules.json), one
 * entry per published year; a new year is added there without a code change.
 *
 * Past the last published year (or before the first) a day's status cannot be known: the calendar falls
 * back to Monday–Friday and marks the answer `provisional` instead of passing a guess off as exact.
 */
type Schedules = Record<string, { holidays: string[]; workdays: string[] }>;

export interface HolidayCalendar {
  publishedYears: ReadonlySet<number>;
  holidays: ReadonlySet<string>;
  makeUpWorkdays: ReadonlySet<string>;
}

export function holidayCalendar(data: Schedules): HolidayCalendar {
  const years = Object.keys(data);
  return {
    publishedYears: new Set(years.map(Number)),
    holidays: new Set(years.flatMap((year) => data[year]!.holidays)),
    makeUpWorkdays: new Set(years.flatMap((year) => data[year]!.workdays)),
  };
}

export const STATE_COUNCIL_CALENDAR = holidayCalendar(schedules as Schedules);

const DAY_MS = 86_400_000;
const toUtc = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10) as CalendarDate;

export interface DayStatus {
  working: boolean;
  /** False when the day's year has no published schedule: `working` is then Monday–Friday only. */
  published: boolean;
}

export function dayStatus(date: string, calendar: HolidayCalendar = STATE_COUNCIL_CALENDAR): DayStatus {
  const published = calendar.publishedYears.has(Number(date.slice(0, 4)));
  const weekday = new Date(toUtc(date)).getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  if (!published) return { working: !weekend, published };
  if (calendar.makeUpWorkdays.has(date)) return { working: true, published };
  return { working: !weekend && !calendar.holidays.has(date), published };
}

export interface WorkingDayDeadline {
  dueOn: CalendarDate;
  /** True when any day counted lies in a year whose schedule is not published yet. */
  provisional: boolean;
}

/**
 * The date N working days after `from`, the day of the triggering event itself not counted:
 * 10 working days after 2024-09-27 is 2024-10-16 (2024-09-29, a Sunday, was a working day; Oct 1–7 were not).
 */
export function addWorkingDays(
  from: CalendarDate,
  workingDays: number,
  calendar: HolidayCalendar = STATE_COUNCIL_CALENDAR,
): WorkingDayDeadline {
  if (!Number.isInteger(workingDays) || workingDays < 0) throw new RangeError('workingDays is a whole number ≥ 0');
  let day = toUtc(from);
  let counted = 0;
  let provisional = false;
  while (counted < workingDays) {
    day += DAY_MS;
    const status = dayStatus(fromUtc(day), calendar);
    provisional ||= !status.published;
    if (status.working) counted++;
  }
  return { dueOn: fromUtc(day), provisional };
}

/** The last year whose schedule is published. */
export function lastPublishedYear(calendar: HolidayCalendar = STATE_COUNCIL_CALENDAR): number {
  return Math.max(...calendar.publishedYears);
}
