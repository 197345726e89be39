import { runStandalone } from '#shared/server/run-standalone.ts';
import { contributionsSubgraph } from './server.ts';

await runStandalone(contributionsSubgraph);
