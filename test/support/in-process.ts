import { afterAll, beforeAll, inject } from 'vitest';
import { DEVELOPMENT_ADMINISTRATOR, type Identity } from '#shared/auth/identity.ts';
import { dropDatabase, openSubgraphDatabase, type SubgraphDatabase } from '#shared/database/subgraph-database.ts';
import { readAuditWriterFor } from '#shared/audit/audit-trail.ts';
import { createSubgraphServer, requestContext, type SubgraphDefinition } from '#shared/server/subgraph.ts';
import { testConfig } from './test-stack.ts';

export interface InProcessSubgraph {
  config: ReturnType<typeof testConfig>;
  execute(query: string, variables?: Record<string, unknown>): Promise<{ data?: unknown; errors?: unknown }>;
  /** The subgraph's own `_service { sdl }`. */
  sdl(): Promise<string>;
}

/**
 * One subgraph in process (no HTTP, no gateway), as the gateway sees it, on a database of its own that
 * is created before the file's tests and dropped after them.
 */
export function inProcessSubgraph(
  definition: SubgraphDefinition,
  identity: Identity = DEVELOPMENT_ADMINISTRATOR,
): InProcessSubgraph {
  const config = testConfig();
  const serverUrl = inject('databaseServerUrl');
  const databaseName = `${config.databaseNamePrefix}${definition.name}`;
  const server = createSubgraphServer(definition);
  let db: SubgraphDatabase;

  beforeAll(async () => {
    db = await openSubgraphDatabase({
      serverUrl,
      databaseName,
      secret: config.subgraphSecrets[definition.name],
      entities: definition.entities,
      migrations: definition.migrations,
      privileges: definition.privileges,
    });
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
    if (db) await readAuditWriterFor(db.dataSource).drain();
    await db?.dataSource.destroy();
    await dropDatabase(serverUrl, databaseName);
  });

  const execute: InProcessSubgraph['execute'] = async (query, variables = {}) => {
    const response = await server.executeOperation(
      { query, variables },
      { contextValue: definition.createContext(requestContext({ db, config }, identity)) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    return errors ? { data, errors } : { data };
  };
  return {
    config,
    execute,
    sdl: async () => ((await execute('{ _service { sdl } }')).data as { _service: { sdl: string } })._service.sdl,
  };
}

/** The `_entities` query for Person representations, selecting `selection` on each. */
export const personEntities = (selection: string) =>
  `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { ${selection} } } }`;
