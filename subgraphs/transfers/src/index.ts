import { runStandalone } from '#shared/server/run-standalone.ts';

// The subgraph's modules load after the process is prepared (logging, and tracing when configured).
await runStandalone('transfers', async () => (await import('./server.ts')).transfersSubgraph);
