import { createHmac } from 'node:crypto';
import countries from 'i18n-iso-countries';
import type { InputProblems } from '../errors.ts';
import { PROVINCE_DIVISIONS } from '../regions/divisions.generated.ts';
import { provinceKeyOf } from '../regions/regions.ts';
import { checkCharacter, genderOf, hasBirthDate, maskIdNumber, upgradeFirstGeneration } from './gb11643.ts';

/**
 * The identity documents (证件类型) people insured on the mainland are known by:
 * - RESIDENT_ID_CARD — 居民身份证, the citizen identity number of GB 11643-1999 (18 characters; a 15-digit
 *   first-generation number is upgraded to it as the standard defines);
 * - HMT_RESIDENCE_PERMIT — 港澳台居民居住证 (Interim Measures for Residence Permits for Hong Kong, Macao and
 *   Taiwan Residents, 2018): GB 11643's structure and check, address code 810000, 820000 or 830000;
 * - FOREIGN_PERMANENT_RESIDENT_ID_CARD — 外国人永久居留身份证: since 2023-12-01 18 characters after GB 11643
 *   (National Immigration Administration, 2023: first digit 9, accepting province, ISO 3166-1 numeric nationality,
 *   birth date, sequence, MOD 11-2 check); the 2017 card's 15 characters (ISO 3166-1 alpha-3 nationality, 4-digit
 *   accepting place, YYMMDD birth date, a sequence digit, and a check digit computed as in ICAO Doc 9303's
 *   machine-readable zone, weights 7-3-1);
 * - PASSPORT — 护照, with its issuing state (ISO 3166-1 alpha-3); the number in ICAO Doc 9303's characters;
 * - HK_MACAO_TRAVEL_PERMIT — 港澳居民来往内地通行证 (2013 card): H (Hong Kong) or M (Macao), 8 digits, and
 *   optionally the 2-digit issue count;
 * - TAIWAN_TRAVEL_PERMIT — 台湾居民来往大陆通行证 (2015 card): 8 digits.
 * Foreigners employed in China join social insurance (Interim Measures for Foreigners Working in China
 * Participating in Social Insurance, 2011); Hong Kong, Macao and Taiwan residents too (Interim Measures, 2019).
 */
export type IdType =
  | 'RESIDENT_ID_CARD'
  | 'HMT_RESIDENCE_PERMIT'
  | 'FOREIGN_PERMANENT_RESIDENT_ID_CARD'
  | 'PASSPORT'
  | 'HK_MACAO_TRAVEL_PERMIT'
  | 'TAIWAN_TRAVEL_PERMIT';

export const ID_TYPES: readonly IdType[] = [
  'RESIDENT_ID_CARD',
  'HMT_RESIDENCE_PERMIT',
  'FOREIGN_PERMANENT_RESIDENT_ID_CARD',
  'PASSPORT',
  'HK_MACAO_TRAVEL_PERMIT',
  'TAIWAN_TRAVEL_PERMIT',
];

/** A document as the inputs carry it: the number, its type (a resident ID card when not given), the passport's issuing state. */
export interface DocumentInput {
  idNumber: string;
  idType?: IdType | null;
  issuingCountry?: string | null;
}

/** A document in its canonical form. */
export interface IdentityDocument {
  type: IdType;
  number: string;
  /** ISO 3166-1 alpha-3, for a passport; null for the others. */
  issuingCountry: string | null;
}

/**
 * The form numbers are compared in: full-width characters (common in exported spreadsheets) made half-width
 * (Unicode NFKC), every kind of space removed, letters upper-cased.
 */
export function normaliseDocumentNumber(number: string): string {
  return number.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
}

const PROVINCES = new Set(PROVINCE_DIVISIONS.map(([code]) => provinceKeyOf(code)));
const HMT_ADDRESS_CODES: Record<string, string> = { '810000': 'Hong Kong', '820000': 'Macao', '830000': 'Taiwan' };

