import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { DEFAULT_SUBGRAPH_PORTS, SUBGRAPH_NAMES, type SubgraphName } from '#shared/config.ts';

export const SUPERGRAPH_FILE = new URL('../../gateway/supergraph.graphql', import.meta.url);

/** The default URL of each subgraph, written into the supergraph; the gateway's *_URL variables override it. */
export const defaultSubgraphUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

/** The SDL of each subgraph's schema file in the working tree. */
export const readSubgraphSdls = (): Record<SubgraphName, string> =>
  Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [
      name,
      readFileSync(new URL(`../../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8'),
    ]),
  ) as Record<SubgraphName, string>;

/** Composes the four subgraph schema files into the supergraph SDL, or throws with every composition error. */
export function composeSupergraph(): string {
  return composeSupergraphFrom(readSubgraphSdls());
}

/** Composes the four subgraphs' SDLs (files, or other versions of them) into the supergraph SDL, or throws. */
export function composeSupergraphFrom(sdls: Record<SubgraphName, string>): string {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      url: defaultSubgraphUrl(DEFAULT_SUBGRAPH_PORTS[name]),
      typeDefs: parse(sdls[name]),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}
