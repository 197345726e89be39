import { resolvePlaceholders } from '../../gateway/src/example-placeholders.ts';
import type { ExampleOperation } from '../../gateway/src/example-operations.ts';

export interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** Sends one example through the gateway as GraphiQL would: its text, its name, its variables resolved. */
export async function runExample(
  gatewayUrl: string,
  example: ExampleOperation,
  answers: Record<string, unknown>,
): Promise<Answer> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: example.query,
      operationName: example.operationName,
      variables: resolvePlaceholders(example.variables, answers),
    }),
  });
  return (await response.json()) as Answer;
}

/** The places in an answer that show nothing: a null at the top, or an empty list anywhere. */
export function emptyPlaces(data: Record<string, unknown>): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      if (value.length === 0) found.push(path);
      value.forEach((item, index) => walk(item, `${path}.${index}`));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
    }
  };
  for (const [key, value] of Object.entries(data)) {
    if (value === null) found.push(key);
    else walk(value, key);
  }
  return found;
}
