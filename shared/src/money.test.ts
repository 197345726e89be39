import { describe, expect, it } from 'vitest';
import { formatMoney, parseMoney } from './money.ts';

describe('money in fen', () => {
  it.each([
    ['1234.56', 123456n],
    ['12', 1200n],
    ['12.3', 1230n],
    ['0.05', 5n],
    ['0', 0n],
    ['999999999999999.99', 99999999999999999n],
  ])('parses %s as %s fen', (text, fen) => {
    expect(parseMoney(text)).toEqual({ ok: true, fen });
  });

  it.each([
    ['-1.00', '"-1.00" is negative: amounts are written as positive yuan, e.g. "12.00"'],
    ['1.005', '"1.005" is not an amount of money: write yuan with at most two decimals, e.g. "1234.56"'],
    ['1e3', '"1e3" is not an amount of money: write yuan with at most two decimals, e.g. "1234.56"'],
    ['', '"" is not an amount of money: write yuan with at most two decimals, e.g. "1234.56"'],
  ])('refuses %s', (text, problem) => {
    expect(parseMoney(text)).toEqual({ ok: false, problem });
  });

  it.each([
    [123456n, '1234.56'],
    [5n, '0.05'],
    [0n, '0.00'],
    [-5n, '-0.05'],
    [99999999999999999n, '999999999999999.99'],
  ])('formats %s fen as %s', (fen, text) => {
    expect(formatMoney(fen)).toBe(text);
  });
});
