/**
 * An example's variables may take a value from the answer of an example run before it: the string
 * `"$from:<nn>-<name>.<path>"`, with `<path>` dot-separated keys (numbers index lists), e.g.
 * `"$from:12-apply-for-transfer.data.applyForTransfer.id"`. The test runner and GraphiQL's page resolve them the
 * same way: this function is self-contained so that the page can carry its source.
 */
export function resolvePlaceholders(variables: unknown, answers: Record<string, unknown>): unknown {
  const placeholder = /^\$from:(\d{2}-[a-z0-9-]+)\.(.+)$/;
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, resolve(inner)]));
    }
    const match = typeof value === 'string' ? placeholder.exec(value) : null;
    if (!match) return value;
    const [, stem, path] = match as unknown as [string, string, string];
    let found: unknown = answers[stem];
    for (const key of path.split('.')) {
      found = found !== null && typeof found === 'object' ? (found as Record<string, unknown>)[key] : undefined;
    }
    if (found === undefined || found === null) {
      throw new Error(`Run ${stem} first: this example takes ${path} from its answer.`);
    }
    return found;
  };
  return resolve(variables);
}
