import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkInputStrings, stringProblem } from './input-strings.ts';

/** Issue 10, finding 3: the strings that reached the database, refused at the input boundary naming the field. */
describe('the input boundary for text', () => {
  it.each([
    ['a NUL character', 'a\u0000b', 'contains a control character (U+0000): remove it'],
    [
      'a lone high surrogate',
      '\ud800',
      'contains a broken character (an unpaired UTF-16 surrogate): send valid Unicode text',
    ],
    [
      'a lone low surrogate',
      'x\udc00',
      'contains a broken character (an unpaired UTF-16 surrogate): send valid Unicode text',
    ],
    ['DEL', 'a\u007f', 'contains a control character (U+007F): remove it'],
    ['a megabyte', 'x'.repeat(1_000_001), 'is 1000001 characters long; at most 1000 are accepted'],
  ])('refuses %s', (_, value, problem) => {
    expect(stringProblem(value)).toBe(problem);
  });

  it.each([['林静'], ['a\tb\nc\r'], ['😀 a surrogate pair is one character']])('accepts %j', (value) => {
    expect(stringProblem(value)).toBeNull();
  });

  it('names each field of the variables and of the arguments written in the document, never the value', () => {
    const document = parse(
      'mutation ($input: EnrollInput!) { enroll(input: $input) { id } x: transfers(fromRegion: "44\u0000") { id } }',
    );
    const refuse = () =>
      checkInputStrings(document, {
        input: { name: 'a\u0000b', idempotencyKey: '\ud800', regions: ['ok', 'b\u0001'] },
      });
    expect(refuse).toThrow(
      'The request was refused and nothing was written. ' +
        '$input.name: contains a control character (U+0000): remove it; ' +
        '$input.idempotencyKey: contains a broken character (an unpaired UTF-16 surrogate): send valid Unicode text; ' +
        '$input.regions[1]: contains a control character (U+0001): remove it; ' +
        'fromRegion: contains a control character (U+0000): remove it.',
    );
  });
});
