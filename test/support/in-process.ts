import { afterAll, beforeAll } from 'vitest';
import { DEVELOPMENT_ADMINISTRATOR, type Identity } from '#shared/auth/identity.ts';
import { serviceLog } from '#shared/observability/log.ts';
import { createSubgraphServer, requestContext, type SubgraphDefinition } from '#shared/server/subgraph.ts';
import { useSubgraphDatabase } from './subgraph-database.ts';
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
  // Its hooks run first in beforeAll and last in afterAll (vitest's `stack` order): the database is open before the
  // server starts and is dropped after it stops.
  const database = useSubgraphDatabase(definition, config);
  const server = createSubgraphServer(definition);

  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const execute: InProcessSubgraph['execute'] = async (query, variables = {}) => {
    const response = await server.executeOperation(
      { query, variables },
      {
        contextValue: definition.createContext(
          requestContext({ db: database.db, config, log: serviceLog(definition.name) }, identity),
        ),
      },
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
