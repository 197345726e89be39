import { describe, expect, it } from 'vitest';
import { checkCharacter, genderOf, maskIdNumber, redactIdNumbers, upgradeFirstGeneration } from './gb11643.ts';

describe('GB 11643-1999 citizen identity numbers', () => {
  it.each([
    ['11010519491231002', 'X'], // the standard's own example
    ['44010619900307123', '1'],
    ['12010119850615201', '6'],
  ])('check character of %s is %s (ISO 7064 MOD 11-2)', (first17, expected) => {
    expect(checkCharacter(first17)).toBe(expected);
  });

  it.each([
    ['110105491231002', '11010519491231002X'],
    ['440106900307123', '440106199003071231'],
  ])('upgrades the first-generation number %s to %s (century 19, check character appended)', (fifteen, eighteen) => {
    expect(upgradeFirstGeneration(fifteen)).toBe(eighteen);
  });

  it('does not upgrade 15 digits that hold no birth date', () => {
    expect(upgradeFirstGeneration('110105491331002')).toBeNull();
  });

  it('reads the gender from the 17th character', () => {
    expect(genderOf('11010519491231002X')).toBe('FEMALE');
    expect(genderOf('440106199003071231')).toBe('MALE');
  });

  it('masks all but the first 6 and last 4 characters, also inside free text', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(redactIdNumbers('person 11010519491231002X moved')).toBe('person 110105********002X moved');
  });
});
