/**
 * DataLoader batch helpers: a batch function loads every key's rows in one SQL statement, then hands each
 * key its share, in the order the keys were asked.
 */
export function oneByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

export function manyByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}

/**
 * A person's rows from a loader keyed by record key: every key's rows (one batch for all keys of all people asked
 * in the same tick), concatenated in the order of the keys. A person has one key per identity document.
 */
export async function loadForKeys<V>(
  loader: { loadMany(keys: readonly string[]): Promise<(V[] | Error)[]> },
  keys: readonly string[],
): Promise<V[]> {
  const groups = await loader.loadMany(keys);
  return groups.flatMap((group) => {
    if (group instanceof Error) throw group;
    return group;
  });
}
