import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SubgraphName } from '#shared/config.ts';
import { composeSupergraphFrom, readSubgraphSdls } from '../scripts/lib/compose.ts';
import { parseApiContract, readApiContract } from '../scripts/schema-check/api-contract.ts';
import { failures, type SchemaCheck } from '../scripts/schema-check/check.ts';
import { checkSchemaVersions } from '../scripts/schema-check/check-versions.ts';
import { formatReport } from '../scripts/schema-check/report.ts';
import { committedSchemas } from '../scripts/schema-check/sources.ts';

/**
 * The schema check on versions of the real SDLs changed in memory (the working tree's as the committed ones), and
 * on the committed files themselves, so that CI runs it (against SCHEMA_CHECK_BASE, HEAD unless set).
 */
const contract = readApiContract();
const sdls = readSubgraphSdls();

/** `text` with `from` replaced once by `to`; throws when `from` is not there (the SDL moved under the test). */
function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the SDL no longer contains ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** Checks `current` against `committed` (both SDLs of the accounts subgraph; the others as they are). */
function checkAccounts(committed: string, current: string): Promise<SchemaCheck[]> {
  const old: Record<SubgraphName, string> = { ...sdls, accounts: committed };
  return checkSchemaVersions(
    { subgraphs: old, supergraph: composeSupergraphFrom(old) },
    { ...sdls, accounts: current },
    contract,
  );
}

const changesOf = (checks: SchemaCheck[], name: string) => checks.find((check) => check.name === name)!.changes;
const ACCOUNTS = 'subgraphs/accounts/schema.graphql';
const API = 'gateway/supergraph.graphql (API schema)';
const BALANCE_AFTER = '  "The balance right after this entry, in recording order."\n  balanceAfter: Money!\n';

describe('the public contract read from api.md', () => {
  it('lists types, their members and root fields from the code spans, and no prose', () => {
    const markdown = [
      '## Scalars',
      '| `YearMonth` | `"2019-06"` | a month |',
      '## People',
      '- `Query.person(idNumber: String!, idType: IdType = RESIDENT_ID_CARD): Person` — null when `unknown`.',
      '- `Person` is the entity. Fields:',
      '  - enrollment: `id: ID!`, `contributionYears(asOfRegion: String):',
      '    ContributionYears`',
      '- `Query.transferPreview(input: X!): TransferPreview!` — `eligible: Boolean!`',
      '- `enum Gender { MALE FEMALE }`, `AccountEntry { id: ID! entries(last: Int): [E!]! }`',
      '## Mutations',
      'Each takes an optional business date `on: Date`.',
      '- enrollment: `enroll(input: EnrollInput!): Enrollment!`',
    ].join('\n');
    expect([...parseApiContract(markdown)].sort()).toEqual([
      'AccountEntry',
      'AccountEntry.entries',
      'AccountEntry.id',
      'Gender',
      'Gender.FEMALE',
      'Gender.MALE',
      'Mutation.enroll',
      'Person',
      'Person.contributionYears',
      'Person.id',
      'Query',
      'Query.person',
      'Query.transferPreview',
      'TransferPreview.eligible',
      'YearMonth',
    ]);
  });

  it('holds what ../shared/spec/api.md lists, from every section', () => {
    for (const coordinate of [
      'Money',
      'Query.regions',
      'Region.policy',
      'Person.idNumber',
      'Person.contributions',
      'ContributionYears.asOfRegion',
      'AccountEntry.balanceAfter',
      'AccountEntryKind.PAYOUT',
      'Transfer.infoSheet',
      'TransferPreview.continuity',
      'EnrollInput.startMonth',
      'Mutation.cancelTransfer',
    ])
      expect(contract.has(coordinate)).toBe(true);
    expect(contract.has('Mutation.on')).toBe(false);
  });
});

