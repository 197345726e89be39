import type { ImportKind } from './kind.ts';

/**
 * The header line of an import file: column names as the kind documents them (case and surrounding spaces
 * ignored). A column the kind does not know is refused, not ignored: a misspelt optional column (`paid_date` for
 * `paid_on`) would otherwise load every month as owed.
 */
export function readHeader(kind: ImportKind, fields: string[]): { columns: string[] } | { problem: string } {
  const columns = fields.map((field) => field.trim().toLowerCase());
  const known = new Set(kind.columns.map((column) => column.name));
  const list = kind.columns.map((column) => column.name).join(', ');
  const unknown = columns.filter((column) => !known.has(column));
  if (unknown.length > 0)
    return {
      problem: `line 1: ${unknown.map((c) => `"${c}"`).join(', ')} ${unknown.length === 1 ? 'is not a column' : 'are not columns'} of ${kind.name} files; the columns are ${list}`,
    };
  const twice = columns.filter((column, index) => columns.indexOf(column) !== index);
  if (twice.length > 0) return { problem: `line 1: the column "${twice[0]}" appears twice: keep one` };
  const missing = kind.columns.filter((column) => column.required && !columns.includes(column.name));
  if (missing.length > 0)
    return {
      problem: `line 1: ${kind.name} files need the column(s) ${missing.map((c) => c.name).join(', ')}; the columns are ${list}`,
    };
  return { columns };
}
