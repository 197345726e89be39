import type { Fen } from '#shared/money.ts';

/**
 * An amount in Chinese capital numerals (大写金额) as the People's Bank of China's rules for writing
 * financial amounts require (《支付结算办法》附一 正确填写票据和结算凭证的基本规定):
 * - 壹贰叁肆伍陆柒捌玖 with 拾佰仟万亿, 元角分; 壹 is written before 拾 (¥16.00 → 壹拾陆元整);
 * - an amount that ends at 元 ends in 整; one that ends at 角 or 分 does not (¥0.30 → 叁角);
 * - zeros inside the number are written as one 零 (¥1,409.50 → 壹仟肆佰零玖元伍角, ¥6,007.14 → 陆仟零柒元壹角肆分),
 *   also where the rules allow leaving it out (¥107,000.53 → 壹拾万零柒仟元伍角叁分, one of the two forms allowed);
 * - a zero at 元 followed by 角 may go unwritten, and is left out here (¥1,680.32 → 壹仟陆佰捌拾元叁角贰分);
 * - a zero 角 before a 分 is written (¥16,409.02 → 壹万陆仟肆佰零玖元零贰分).
 */
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const WITHIN_GROUP = ['', '拾', '佰', '仟'];
const GROUPS = ['', '万', '亿', '万亿'];

/** One group of up to four digits (0 < n < 10000), with single 零 for inner zeros. */
function group(n: number): string {
  const digits = String(n).padStart(4, '0');
  let text = '';
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const digit = Number(digits[i]);
    if (digit === 0) {
      if (text) pendingZero = true;
      continue;
    }
    if (pendingZero) text += '零';
    pendingZero = false;
    text += DIGITS[digit]! + WITHIN_GROUP[3 - i]!;
  }
  return text;
}

/** Whole yuan: groups of four digits joined by 万 and 亿; any run of zeros between two digits is one 零. */
function yuanInWords(yuan: bigint): string {
  const groups: number[] = [];
  for (let rest = yuan; rest > 0n; rest /= 10000n) groups.push(Number(rest % 10000n));
  let text = '';
  let zerosBefore = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const value = groups[i]!;
    if (value === 0) {
      zerosBefore ||= text.length > 0;
      continue;
    }
    if (text.length > 0 && (zerosBefore || value < 1000)) text += '零';
    text += group(value) + GROUPS[i]!;
    zerosBefore = value % 10 === 0;
  }
  return text;
}

export function amountInWords(fen: Fen): string {
  if (fen < 0n) throw new RangeError('an amount in words is never negative');
  const yuan = fen / 100n;
  const jiao = Number((fen / 10n) % 10n);
  const cents = Number(fen % 10n);
  if (fen === 0n) return '零元整';
  let text = yuan > 0n ? `${yuanInWords(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return `${text}整`;
  if (jiao > 0) text += `${DIGITS[jiao]}角`;
  else if (yuan > 0n) text += '零';
  if (cents > 0) text += `${DIGITS[cents]}分`;
  return text;
}
