import { runStandalone } from '#shared/server/run-standalone.ts';
import { transfersSubgraph } from './server.ts';

await runStandalone(transfersSubgraph);
