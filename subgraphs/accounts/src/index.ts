import { runStandalone } from '#shared/server/run-standalone.ts';

// The subgraph's modules load after the process is prepared (logging, and tracing when configured).
await runStandalone('accounts', async () => (await import('./server.ts')).accountsSubgraph);
