/**
 * `npm run schema:check`: what a schema change does to the hub's clients, for region developers before they
 * commit. Compares each subgraph's `schema.graphql` with the committed one, and the supergraph composed fresh from
 * them with the committed `gateway/supergraph.graphql` (as API schemas, what clients see), with
 * @graphql-inspector/core; lists breaking, dangerous and safe changes; exits 1 on a breaking change to anything
 * the public contract (`../shared/spec/api.md`) lists, unless the old schema had marked it `@deprecated`.
 *   --base <ref>        compare with the files at this git ref instead of HEAD (e.g. origin/main)
 *   --contract <file>   the contract to read instead of ../shared/spec/api.md
 */
import { parseArgs } from 'node:util';
import { readSubgraphSdls } from './lib/compose.ts';
import { readApiContract } from './schema-check/api-contract.ts';
import { failures, type SchemaCheck } from './schema-check/check.ts';
import { checkSchemaVersions } from './schema-check/check-versions.ts';
import { formatReport } from './schema-check/report.ts';
import { committedSchemas } from './schema-check/sources.ts';

const { values } = parseArgs({
  options: { base: { type: 'string', default: 'HEAD' }, contract: { type: 'string' } },
});
let checks: SchemaCheck[];
try {
  checks = await checkSchemaVersions(
    committedSchemas(values.base),
    readSubgraphSdls(),
    readApiContract(values.contract),
  );
} catch (error) {
  console.error(`The schema check could not run: ${(error as Error).message}`);
  process.exit(2);
}
console.log(`Schema changes against ${values.base}:\n${formatReport(checks)}`);
const failed = failures(checks);
if (failed.length > 0) {
  console.error(`\n${failed.length} breaking change(s) to the public contract: deprecate first, remove later.`);
  process.exit(1);
}
console.log('\nNo breaking change to the public contract.');
