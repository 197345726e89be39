import type { AnswerError } from './gateway-client.ts';
import type { ImportKind } from './kind.ts';
import type { RowProblem } from './row.ts';

/**
 * What the API said about the records of a batch it refused whole. Its messages name the records by position —
 * `input[3].amount: a contribution is a positive amount` (a list input) or `Variable "$r3" got invalid value …`
 * (aliases), or by the alias at the error's path — so each problem goes to its row, at the column of its field.
 */
export function problemsByPosition(
  kind: ImportKind,
  errors: readonly AnswerError[],
  pattern: 'list' | 'aliases',
): Map<number, RowProblem[]> {
  const found = new Map<number, RowProblem[]>();
  for (const error of errors) {
    const code = error.extensions?.code ?? 'an error';
    const alias = pattern === 'aliases' ? /^r(\d+)$/.exec(String(error.path?.[0] ?? '')) : null;
    if (alias) {
      found.set(Number(alias[1]), [...(found.get(Number(alias[1])) ?? []), refusal(kind, error)]);
      continue;
    }
    const mark = pattern === 'list' ? /input\[(\d+)\](?:\.(\w+))?/g : /\$r(\d+)\b(?:\.(\w+))?/g;
    const matches = [...error.message.matchAll(mark)];
    // The sentence after the last record's part, if any, says what to do about every one of them.
    const last = matches.at(-1);
    const lastPart = last ? error.message.slice(last.index) : '';
    const tailAt = lastPart.indexOf('. ');
    const tail = tailAt >= 0 ? lastPart.slice(tailAt + 2).trim() : '';
    matches.forEach((match, k) => {
      const end =
        k + 1 < matches.length ? matches[k + 1]!.index : last!.index + (tailAt >= 0 ? tailAt : lastPart.length);
      const said = error.message
        .slice(match.index + match[0].length, end)
        .replace(/^[:\s]+/, '')
        .replace(/[;.\s]+$/, '');
      const position = Number(match[1]);
      const problem = `the hub refused it (${code}): ${said}${tail ? `. ${tail.replace(/\.$/, '')}` : ''}`;
      const list = found.get(position) ?? [];
      list.push({ column: match[2] ? kind.columnOf(match[2]) : '', problem });
      found.set(position, list);
    });
  }
  return found;
}

/**
 * A problem for a row the API refused on its own (an alias's error, or a batch of one), at the column of the field
 * its message begins with ("amount: the account … holds 70.00, so a debit of 1000.00 would make it negative").
 */
export function refusal(kind: ImportKind, error: AnswerError): RowProblem {
  const code = error.extensions?.code ?? 'an error';
  const field = /^(\w+): /.exec(error.message);
  const column = field ? kind.columnOf(field[1]!) : '';
  const said = column ? error.message.slice(field![0].length) : error.message;
  return { column, problem: `the hub refused it (${code}): ${said}` };
}