/** The check of a number with GB 11643's structure: 17 digits, a birth date, and the MOD 11-2 character. */
function gb11643Problem(number: string, name: string): string | null {
  if (!/^\d{17}[\dX]$/.test(number)) return `${name} has 18 characters: 17 digits and a check character (a digit or X)`;
  if (!hasBirthDate(number)) return `${name} holds no valid birth date in characters 7–14: check the number`;
  if (checkCharacter(number) !== number[17])
    return `the check character of ${name} (the 18th) is wrong under GB 11643: check the number for a typo`;
  return null;
}

/** ICAO Doc 9303 check digit: characters valued 0–9, A=10 … Z=35, weighted 7, 3, 1 in turn, modulo 10. */
function icaoCheckDigit(text: string): string {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const value = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += value * [7, 3, 1][i % 3]!;
  }
  return String(sum % 10);
}

const isCountry = (alpha3: string) => /^[A-Z]{3}$/.test(alpha3) && countries.isValid(alpha3);

type Check = (number: string) => string | null;

const CHECKS: Record<IdType, Check> = {
  RESIDENT_ID_CARD: (number) => {
    if (number.startsWith('9') && number.length === 18) {
      return 'a number beginning with 9 is a foreign permanent resident ID card: give idType FOREIGN_PERMANENT_RESIDENT_ID_CARD';
    }
    if (HMT_ADDRESS_CODES[number.slice(0, 6)] && number.length === 18) {
      return 'a number beginning with 810000, 820000 or 830000 is a residence permit for Hong Kong, Macao or Taiwan residents: give idType HMT_RESIDENCE_PERMIT';
    }
    if (/^\d+X?$/.test(number) && number.length !== 15 && number.length !== 18) {
      return 'the ID number has 18 characters (17 digits and a check character, a digit or X), or 15 digits on a first-generation card';
    }
    if (/^\d{15}$/.test(number))
      return upgradeFirstGeneration(number)
        ? null
        : 'the 15-digit number holds no valid birth date in characters 7–12 (YYMMDD): check the number';
    return gb11643Problem(number, 'the ID number');
  },
  HMT_RESIDENCE_PERMIT: (number) => {
    if (/^\d{17}[\dX]$/.test(number) && !HMT_ADDRESS_CODES[number.slice(0, 6)]) {
      return 'a residence permit for Hong Kong, Macao and Taiwan residents begins with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan)';
    }
    return gb11643Problem(number, 'the residence permit number');
  },
  FOREIGN_PERMANENT_RESIDENT_ID_CARD: (number) => {
    if (/^[A-Z]{3}\d{12}$/.test(number)) {
      if (!isCountry(number.slice(0, 3)))
        return 'characters 1–3 of a 2017 permanent resident ID card are the nationality (ISO 3166-1 alpha-3): check them';
      if (!PROVINCES.has(number.slice(3, 5)))
        return 'characters 4–7 of a 2017 permanent resident ID card are the accepting place: check them';
      const born = (century: string) => hasBirthDate(`000000${century}${number.slice(7, 13)}0000`);
      if (!born('19') && !born('20')) {
        return 'characters 8–13 of a 2017 permanent resident ID card are the birth date (YYMMDD): check them';
      }
      if (icaoCheckDigit(number.slice(0, 14)) !== number[14])
        return 'the check digit of the 2017 permanent resident ID card (the 15th) is wrong: check the number for a typo';
      return null;
    }
    if (!/^9\d{16}[\dX]$/.test(number)) {
      return 'a permanent resident ID card number has 18 characters beginning with 9 (since 2023-12-01), or 3 letters and 12 digits (the 2017 card)';
    }
    if (!PROVINCES.has(number.slice(1, 3)))
      return 'characters 2–3 of a permanent resident ID card are the accepting province: check them';
    if (!countries.numericToAlpha3(number.slice(3, 6)))
      return 'characters 4–6 of a permanent resident ID card are the nationality (ISO 3166-1 numeric): check them';
    return gb11643Problem(number, 'the permanent resident ID card number');
  },
  PASSPORT: (number) =>
    /^[A-Z0-9]{5,15}$/.test(number)
      ? null
      : 'a passport number has 5 to 15 letters and digits (ICAO Doc 9303): check the number',
  HK_MACAO_TRAVEL_PERMIT: (number) =>
    /^[HM]\d{8}(\d{2})?$/.test(number)
      ? null
      : 'a mainland travel permit for Hong Kong and Macao residents is H (Hong Kong) or M (Macao) and 8 digits, optionally with the 2-digit issue count',
  TAIWAN_TRAVEL_PERMIT: (number) =>
    /^\d{8}$/.test(number) ? null : 'a mainland travel permit for Taiwan residents has 8 digits',
};

