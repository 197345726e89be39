import { checkCharacter } from '#shared/identity/gb11643.ts';

/** A valid GB 11643 ID number for test person `n` (born 1980-01-01 plus n days), distinct for every n. */
export function testIdNumber(n: number, regionCode = '440106'): string {
  const birth = new Date(Date.UTC(1980, 0, 1) + n * 86_400_000);
  const date = birth.toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `${regionCode}${date}${String(n % 1000).padStart(3, '0')}`;
  return `${first17}${checkCharacter(first17)}`;
}

/** The same number with a wrong check character. */
export function withWrongCheckCharacter(idNumber: string): string {
  const right = idNumber[17]!;
  const wrong = right === '0' ? '1' : '0';
  return `${idNumber.slice(0, 17)}${wrong}`;
}
