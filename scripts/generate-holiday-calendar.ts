/**
 * Writes shared/src/calendar/schedules.json, the State Council's holiday schedules (放假安排) year by year:
 * the statutory holidays and the weekend days made working days (调休). Taken from the `chinese-days`
 * package; a test cross-checks the file against the package and against the published notices.
 *
 * A new year's schedule (published each November) is added by appending it to the JSON, by hand or by
 * re-running this script once the package has it: no code changes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

const byYear: Record<string, { holidays: string[]; workdays: string[] }> = {};
const add = (kind: 'holidays' | 'workdays', date: string) => {
  const year = date.slice(0, 4);
  byYear[year] ??= { holidays: [], workdays: [] };
  byYear[year][kind].push(date);
};
for (const date of Object.keys(chineseDays.holidays)) add('holidays', date);
for (const date of Object.keys(chineseDays.workdays)) add('workdays', date);

const years = Object.keys(byYear).sort();
const lines = years.map((year) => {
  const { holidays, workdays } = byYear[year]!;
  return `  "${year}": {\n    "holidays": ${JSON.stringify(holidays.sort())},\n    "workdays": ${JSON.stringify(workdays.sort())}\n  }`;
});
const target = fileURLToPath(new URL('../shared/src/calendar/schedules.json', import.meta.url));
writeFileSync(target, `{\n${lines.join(',\n')}\n}\n`);
console.log(`Wrote ${years.length} years (${years[0]}–${years[years.length - 1]}) to ${target}`);
