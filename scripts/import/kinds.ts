import { accountEntries } from './account-entries.ts';
import { contributions } from './contributions.ts';
import { enrollments } from './enrollments.ts';
import type { ImportKind } from './kind.ts';

/** The kinds of file `npm run import -- <kind> <file.csv>` loads, by the name given on the command line. */
export const IMPORT_KINDS: Record<string, ImportKind> = {
  contributions: contributions as ImportKind,
  enrollments: enrollments as ImportKind,
  'account-entries': accountEntries as ImportKind,
};
