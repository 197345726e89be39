/**
 * A calendar month, stored as the number of months since 0000-01 (year × 12 + month − 1), so that month
 * arithmetic is integer arithmetic. On the wire and in the database it is written "YYYY-MM".
 */
export type YearMonth = number & { readonly __brand: 'YearMonth' };

const YEAR_MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

export function yearMonth(year: number, month: number): YearMonth {
  return (year * 12 + (month - 1)) as YearMonth;
}

/** Parses "YYYY-MM"; null for anything else, including a month outside 01–12 or a year before 1900. */
export function parseYearMonth(text: string): YearMonth | null {
  const match = YEAR_MONTH_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || year < 1900) return null;
  return yearMonth(year, month);
}

export function formatYearMonth(value: YearMonth): string {
  const year = Math.floor(value / 12);
  const month = (value % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(value: YearMonth, months: number): YearMonth {
  return (value + months) as YearMonth;
}

/** The month a calendar date ("YYYY-MM-DD") falls in. */
export function monthOfDate(date: string): YearMonth {
  return yearMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
}

/** The first day of the month, as the database's `date` column holds it. */
export function firstDayOf(value: YearMonth): string {
  return `${formatYearMonth(value)}-01`;
}

/**
 * The last month that may be recorded ahead of time: December of next year (resident insurance is enrolled
 * and paid by the year, ahead of it).
 */
export function lastMonthAhead(today: YearMonth): YearMonth {
  return (today - (today % 12) + 23) as YearMonth;
}
