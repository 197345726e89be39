import { describe, expect, it } from 'vitest';
import { InputProblems } from '../errors.ts';
import {
  checkDocument,
  documentKeyFor,
  documentOf,
  genderFromDocument,
  maskDocumentNumber,
  type DocumentInput,
  type IdType,
} from './documents.ts';

const problemsOf = (input: DocumentInput) => {
  const problems = new InputProblems();
  checkDocument(problems, input);
  return problems.describe('Refused');
};
const of = (idType: IdType, idNumber: string, issuingCountry?: string) => ({
  idType,
  idNumber,
  ...(issuingCountry ? { issuingCountry } : {}),
});

describe('identity documents: valid numbers accepted, with the gender where the number says it', () => {
  it.each([
    ['RESIDENT_ID_CARD (GB 11643)', of('RESIDENT_ID_CARD', '11010519491231002X'), 'FEMALE'],
    ['RESIDENT_ID_CARD, lower-case x', of('RESIDENT_ID_CARD', '11010519491231002x'), 'FEMALE'],
    ['HMT_RESIDENCE_PERMIT, Hong Kong (810000)', of('HMT_RESIDENCE_PERMIT', '810000199001010019'), 'MALE'],
    ['HMT_RESIDENCE_PERMIT, Macao (820000)', of('HMT_RESIDENCE_PERMIT', '820000198812310020'), 'FEMALE'],
    ['HMT_RESIDENCE_PERMIT, Taiwan (830000)', of('HMT_RESIDENCE_PERMIT', '830000200002290138'), 'MALE'],
    [
      'FOREIGN_PERMANENT_RESIDENT_ID_CARD, 2023 (9, Beijing, USA 840)',
      of('FOREIGN_PERMANENT_RESIDENT_ID_CARD', '911840198503151238'),
      'MALE',
    ],
    [
      'FOREIGN_PERMANENT_RESIDENT_ID_CARD, 2017 (USA, 1100, 850315)',
      of('FOREIGN_PERMANENT_RESIDENT_ID_CARD', 'USA110085031511'),
      'MALE',
    ],
    ['PASSPORT (DEU)', of('PASSPORT', 'C01X00T47', 'DEU'), null],
    ['HK_MACAO_TRAVEL_PERMIT, Hong Kong', of('HK_MACAO_TRAVEL_PERMIT', 'H12345678'), null],
    ['HK_MACAO_TRAVEL_PERMIT, Macao with the issue count', of('HK_MACAO_TRAVEL_PERMIT', 'M1234567801'), null],
    ['TAIWAN_TRAVEL_PERMIT', of('TAIWAN_TRAVEL_PERMIT', '12345678'), null],
  ] as const)('%s', (_, input, gender) => {
    expect(problemsOf(input)).toBeNull();
    expect(genderFromDocument(documentOf(input))).toBe(gender);
  });
});

