import { ClientError } from 'graphql-request';

export type Reported = { message: string; path?: (string | number)[]; extensions?: { code?: string } };

/** A request's data and errors, whether it failed or not (partial answers carry both). */
export async function outcome<T = unknown>(request: Promise<T>): Promise<{ data?: unknown; errors?: Reported[] }> {
  try {
    return { data: await request };
  } catch (error) {
    if (error instanceof ClientError)
      return { data: error.response.data, errors: (error.response.errors ?? []) as Reported[] };
    throw error;
  }
}

export const codes = (errors: Reported[] | undefined) => (errors ?? []).map((error) => error.extensions?.code);
