import { GatewayClient, isTransient, type AnswerError } from './gateway-client.ts';
import { problemsByPosition, refusal } from './api-refusals.ts';
import type { CheckedRow, ImportKind } from './kind.ts';
import type { RowProblem } from './row.ts';

/** What became of a batch: rows new to the hub, rows it already held identically, and rows it refused. */
export interface BatchOutcome {
  recorded: number;
  unchanged: number;
  refused: { row: CheckedRow; problems: RowProblem[] }[];
}

const empty = (): BatchOutcome => ({ recorded: 0, unchanged: 0, refused: [] });

function merge(into: BatchOutcome, from: BatchOutcome): BatchOutcome {
  into.recorded += from.recorded;
  into.unchanged += from.unchanged;
  into.refused.push(...from.refused);
  return into;
}

/**
 * Sends one batch of checked rows through the gateway. A batch the API refuses whole (all or nothing) is not lost:
 * the rows its message names are reported with what it said, and the others sent again; when it names none, the
 * batch is halved until the refused rows are found. Faults of the hub are retried by the client.
 */
export class BatchSender {
  private readonly document: (size: number) => string;

  constructor(
    private readonly kind: ImportKind,
    private readonly client: GatewayClient,
  ) {
    const { field, inputType } = kind.sending;
    if (kind.sending.style === 'list') {
      const query = `mutation Import($input: ${inputType}) { ${field}(input: $input) { recorded unchanged } }`;
      this.document = () => query;
    } else {
      this.document = (size) => {
        const indexes = Array.from({ length: size }, (_, i) => i);
        const variables = indexes.map((i) => `$r${i}: ${inputType}`).join(', ');
        const fields = indexes.map((i) => `r${i}: ${field}(input: $r${i}) { id recordedAt }`).join(' ');
        return `mutation Import(${variables}) { ${fields} }`;
      };
    }
  }

  send(rows: CheckedRow[]): Promise<BatchOutcome> {
    return this.kind.sending.style === 'list' ? this.sendList(rows) : this.sendAliases(rows);
  }

  private async sendList(rows: CheckedRow[]): Promise<BatchOutcome> {
    const answer = await this.client.post(this.document(rows.length), { input: rows.map((row) => row.input) });
    const result = answer.data?.[this.kind.sending.field] as { recorded: number; unchanged: number } | undefined;
    if (result) return { recorded: result.recorded, unchanged: result.unchanged, refused: [] };
    return this.refusedWhole(rows, answer.errors ?? [], 'list', (rest) => this.sendList(rest));
  }

  /**
   * One mutation per row under aliases; each is its own transaction, so some may be refused while the others are
   * written. A row counts as unchanged when the API answers with a record made before the batch was first sent (an
   * idempotent repeat from an earlier run) or with the one an earlier row of the same request made. This takes the
   * hub's clock to agree with this machine's to within the time a request takes.
   */
  private async sendAliases(rows: CheckedRow[], attempt = 1, since = Date.now()): Promise<BatchOutcome> {
    const variables = Object.fromEntries(rows.map((row, i) => [`r${i}`, row.input]));
    const answer = await this.client.post(this.document(rows.length), variables);
    // One refused row nulls the whole answer (the mutations answer non-null types), though the rows before it
    // were written: they go again, and `since` — when the first attempt was sent — still tells them apart.
    if (!answer.data)
      return this.refusedWhole(rows, answer.errors ?? [], 'aliases', (rest) => this.sendAliases(rest, attempt, since));
    const outcome = empty();
    const seen = new Set<string>();
    const retry: CheckedRow[] = [];
    const errorOf = new Map<number, AnswerError>();
    for (const error of answer.errors ?? []) {
      const at = /^r(\d+)$/.exec(String(error.path?.[0] ?? ''));
      if (at) errorOf.set(Number(at[1]), error);
    }
    rows.forEach((row, i) => {
      const made = answer.data![`r${i}`] as { id: string; recordedAt: string } | null | undefined;
      const error = errorOf.get(i);
      if (made) {
        const repeat = seen.has(made.id) || Date.parse(made.recordedAt) < since;
        seen.add(made.id);
        if (repeat) outcome.unchanged++;
        else outcome.recorded++;
      } else if (error && isTransient(error) && attempt < 5) retry.push(row);
      else
        outcome.refused.push({
          row,
          problems: [refusal(this.kind, error ?? { message: 'the hub answered nothing for this row' })],
        });
    });
    if (retry.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
      merge(outcome, await this.sendAliases(retry, attempt + 1, since));
    }
    return outcome;
  }

  /** A batch refused whole: its named rows reported, the rest sent again; unnamed, halved until found. */
  private async refusedWhole(
    rows: CheckedRow[],
    errors: AnswerError[],
    pattern: 'list' | 'aliases',
    again: (rows: CheckedRow[]) => Promise<BatchOutcome>,
  ): Promise<BatchOutcome> {
    const named = problemsByPosition(this.kind, errors, pattern);
    const outcome = empty();
    if (named.size > 0) {
      const rest = rows.filter((row, i) => {
        const problems = named.get(i);
        if (problems) outcome.refused.push({ row, problems });
        return !problems;
      });
      if (rest.length > 0 && rest.length < rows.length) merge(outcome, await again(rest));
      if (rest.length < rows.length) return outcome;
    }
    if (rows.length === 1) {
      const problems = errors.map((error) => refusal(this.kind, error));
      outcome.refused.push({
        row: rows[0]!,
        problems:
          problems.length > 0 ? problems : [refusal(this.kind, { message: 'the hub answered nothing for this row' })],
      });
      return outcome;
    }
    const half = Math.ceil(rows.length / 2);
    merge(outcome, await again(rows.slice(0, half)));
    return merge(outcome, await again(rows.slice(half)));
  }
}
