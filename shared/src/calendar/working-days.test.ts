import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../calendar-date.ts';
import { addWorkingDays, dayStatus, holidayCalendar, lastPublishedYear } from './working-days.ts';

const date = (text: string) => text as CalendarDate;

describe('working days (工作日) under the State Council holiday schedules', () => {
  it.each([
    // [from, N, due, what it crosses]
    [
      '2024-09-27',
      10,
      '2024-10-16',
      'National Day 2024: Sep 29 (Sun) and Oct 12 (Sat) worked, Oct 1–7 off (domain.md example)',
    ],
    ['2024-02-08', 5, '2024-02-21', 'Spring Festival 2024: Feb 10–17 off, Feb 18 (Sun) worked'],
    ['2024-02-02', 3, '2024-02-06', 'Feb 4 2024 (Sun) was a make-up working day'],
    ['2025-01-24', 5, '2025-02-07', 'Spring Festival 2025: Jan 26 (Sun) worked, Jan 28–Feb 4 off'],
    [
      '2025-09-26',
      10,
      '2025-10-16',
      'National Day and Mid-Autumn 2025: Sep 28 (Sun) and Oct 11 (Sat) worked, Oct 1–8 off',
    ],
    ['2024-09-27', 0, '2024-09-27', 'zero working days is the day itself'],
  ])('%s + %i working days = %s (%s)', (from, n, due) => {
    expect(addWorkingDays(date(from), n)).toEqual({ dueOn: due, provisional: false });
  });

  it('marks a deadline past the last published year as provisional, counting Monday–Friday there', () => {
    expect(lastPublishedYear()).toBe(2026);
    // Dec 25, 28, 29, 30, 31 of 2026 are known; Jan 1, 4, 5, 6, 7 of 2027 are not published yet.
    expect(addWorkingDays(date('2026-12-24'), 10)).toEqual({ dueOn: '2027-01-07', provisional: true });
    expect(addWorkingDays(date('2026-12-24'), 5)).toEqual({ dueOn: '2026-12-31', provisional: false });
  });

  it('takes a newly published year as data, without code changes', () => {
    const with2027 = holidayCalendar({
      '2026': { holidays: [], workdays: [] },
      '2027': { holidays: ['2027-01-01'], workdays: ['2027-01-09'] },
    });
    expect(dayStatus('2027-01-01', with2027)).toEqual({ working: false, published: true });
    expect(dayStatus('2027-01-09', with2027)).toEqual({ working: true, published: true });
    expect(addWorkingDays(date('2026-12-31'), 1, with2027)).toEqual({ dueOn: '2027-01-04', provisional: false });
  });

  it('agrees with the chinese-days package on every day from 2004 to 2026', () => {
    const disagreements: string[] = [];
    for (let day = Date.UTC(2004, 0, 1); day <= Date.UTC(2026, 11, 31); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      if (dayStatus(iso).working !== chineseDays.isWorkday(iso)) disagreements.push(iso);
    }
    expect(disagreements).toEqual([]);
  });
});