describe('identity documents: each kind of wrong number refused with its own message, never repeating it', () => {
  it.each([
    [
      of('RESIDENT_ID_CARD', '110105194912310021'),
      'idNumber: the check character of the ID number (the 18th) is wrong under GB 11643: check the number for a typo',
    ],
    [
      of('RESIDENT_ID_CARD', '11010519491231002Y'),
      'idNumber: the ID number has 18 characters: 17 digits and a check character (a digit or X)',
    ],
    [
      of('RESIDENT_ID_CARD', '1101051949123100'),
      'idNumber: the ID number has 18 characters (17 digits and a check character, a digit or X), or 15 digits on a first-generation card',
    ],
    [
      of('RESIDENT_ID_CARD', '110105194913310025'),
      'idNumber: the ID number holds no valid birth date in characters 7–14: check the number',
    ],
    [
      of('RESIDENT_ID_CARD', '110105491331002'),
      'idNumber: the 15-digit number holds no valid birth date in characters 7–12 (YYMMDD): check the number',
    ],
    [
      of('RESIDENT_ID_CARD', '911840198503151238'),
      'idNumber: a number beginning with 9 is a foreign permanent resident ID card: give idType FOREIGN_PERMANENT_RESIDENT_ID_CARD',
    ],
    [
      of('RESIDENT_ID_CARD', '810000199001010019'),
      'idNumber: a number beginning with 810000, 820000 or 830000 is a residence permit for Hong Kong, Macao or Taiwan residents: give idType HMT_RESIDENCE_PERMIT',
    ],
    [
      of('HMT_RESIDENCE_PERMIT', '11010519491231002X'),
      'idNumber: a residence permit for Hong Kong, Macao and Taiwan residents begins with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan)',
    ],
    [
      of('HMT_RESIDENCE_PERMIT', '810000199001010018'),
      'idNumber: the check character of the residence permit number (the 18th) is wrong under GB 11643: check the number for a typo',
    ],
    [
      of('FOREIGN_PERMANENT_RESIDENT_ID_CARD', '811840198503151238'),
      'idNumber: a permanent resident ID card number has 18 characters beginning with 9 (since 2023-12-01), or 3 letters and 12 digits (the 2017 card)',
    ],
    [
      of('FOREIGN_PERMANENT_RESIDENT_ID_CARD', '999840198503151238'),
      'idNumber: characters 2–3 of a permanent resident ID card are the accepting province: check them',
    ],
    [
      of('FOREIGN_PERMANENT_RESIDENT_ID_CARD', '911999198503151238'),
      'idNumber: characters 4–6 of a permanent resident ID card are the nationality (ISO 3166-1 numeric): check them',
    ],
    [
      of('FOREIGN_PERMANENT_RESIDENT_ID_CARD', '911840198503151237'),
      'idNumber: the check character of the permanent resident ID card number (the 18th) is wrong under GB 11643: check the number for a typo',
    ],
    [
      of('FOREIGN_PERMANENT_RESIDENT_ID_CARD', 'XXX110085031511'),
      'idNumber: characters 1–3 of a 2017 permanent resident ID card are the nationality (ISO 3166-1 alpha-3): check them',
    ],
    [
      of('FOREIGN_PERMANENT_RESIDENT_ID_CARD', 'USA990085031511'),
      'idNumber: characters 4–7 of a 2017 permanent resident ID card are the accepting place: check them',
    ],
    [
      of('FOREIGN_PERMANENT_RESIDENT_ID_CARD', 'USA110085133111'),
      'idNumber: characters 8–13 of a 2017 permanent resident ID card are the birth date (YYMMDD): check them',
    ],
    [
      of('FOREIGN_PERMANENT_RESIDENT_ID_CARD', 'USA110085031512'),
      'idNumber: the check digit of the 2017 permanent resident ID card (the 15th) is wrong: check the number for a typo',
    ],
    [of('PASSPORT', 'C01X00T47'), 'issuingCountry: a passport needs its issuing state (ISO 3166-1 alpha-3, e.g. DEU)'],
    [of('PASSPORT', 'C01X00T47', 'ZZZ'), 'issuingCountry: give the issuing state as ISO 3166-1 alpha-3, e.g. DEU'],
    [
      of('PASSPORT', 'C01-X00', 'DEU'),
      'idNumber: a passport number has 5 to 15 letters and digits (ICAO Doc 9303): check the number',
    ],
    [
      of('RESIDENT_ID_CARD', '11010519491231002X', 'CHN'),
      'issuingCountry: only a passport has an issuing state: leave it out',
    ],
    [
      of('HK_MACAO_TRAVEL_PERMIT', 'K12345678'),
      'idNumber: a mainland travel permit for Hong Kong and Macao residents is H (Hong Kong) or M (Macao) and 8 digits, optionally with the 2-digit issue count',
    ],
    [of('TAIWAN_TRAVEL_PERMIT', '1234567'), 'idNumber: a mainland travel permit for Taiwan residents has 8 digits'],
    [of('PASSPORT', 'A'.repeat(31), 'DEU'), 'idNumber: a document number has at most 30 characters'],
  ])('%o', (input, message) => {
    expect(problemsOf(input)).toBe(`Refused. ${message}.`);
    expect(problemsOf(input)).not.toContain(input.idNumber.slice(0, 12));
  });
});

describe('numbers as spreadsheets and old systems hold them', () => {
  it('normalises full-width characters and stray spaces', () => {
    const fullWidth = '１１０１０５ １９４９１２３１ ００２ｘ';
    expect(problemsOf({ idNumber: fullWidth })).toBeNull();
    expect(documentOf({ idNumber: fullWidth })).toEqual({
      type: 'RESIDENT_ID_CARD',
      number: '11010519491231002X',
      issuingCountry: null,
    });
  });

  it('upgrades a 15-digit resident number to its 18 characters (GB 11643-1999), filed under the same key', () => {
    expect(documentOf({ idNumber: '110105491231002' }).number).toBe('11010519491231002X');
    expect(documentKeyFor('k', { idNumber: '110105491231002' })).toBe(
      documentKeyFor('k', { idNumber: '11010519491231002X' }),
    );
  });

  it("keys a document by its type and issuing state too: the same passport number of two states is two people's", () => {
    const key = documentKeyFor('k', of('PASSPORT', 'C01X00T47', 'DEU'));
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(documentKeyFor('k', of('PASSPORT', 'c01x00t47', 'deu'))).toBe(key);
    expect(documentKeyFor('k', of('PASSPORT', 'C01X00T47', 'AUT'))).not.toBe(key);
    expect(documentKeyFor('k2', of('PASSPORT', 'C01X00T47', 'DEU'))).not.toBe(key);
  });

  it('keeps the keys of resident ID cards recorded before there were other types', () => {
    // HMAC-SHA256("RESIDENT_ID_CARD:11010519491231002X") under key "k1", as the hub has always filed it.
    expect(documentKeyFor('k1', { idNumber: '11010519491231002x' })).toBe('b79ba8d2fbc916c8fd71abbdf075fa18');
    expect(documentKeyFor('k1', of('RESIDENT_ID_CARD', ' 11010519491231002X '))).toBe(
      'b79ba8d2fbc916c8fd71abbdf075fa18',
    );
  });

  it('masks long numbers to their first 6 and last 4 characters, short ones to their first and last 2', () => {
    expect(maskDocumentNumber('911840198503151238')).toBe('911840********1238');
    expect(maskDocumentNumber('C01X00T47')).toBe('C0*****47');
  });
});
