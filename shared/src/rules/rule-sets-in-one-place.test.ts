import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every province rule is a named, cited value of `RegionPolicy` (region-policy.ts), looked up by region through
 * regions.ts: no other source file decides by a province code, a region code or a rule set's name. A newcomer
 * looking for "Henan: arrears block a transfer out" finds it in one hop.
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RULE_SETS = ['shared/src/rules/region-policy.ts', 'shared/src/regions/regions.ts'];
// The generator of the region table reads the GB/T 2260 list, whose structure (municipalities) it must know.
const DATA = ['scripts/generate-regions.ts'];

const CONDITIONS: [what: string, pattern: RegExp][] = [
  // ('NATIONAL' is also a role, compared in the access checks; a condition on the national rule set is a profile test.)
  ['a rule set named in a comparison', /(===|!==|case)\s*'(GUANGDONG|TIANJIN|FUJIAN|HENAN)'|\bprofile\s*(===|!==)/],
  ['a province code compared', /(===|!==|case)\s*'\d{2}'|'\d{2}'\s*(===|!==)|startsWith\('\d{2}/],
  ['a region code compared', /(===|!==|case)\s*'\d{6}'|'\d{6}'\s*(===|!==)/],
  ['a province cut from a region code', /(code|[rR]egion)\w*(\.code)?\.slice\(0,\s*2\)/],
];

function sources(): string[] {
  return ['shared/src', 'subgraphs', 'gateway/src', 'scripts'].flatMap((dir) =>
    (readdirSync(`${ROOT}${dir}`, { recursive: true }) as string[])
      .map((file) => `${dir}/${file}`)
      .filter(
        (file) =>
          file.endsWith('.ts') &&
          !file.endsWith('.test.ts') &&
          !file.includes('/generated/') &&
          !file.includes('node_modules'),
      ),
  );
}

describe('province rules in one place (the rule sets)', () => {
  it('finds the source files it checks', () => {
    expect(sources()).toEqual(
      expect.arrayContaining([
        'subgraphs/transfers/src/domain/pre-validation.ts',
        'subgraphs/accounts/src/commands/pay-out.ts',
      ]),
    );
  });

  it.each(CONDITIONS)('no source file outside the rule sets decides by %s', (_, pattern) => {
    const found = sources()
      .filter((file) => ![...RULE_SETS, ...DATA].includes(file))
      .flatMap((file) =>
        readFileSync(`${ROOT}${file}`, 'utf8')
          .split('\n')
          .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });
});
