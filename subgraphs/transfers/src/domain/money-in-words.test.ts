import { describe, expect, it } from 'vitest';
import { amountInWords } from './money-in-words.ts';
import { parseMoney } from '#shared/money.ts';

const fen = (text: string) => {
  const parsed = parseMoney(text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.fen;
};

describe('amounts in Chinese capital numerals, as the PBOC writing rules require (003 annex 3)', () => {
  it.each([
    // Examples of the rules themselves and of domain.md.
    ['16.00', '壹拾陆元整', '壹 before 拾; an amount ending at 元 ends in 整'],
    ['1680.32', '壹仟陆佰捌拾元叁角贰分', 'a zero 元 before 角 may go unwritten'],
    ['0.30', '叁角', 'an amount ending at 角 takes no 整'],
    ['1409.50', '壹仟肆佰零玖元伍角', 'an inner zero is written 零'],
    ['6007.14', '陆仟零柒元壹角肆分', 'several inner zeros are one 零'],
    ['107000.53', '壹拾万零柒仟元伍角叁分', 'one of the two forms the rules allow (the other leaves out 零)'],
    ['16409.02', '壹万陆仟肆佰零玖元零贰分', 'a zero 角 before 分 is written 零'],
    ['325.04', '叁佰贰拾伍元零肆分', 'a zero 角 before 分 is written 零'],
    // Further cases.
    ['0.00', '零元整', 'nothing'],
    ['0.05', '伍分', 'fen only'],
    ['1.00', '壹元整', 'one yuan'],
    ['10.00', '壹拾元整', 'ten'],
    ['100000.00', '壹拾万元整', 'ten thousand groups'],
    ['100010.00', '壹拾万零壹拾元整', 'an empty thousands place inside'],
    ['1000000.00', '壹佰万元整', 'a million'],
    ['10005000.00', '壹仟万零伍仟元整', 'a whole empty group'],
    ['100000000.00', '壹亿元整', '亿'],
    ['100010000.00', '壹亿零壹万元整', 'an empty group between 亿 and 万'],
    ['1415.50', '壹仟肆佰壹拾伍元伍角', '壹拾 inside a number'],
  ])('¥%s → %s (%s)', (amount, words) => {
    expect(amountInWords(fen(amount))).toBe(words);
  });
});
