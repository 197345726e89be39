import { createHmac } from 'node:crypto';
import { parseCalendarDate } from './calendar-date.ts';

/**
 * Citizen identity numbers (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women) and a check character (ISO 7064 MOD 11-2).
 */
export type IdType = 'RESIDENT_ID_CARD';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

/**
 * Why an ID number is not acceptable, or null when it is. The message never repeats the number itself,
 * since messages reach logs and screens.
 */
export function idNumberProblem(idNumber: string): string | null {
  const value = idNumber.trim().toUpperCase();
  if (/^\d{15}$/.test(value)) {
    return 'the ID number has 15 digits (first-generation card): give the 18-character number';
  }
  if (!/^\d{17}[\dX]$/.test(value)) {
    return 'an ID number has 17 digits and a check character (a digit or X)';
  }
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!parseCalendarDate(birth)) {
    return 'the ID number holds no valid birth date in characters 7–14: check the number';
  }
  if (checkCharacter(value) !== value[17]) {
    return 'the check character of the ID number (the 18th) is wrong under GB 11643: check the number for a typo';
  }
  return null;
}

/** The canonical form: trimmed, with an upper-case X. */
export function normaliseIdNumber(idNumber: string): string {
  return idNumber.trim().toUpperCase();
}

/** GB 11643: the 17th character is odd for men, even for women. */
export function genderOf(idNumber: string): 'MALE' | 'FEMALE' {
  return Number(idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
}

/** First 6 and last 4 characters shown, the rest hidden: 440106********123X. */
export function maskIdNumber(idNumber: string): string {
  return `${idNumber.slice(0, 6)}${'*'.repeat(Math.max(0, idNumber.length - 10))}${idNumber.slice(-4)}`;
}

/**
 * The opaque `Person.id` every subgraph uses as the federation key. A keyed hash (HMAC-SHA256) of the
 * ID type and number: every subgraph can find a person from the number a mutation carries without asking
 * another subgraph, and no subgraph but enrollment ever stores the number itself. The key
 * (`PERSON_ID_KEY`) must be the same for all four subgraphs and secret in production, since ID numbers are
 * few enough to be guessed from an unkeyed hash.
 */
export function personIdFor(key: string, idNumber: string, idType: IdType = 'RESIDENT_ID_CARD'): string {
  return createHmac('sha256', key).update(`${idType}:${normaliseIdNumber(idNumber)}`).digest('hex').slice(0, 32);
}

/**
 * Masks anything shaped like an ID number in free text bound for a log or an error message: every run of 15
 * or more digits (with a trailing X), whatever surrounds it, keeps only its first 6 and last 4 characters.
 */
export function redactIdNumbers(text: string): string {
  return text.replace(/\d{15,}[Xx]?/g, (match) => maskIdNumber(match));
}
