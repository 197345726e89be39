import { describe, expect, it } from 'vitest';
import { checkCharacter, genderOf, idNumberProblem, maskIdNumber, personIdFor } from './id-number.ts';

describe('GB 11643 ID numbers', () => {
  it.each([
    ['11010519491231002', 'X'], // the standard's own example
    ['44010619900307123', '1'],
    ['12010119850615201', '6'],
  ])('check character of %s is %s', (first17, expected) => {
    expect(checkCharacter(first17)).toBe(expected);
  });

  it('accepts a valid number, with the X in either case', () => {
    expect(idNumberProblem('11010519491231002X')).toBeNull();
    expect(idNumberProblem('11010519491231002x')).toBeNull();
  });

  it.each([
    ['110105194912310021', 'the check character of the ID number (the 18th) is wrong under GB 11643: check the number for a typo'],
    ['110105491231002', 'the ID number has 15 digits (first-generation card): give the 18-character number'],
    ['11010519491231002Y', 'an ID number has 17 digits and a check character (a digit or X)'],
    ['110105194913310025', 'the ID number holds no valid birth date in characters 7–14: check the number'],
  ])('refuses %s', (idNumber, problem) => {
    expect(idNumberProblem(idNumber)).toBe(problem);
  });

  it('never repeats the number in a problem', () => {
    expect(idNumberProblem('110105194912310021')).not.toContain('1101051949');
  });

  it('reads the gender from the 17th character', () => {
    expect(genderOf('11010519491231002X')).toBe('FEMALE');
    expect(genderOf('440106199003071231')).toBe('MALE');
  });

  it('masks all but the first 6 and last 4 characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('derives a stable opaque person id that depends on the key', () => {
    const id = personIdFor('k1', '11010519491231002x');
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(personIdFor('k1', ' 11010519491231002X ')).toBe(id);
    expect(personIdFor('k2', '11010519491231002X')).not.toBe(id);
  });
});