describe('npm run schema:check', () => {
  it('fails when balanceAfter is removed from AccountEntry, in the subgraph and in the API schema', async () => {
    const checks = await checkAccounts(sdls.accounts, replaceOnce(sdls.accounts, BALANCE_AFTER, ''));
    const removal = {
      level: 'BREAKING',
      message: "Field 'balanceAfter' was removed from object type 'AccountEntry'",
      path: 'AccountEntry.balanceAfter',
      verdict: 'fails',
    };
    expect(failures(checks)).toEqual([removal, removal]);
    expect(changesOf(checks, ACCOUNTS)).toContainEqual(removal);
    expect(changesOf(checks, API)).toContainEqual(removal);
  });

  it('fails when an optional argument becomes required', async () => {
    const checks = await checkAccounts(
      sdls.accounts,
      replaceOnce(sdls.accounts, 'entries(last: Int)', 'entries(last: Int!)'),
    );
    const required = {
      level: 'BREAKING',
      message: "Type for argument 'last' on field 'PersonalAccount.entries' changed from 'Int' to 'Int!'",
      path: 'PersonalAccount.entries.last',
      verdict: 'fails',
    };
    expect(failures(checks)).toEqual([required, required]);
  });

  it('passes when an optional field is added, and lists it as safe', async () => {
    const checks = await checkAccounts(
      sdls.accounts,
      replaceOnce(sdls.accounts, BALANCE_AFTER, `${BALANCE_AFTER}  note: String\n`),
    );
    expect(failures(checks)).toEqual([]);
    const added = {
      level: 'SAFE',
      message: "Field 'note' was added to object type 'AccountEntry'",
      path: 'AccountEntry.note',
    };
    expect(changesOf(checks, ACCOUNTS)).toEqual([added]);
    expect(changesOf(checks, API)).toEqual([added]);
  });

  it('passes when a field the old schema had deprecated is removed', async () => {
    const deprecated = replaceOnce(
      sdls.accounts,
      BALANCE_AFTER,
      '  balanceAfter: Money! @deprecated(reason: "Read PersonalAccount.balance.")\n',
    );
    const checks = await checkAccounts(deprecated, replaceOnce(sdls.accounts, BALANCE_AFTER, ''));
    expect(failures(checks)).toEqual([]);
    expect(changesOf(checks, API)).toEqual([
      {
        level: 'BREAKING',
        message: "Field 'balanceAfter' (deprecated) was removed from object type 'AccountEntry'",
        path: 'AccountEntry.balanceAfter',
        verdict: 'deprecated first',
      },
    ]);
  });

  it('reports a breaking change outside the contract without failing, and sees no internal mutation in the API', async () => {
    const checks = await checkAccounts(
      sdls.accounts,
      replaceOnce(
        sdls.accounts,
        'settleAccountTransfer(transferId: ID!,',
        'settleAccountTransfer(transferId: ID!, operator: String!,',
      ),
    );
    expect(failures(checks)).toEqual([]);
    expect(changesOf(checks, ACCOUNTS)).toEqual([
      {
        level: 'BREAKING',
        message: "Argument 'operator: String!' added to field 'Mutation.settleAccountTransfer'",
        path: 'Mutation.settleAccountTransfer.operator',
        verdict: 'not in the contract',
      },
    ]);
    expect(changesOf(checks, API)).toEqual([]);
  });

  it('prints each schema with its breaking, dangerous and safe changes', async () => {
    const checks = await checkAccounts(sdls.accounts, replaceOnce(sdls.accounts, BALANCE_AFTER, ''));
    expect(formatReport(checks).split('\n')).toEqual([
      'subgraphs/enrollment/schema.graphql: 0 breaking, 0 dangerous, 0 safe',
      'subgraphs/contributions/schema.graphql: 0 breaking, 0 dangerous, 0 safe',
      'subgraphs/accounts/schema.graphql: 1 breaking, 0 dangerous, 0 safe',
      "  ✖ BREAKING  Field 'balanceAfter' was removed from object type 'AccountEntry' — FAILS: listed in the public contract (api.md): keep it, or deprecate it first and remove it later",
      'subgraphs/transfers/schema.graphql: 0 breaking, 0 dangerous, 0 safe',
      'gateway/supergraph.graphql (API schema): 1 breaking, 0 dangerous, 0 safe',
      "  ✖ BREAKING  Field 'balanceAfter' was removed from object type 'AccountEntry' — FAILS: listed in the public contract (api.md): keep it, or deprecate it first and remove it later",
    ]);
  });

  it('finds no breaking change to the contract in the working tree against the committed files', async () => {
    const base = process.env.SCHEMA_CHECK_BASE ?? 'HEAD';
    const checks = await checkSchemaVersions(committedSchemas(base), sdls, contract);
    expect(checks.map((check) => check.name)).toEqual([
      'subgraphs/enrollment/schema.graphql',
      'subgraphs/contributions/schema.graphql',
      'subgraphs/accounts/schema.graphql',
      'subgraphs/transfers/schema.graphql',
      API,
    ]);
    expect(failures(checks)).toEqual([]);
  });

  /** `npm run schema:check -- <args>`: its exit code and what it printed. */
  const run = (args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/schema-check.ts', ...args], {
      cwd: fileURLToPath(new URL('../', import.meta.url)),
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );

  it('runs as a command that exits 0 when nothing listed breaks', async () => {
    const passing = await run([]);
    expect(passing.code).toBe(0);
    expect(passing.stdout.split('\n')[0]).toBe('Schema changes against HEAD:');
    expect(passing.stdout.trimEnd().split('\n').at(-1)).toBe('No breaking change to the public contract.');
  }, 60_000);

  /** The commit before partial results (d8de32c), when Person.contributions was non-null; absent in a shallow clone. */
  const beforePartialResults = 'd8de32c~1';
  const hasHistory = (() => {
    try {
      execFileSync('git', ['cat-file', '-e', `${beforePartialResults}^{commit}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!hasHistory)(
    'exits 1 against a base ref the working tree breaks (--base)',
    async () => {
      const failing = await run(['--base', beforePartialResults]);
      expect(failing.code).toBe(1);
      expect(failing.stdout.split('\n')[0]).toBe(`Schema changes against ${beforePartialResults}:`);
      expect(failing.stdout).toContain(
        "Field 'Person.contributions' changed type from '[Contribution!]!' to '[Contribution!]' — FAILS",
      );
    },
    60_000,
  );
});