/** Names of the input fields a document's problems are reported at. */
export interface DocumentFields {
  number: string;
  issuingCountry: string;
}

/**
 * Adds to `problems` what is wrong with a document (the number's problem at `fields.number`, the issuing state's at
 * `fields.issuingCountry`), saying what to fix and never repeating the number.
 */
export function checkDocument(
  problems: InputProblems,
  input: DocumentInput,
  fields: DocumentFields = { number: 'idNumber', issuingCountry: 'issuingCountry' },
): void {
  const type = input.idType ?? 'RESIDENT_ID_CARD';
  const number = normaliseDocumentNumber(input.idNumber);
  const problem = number.length > 30 ? 'a document number has at most 30 characters' : CHECKS[type](number);
  if (problem) problems.add(fields.number, problem);
  const country = input.issuingCountry ? normaliseDocumentNumber(input.issuingCountry) : null;
  if (type === 'PASSPORT' && !country)
    problems.add(fields.issuingCountry, 'a passport needs its issuing state (ISO 3166-1 alpha-3, e.g. DEU)');
  if (type === 'PASSPORT' && country && !isCountry(country))
    problems.add(fields.issuingCountry, 'give the issuing state as ISO 3166-1 alpha-3, e.g. DEU');
  if (type !== 'PASSPORT' && country)
    problems.add(fields.issuingCountry, 'only a passport has an issuing state: leave it out');
}

/** The document in canonical form (checked first with `checkDocument`): a 15-digit number upgraded to 18 characters. */
export function documentOf(input: DocumentInput): IdentityDocument {
  const type = input.idType ?? 'RESIDENT_ID_CARD';
  const normalised = normaliseDocumentNumber(input.idNumber);
  const number =
    type === 'RESIDENT_ID_CARD' && /^\d{15}$/.test(normalised)
      ? (upgradeFirstGeneration(normalised) ?? normalised)
      : normalised;
  return {
    type,
    number,
    issuingCountry: type === 'PASSPORT' ? normaliseDocumentNumber(input.issuingCountry ?? '') : null,
  };
}

/** Types whose numbers say the holder's gender: the 17th character of an 18-character number, or the 14th of a 2017 card. */
export function genderFromDocument(document: IdentityDocument): 'MALE' | 'FEMALE' | null {
  switch (document.type) {
    case 'RESIDENT_ID_CARD':
    case 'HMT_RESIDENCE_PERMIT':
      return genderOf(document.number);
    case 'FOREIGN_PERMANENT_RESIDENT_ID_CARD':
      return document.number.length === 18
        ? genderOf(document.number)
        : Number(document.number[13]) % 2 === 1
          ? 'MALE'
          : 'FEMALE';
    default:
      return null;
  }
}

/** The number as shown to someone not entitled to it: first 6 (3 for short numbers) and last 4 characters. */
export function maskDocumentNumber(number: string): string {
  return number.length >= 15
    ? maskIdNumber(number)
    : `${number.slice(0, 2)}${'*'.repeat(Math.max(0, number.length - 4))}${number.slice(-2)}`;
}

/**
 * The key a document's records are filed under in every subgraph: a keyed hash (HMAC-SHA256 under
 * `PERSON_ID_KEY`) of its type, issuing state and number, so any subgraph can file what a mutation carries without
 * asking another, and none but enrollment stores a number. A person's first document's key is their `Person.id`;
 * the keys of the documents later linked to them (`Person.recordKeys`) find the same person. A resident ID card's
 * key is the same for its 15-digit and 18-character forms.
 */
export function documentKeyFor(key: string, input: DocumentInput): string {
  const { type, number, issuingCountry } = documentOf(input);
  const text = issuingCountry ? `${type}:${issuingCountry}:${number}` : `${type}:${number}`;
  return createHmac('sha256', key).update(text).digest('hex').slice(0, 32);
}
