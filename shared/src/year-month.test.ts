import { describe, expect, it } from 'vitest';
import { addMonths, formatYearMonth, lastMonthAhead, monthOfDate, parseYearMonth, yearMonth } from './year-month.ts';
import { parseCalendarDate, todayInChina } from './calendar-date.ts';

describe('YearMonth', () => {
  it('round-trips and does month arithmetic across years', () => {
    const june = parseYearMonth('2019-06')!;
    expect(formatYearMonth(june)).toBe('2019-06');
    expect(formatYearMonth(addMonths(june, 7))).toBe('2020-01');
    expect(addMonths(june, 7) - june).toBe(7);
    expect(yearMonth(2019, 6)).toBe(june);
    expect(formatYearMonth(monthOfDate('2024-12-31'))).toBe('2024-12');
  });

  it.each([
    ['2026-01', '2027-12'],
    ['2026-11', '2027-12'],
    ['2026-12', '2027-12'],
  ])('from %s, months can be recorded ahead up to %s', (today, last) => {
    expect(formatYearMonth(lastMonthAhead(parseYearMonth(today)!))).toBe(last);
  });

  it.each(['2019-13', '2019-00', '2019-6', '19-06', '1899-12', '2019-06-01', ''])('refuses %s', (text) => {
    expect(parseYearMonth(text)).toBeNull();
  });
});

describe('CalendarDate', () => {
  it('accepts real days only', () => {
    expect(parseCalendarDate('2024-02-29')).toBe('2024-02-29');
    expect(parseCalendarDate('2023-02-29')).toBeNull();
    expect(parseCalendarDate('2024-9-27')).toBeNull();
  });

  it('gives today in China time', () => {
    // 2024-09-27 20:30 UTC is already 2024-09-28 in Beijing.
    expect(todayInChina(new Date('2024-09-27T20:30:00Z'))).toBe('2024-09-28');
    expect(todayInChina(new Date('2024-09-27T10:00:00Z'))).toBe('2024-09-27');
  });
});
