import { loadConfig } from '#shared/config.ts';
import { listenHost, stopOnSignals } from '#shared/server/run-standalone.ts';
import { developmentKeys } from '#shared/auth/development-keys.ts';
import { startGateway } from './server.ts';

const config = loadConfig(process.env, 'gateway');
const gateway = await startGateway({
  config,
  port: config.port ?? 4000,
  host: listenHost(config),
  subgraphUrls: config.subgraphUrls,
  ...(config.nodeEnv === 'production' ? {} : { developmentPublicKey: developmentKeys(config.dataDir).publicKey }),
});
console.log(`gateway ready at ${gateway.url}; GraphiQL at ${gateway.url.replace(/graphql$/, '')}`);
stopOnSignals(() => gateway.close());
