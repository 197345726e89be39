import { loadConfig } from '#shared/config.ts';
import { serviceLog } from '#shared/observability/log.ts';
import { listenHost, prepareProcess, stopOnSignals } from '#shared/server/run-standalone.ts';

const config = loadConfig(process.env, 'gateway');
// The gateway's modules load after the process is prepared (logging, and tracing when configured).
const tracing = await prepareProcess(config, 'gateway');
const [{ startGateway }, { developmentKeys }] = await Promise.all([
  import('./server.ts'),
  import('#shared/auth/development-keys.ts'),
]);
const gateway = await startGateway({
  config,
  port: config.port ?? 4000,
  host: listenHost(config),
  subgraphUrls: config.subgraphUrls,
  ...(config.nodeEnv === 'production' ? {} : { developmentPublicKey: developmentKeys(config.dataDir).publicKey }),
});
serviceLog('gateway').info(
  config.nodeEnv === 'production'
    ? `gateway ready at ${gateway.url}`
    : `gateway ready at ${gateway.url}; GraphiQL at ${gateway.url.replace(/graphql$/, '')}`,
);
stopOnSignals(() => gateway.close(), tracing, config.shutdownGraceMs);
