/**
 * `npm start`: the whole hub on one machine with nothing but Node. Starts a real PostgreSQL (embedded, or the
 * server of DATABASE_URL), creates and migrates the four subgraphs' databases, starts the subgraphs on
 * 4001–4004 and the gateway on PORT (4000), seeds the demo population (SEED=none skips it) and prints where
 * GraphiQL is. Ctrl-C stops everything, the embedded database included.
 */
import { ConfigError, loadConfig } from '#shared/config.ts';
import { listenHost, prepareProcess, stopOnSignals } from '#shared/server/run-standalone.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const began = Date.now();
  // The hub's modules load after the process is prepared (logging, and tracing when configured).
  const tracing = await prepareProcess(config, 'medins-hub');
  const [{ provideDatabaseServer }, { developmentKeys }, { EXAMPLE_ID_NUMBER, seedDemo }, { startStack }] =
    await Promise.all([
      import('#shared/database/database-server.ts'),
      import('#shared/auth/development-keys.ts'),
      import('./lib/seed-demo.ts'),
      import('./lib/stack.ts'),
    ]);
  const database = await provideDatabaseServer({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    log: (line) => console.log(line),
  });
  console.log(
    database.embedded
      ? `PostgreSQL: embedded, port ${config.embeddedPostgresPort}, data in ${config.dataDir}/postgres`
      : 'PostgreSQL: the server of DATABASE_URL',
  );
  let stop = () => database.stop();
  stopOnSignals(() => stop(), tracing, config.shutdownGraceMs);
  try {
    const stack = await startStack({
      config,
      serverUrl: database.url,
      host: listenHost(config),
      ports: 'default',
      exampleVariables: { idNumber: EXAMPLE_ID_NUMBER },
      ...(config.nodeEnv === 'production' ? {} : { developmentPublicKey: developmentKeys(config.dataDir).publicKey }),
    });
    stop = async () => {
      await stack.stop();
      await database.stop();
    };
    for (const subgraph of Object.values(stack.subgraphs)) console.log(`  ${subgraph.name.padEnd(13)} ${subgraph.url}`);
    if (config.seed === 'demo' && config.nodeEnv !== 'production') {
      const people = await seedDemo(stack.gatewayUrl);
      console.log(`Demo population: ${people} people seeded (idempotent; SEED=none skips this).`);
    } else if (config.seed === 'demo') {
      console.log('Production mode: the demo population is for development and is not seeded.');
    }
    const origin = stack.gatewayUrl.replace(/graphql$/, '');
    // Production serves no GraphiQL (introspection is off there); the timeline page is served in every mode.
    const pages =
      config.nodeEnv === 'production'
        ? `Timeline page at ${origin}timeline.`
        : `Open GraphiQL at ${origin} and the timeline page at ${origin}timeline (served locally, work offline).`;
    console.log(`
Gateway ready in ${((Date.now() - began) / 1000).toFixed(1)} s: ${stack.gatewayUrl}
${pages}
Mode: ${config.nodeEnv}, listening on ${listenHost(config)}. Ctrl-C stops everything.
${
  config.nodeEnv === 'production'
    ? 'Every request needs a bearer token.'
    : 'Development mode: a request without a token acts as the national administrator.\nMint tokens for other roles: npm run token -- --role AGENCY --region 440100'
}`);
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The first GraphQL error's message when a request failed, never the request itself (it holds ID numbers). */
function describe(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  const graphqlErrors = (error as { response?: { errors?: { message: string }[] } }).response?.errors;
  return `Could not start: ${graphqlErrors?.[0]?.message ?? (error as Error).message ?? String(error)}`;
}

main().catch((error: unknown) => {
  console.error(describe(error));
  process.exit(1);
});
