/**
 * Hive Gateway over node:http, configured like the Apollo gateway (`gateway/src/index.ts`): PORT, the subgraph
 * URLs, the secrets and the authentication settings of the configuration table.
 *   npx tsx gateway/hive/index.ts        (with the subgraphs running, e.g. under `npm start` with PORT=4100)
 */
import { createServer } from 'node:http';
import { loadConfig } from '#shared/config.ts';
import { developmentKeys } from '#shared/auth/development-keys.ts';
import { listenHost, stopOnSignals } from '#shared/server/run-standalone.ts';
import { createHiveGateway } from './hive-gateway.ts';

const config = loadConfig(process.env, 'gateway');
const gateway = createHiveGateway({
  config,
  subgraphUrls: config.subgraphUrls,
  ...(config.nodeEnv === 'production' ? {} : { developmentPublicKey: developmentKeys(config.dataDir).publicKey }),
});
const server = createServer(gateway);
const port = config.port ?? 4000;
server.listen(port, listenHost(config), () =>
  console.log(`Hive gateway ready at http://${listenHost(config)}:${port}/graphql`),
);
stopOnSignals(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await gateway.dispose();
});
