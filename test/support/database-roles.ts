import pg from 'pg';
import { rolesOf, runtimePassword, urlAs } from '#shared/database/roles.ts';
import { subgraphDatabaseUrl } from '#shared/database/subgraph-database.ts';

/**
 * Connections to a subgraph's database as its two roles, for tests that must go around the service: as the
 * owner (tampering with a sealed document, checking the triggers hold even for it) or as the runtime role the
 * service serves with (checking what it is refused).
 */
async function withClient<T>(config: pg.ClientConfig, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function asOwner<T>(
  serverUrl: string,
  databaseName: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  return withClient(
    {
      connectionString: subgraphDatabaseUrl(serverUrl, databaseName),
      options: `-c role=${rolesOf(databaseName).owner}`,
    },
    work,
  );
}

export function asRuntime<T>(
  serverUrl: string,
  databaseName: string,
  secret: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const url = urlAs(
    subgraphDatabaseUrl(serverUrl, databaseName),
    rolesOf(databaseName).runtime,
    runtimePassword(secret),
  );
  return withClient({ connectionString: url }, work);
}
