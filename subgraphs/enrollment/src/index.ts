import { runStandalone } from '#shared/server/run-standalone.ts';
import { enrollmentSubgraph } from './server.ts';

await runStandalone(enrollmentSubgraph);
