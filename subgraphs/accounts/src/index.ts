import { runStandalone } from '#shared/server/run-standalone.ts';
import { accountsSubgraph } from './server.ts';

await runStandalone(accountsSubgraph);
