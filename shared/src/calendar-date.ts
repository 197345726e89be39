/**
 * A business date: a calendar day in China time (Asia/Shanghai), written "YYYY-MM-DD". Kept as that string,
 * which sorts and compares correctly, so no time zone can shift it.
 */
export type CalendarDate = string & { readonly __brand: 'CalendarDate' };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" and checks the day exists (no 2023-02-29); null otherwise. */
export function parseCalendarDate(text: string): CalendarDate | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  const exists = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return exists ? (text as CalendarDate) : null;
}

// en-CA formats as YYYY-MM-DD. Built once: a formatter costs about 100 times the formatting.
const CHINA_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

/** Today in China (Asia/Shanghai), whatever the server's time zone. */
export function todayInChina(now: Date = new Date()): CalendarDate {
  return CHINA_DATE.format(now) as CalendarDate;
}
