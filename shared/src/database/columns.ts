import type { ValueTransformer } from 'typeorm';
import type { CalendarDate } from '../calendar-date.ts';
import type { Fen } from '../money.ts';
import { firstDayOf, monthOfDate, type YearMonth } from '../year-month.ts';

/** Column transformers shared by every subgraph's entities, so domain code only sees domain values. */

/** `bigint` fen ↔ bigint (node-postgres hands int8 over as a string, to lose no precision). */
export const fenColumn: ValueTransformer = {
  to: (value: Fen | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null ? null : BigInt(value)),
};

/** `date` (the first day of the month) ↔ YearMonth. */
export const monthColumn: ValueTransformer = {
  to: (value: YearMonth | null | undefined) => (value === null || value === undefined ? value : firstDayOf(value)),
  from: (value: string | null) => (value === null ? null : monthOfDate(value)),
};

/** `date` ↔ CalendarDate ("YYYY-MM-DD"); TypeORM already hydrates `date` columns as that string. */
export const dateColumn: ValueTransformer = {
  to: (value: CalendarDate | null | undefined) => value,
  from: (value: string | null) => value as CalendarDate | null,
};
