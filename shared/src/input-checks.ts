import { idNumberProblem } from './id-number.ts';
import type { InputProblems } from './errors.ts';
import { regionCodeProblem } from './regions/regions.ts';

/** The checks every subgraph applies to the ID numbers and region codes its inputs carry. */
export function checkIdNumber(problems: InputProblems, where: string, idNumber: string): void {
  const problem = idNumberProblem(idNumber);
  if (problem) problems.add(where, problem);
}

export function checkRegionCode(problems: InputProblems, where: string, regionCode: string): void {
  const problem = regionCodeProblem(regionCode);
  if (problem) problems.add(where, problem);
}

/** A UUID-shaped id, so that a malformed one is "not found" rather than a database error. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
