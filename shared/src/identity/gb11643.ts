import { parseCalendarDate, todayInChina } from '../calendar-date.ts';

/**
 * Citizen identity numbers (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit
 * sequence (odd for men, even for women) and a check character (ISO 7064 MOD 11-2). The residence permit for Hong
 * Kong, Macao and Taiwan residents and the 2023 foreign permanent resident ID card use the same structure and
 * check (see documents.ts).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The MOD 11-2 check character of the first 17 digits. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

/** Whether characters 7–14 of an 18-character number are a real date, not after today. */
export function hasBirthDate(number: string): boolean {
  const birth = parseCalendarDate(`${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`);
  return birth !== null && birth <= todayInChina();
}

/**
 * A first-generation 15-digit number in its 18-character form, as GB 11643-1999 defines the upgrade: the year
 * gains its century "19" (first-generation cards were issued to people born in the 1900s) and the check character
 * is appended. Null when the 15 digits hold no valid birth date (characters 7–12, YYMMDD).
 */
export function upgradeFirstGeneration(fifteen: string): string | null {
  const first17 = `${fifteen.slice(0, 6)}19${fifteen.slice(6)}`;
  return hasBirthDate(`${first17}0`) ? `${first17}${checkCharacter(first17)}` : null;
}

/** GB 11643: the 17th character is odd for men, even for women. */
export function genderOf(number: string): 'MALE' | 'FEMALE' {
  return Number(number[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
}

/** First 6 and last 4 characters shown, the rest hidden: 440106********123X. */
export function maskIdNumber(idNumber: string): string {
  return `${idNumber.slice(0, 6)}${'*'.repeat(Math.max(0, idNumber.length - 10))}${idNumber.slice(-4)}`;
}

/**
 * Masks anything shaped like an ID number in free text bound for a log or an error message: every run of 15
 * or more digits (with a trailing X), whatever surrounds it, keeps only its first 6 and last 4 characters.
 */
export function redactIdNumbers(text: string): string {
  return text.replace(/\d{15,}[Xx]?/g, (match) => maskIdNumber(match));
}
