import { randomBytes } from 'node:crypto';
import { ClientError } from 'graphql-request';
import { expect } from 'vitest';
import { DomainError } from '#shared/errors.ts';

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

/** The code and message of the refusal a command ends in, called in process (fails the test when it succeeds). */
export async function refusal(work: Promise<unknown>): Promise<[unknown, string]> {
  try {
    await work;
  } catch (error) {
    if (error instanceof DomainError) return [error.extensions.code, error.message];
    throw error;
  }
  expect.fail('expected a refusal');
}

/** A key records are filed under (32 hex digits, as `Person.id` and `recordKeys`); a fresh one per call. */
export const someone = () => randomBytes(16).toString('hex');
