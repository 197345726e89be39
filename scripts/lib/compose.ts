import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { DEFAULT_SUBGRAPH_PORTS, SUBGRAPH_NAMES } from '#shared/config.ts';

export const SUPERGRAPH_FILE = new URL('../../gateway/supergraph.graphql', import.meta.url);

/** The default URL of each subgraph, written into the supergraph; the gateway's *_URL variables override it. */
export const defaultSubgraphUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

/** Composes the four subgraph schema files into the supergraph SDL, or throws with every composition error. */
export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      url: defaultSubgraphUrl(DEFAULT_SUBGRAPH_PORTS[name]),
      typeDefs: parse(readFileSync(new URL(`../../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}
