import type { CheckedChange, SchemaCheck } from './check.ts';

const MARK: Record<CheckedChange['level'], string> = { BREAKING: '✖', DANGEROUS: '!', SAFE: '✔' };

/** One change as a line: its level, its message, and for a breaking change what the check makes of it. */
function line(change: CheckedChange): string {
  const note =
    change.verdict === 'fails'
      ? ' — FAILS: listed in the public contract (api.md): keep it, or deprecate it first and remove it later'
      : change.verdict
        ? ` — allowed: ${change.verdict}`
        : '';
  return `  ${MARK[change.level]} ${change.level.padEnd(9)} ${change.message}${note}`;
}

/** The report `npm run schema:check` prints: per schema, its breaking, dangerous and safe changes, in that order. */
export function formatReport(checks: SchemaCheck[]): string {
  const order: CheckedChange['level'][] = ['BREAKING', 'DANGEROUS', 'SAFE'];
  return checks
    .map((check) => {
      const count = (level: CheckedChange['level']) => check.changes.filter((c) => c.level === level).length;
      const head = `${check.name}: ${count('BREAKING')} breaking, ${count('DANGEROUS')} dangerous, ${count('SAFE')} safe`;
      const lines = order.flatMap((level) => check.changes.filter((c) => c.level === level).map(line));
      return [head, ...lines].join('\n');
    })
    .join('\n');
}
