/**
 * Money is integer fen (1 yuan = 100 fen) end to end, as a bigint; never a float.
 * On the wire it is a string of yuan with exactly two decimals: "1234.56".
 */
export type Fen = bigint;

const MONEY_PATTERN = /^(-?)(\d{1,15})(?:\.(\d{1,2}))?$/;

export type MoneyParse = { ok: true; fen: Fen } | { ok: false; problem: string };

/** Parses a yuan amount ("12", "12.3", "12.30"); refuses negatives, three decimals, exponents and junk. */
export function parseMoney(text: string): MoneyParse {
  const match = MONEY_PATTERN.exec(text.trim());
  if (!match) {
    return {
      ok: false,
      problem: `"${text}" is not an amount of money: write yuan with at most two decimals, e.g. "1234.56"`,
    };
  }
  const [, sign, yuan, decimals = ''] = match;
  if (sign === '-') {
    return { ok: false, problem: `"${text}" is negative: amounts are written as positive yuan, e.g. "12.00"` };
  }
  const fen = BigInt(yuan!) * 100n + BigInt(decimals.padEnd(2, '0'));
  return { ok: true, fen };
}

/** Formats fen as yuan with exactly two decimals: 123456n → "1234.56", -5n → "-0.05". */
export function formatMoney(fen: Fen): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}
