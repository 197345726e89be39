/** Composes the four subgraph schemas into gateway/supergraph.graphql (committed; a test checks it is fresh). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeSupergraph, SUPERGRAPH_FILE } from './lib/compose.ts';

writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
console.log(`Wrote ${fileURLToPath(SUPERGRAPH_FILE)}`);
