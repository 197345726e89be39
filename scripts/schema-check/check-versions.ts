import { SUBGRAPH_NAMES, type SubgraphName } from '#shared/config.ts';
import { composeSupergraphFrom } from '../lib/compose.ts';
import type { ApiContract } from './api-contract.ts';
import { checkSchema, type SchemaCheck } from './check.ts';
import { apiSchema, subgraphSchema } from './schemas.ts';
import { SUPERGRAPH_PATH, subgraphSchemaPath, type CommittedSchemas } from './sources.ts';

/**
 * Checks the current subgraph SDLs against the committed ones, one by one, and the supergraph composed fresh from
 * the current SDLs against the committed supergraph — both as API schemas, what the gateway's clients see.
 */
export async function checkSchemaVersions(
  committed: CommittedSchemas,
  current: Record<SubgraphName, string>,
  contract: ApiContract,
): Promise<SchemaCheck[]> {
  const checks: SchemaCheck[] = [];
  for (const name of SUBGRAPH_NAMES) {
    const old = committed.subgraphs[name];
    checks.push(
      await checkSchema(
        subgraphSchemaPath(name),
        old === null ? null : subgraphSchema(old),
        subgraphSchema(current[name]),
        contract,
      ),
    );
  }
  checks.push(
    await checkSchema(
      `${SUPERGRAPH_PATH} (API schema)`,
      committed.supergraph === null ? null : apiSchema(committed.supergraph),
      apiSchema(composeSupergraphFrom(current)),
      contract,
    ),
  );
  return checks;
}
