import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SUBGRAPH_NAMES, type SubgraphName } from '#shared/config.ts';

/** The repository's root, where `git show` runs. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The committed files the check compares against: each subgraph's SDL and the supergraph, null where absent. */
export interface CommittedSchemas {
  subgraphs: Record<SubgraphName, string | null>;
  supergraph: string | null;
}

export const subgraphSchemaPath = (name: SubgraphName) => `subgraphs/${name}/schema.graphql`;
export const SUPERGRAPH_PATH = 'gateway/supergraph.graphql';

/** A file as `ref` holds it (`git show <ref>:<path>`), or null when it does not exist there. */
function show(ref: string, path: string): string | null {
  try {
    return execFileSync('git', ['show', `${ref}:${path}`], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '');
    if (/does not exist|exists on disk, but not in/.test(stderr)) return null;
    throw new Error(`git show ${ref}:${path} failed: ${stderr.trim() || (error as Error).message}`, { cause: error });
  }
}

/** The subgraph SDLs and the supergraph as committed at `ref` (HEAD: the last commit). */
export function committedSchemas(ref: string): CommittedSchemas {
  return {
    subgraphs: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, show(ref, subgraphSchemaPath(name))])) as Record<
      SubgraphName,
      string | null
    >,
    supergraph: show(ref, SUPERGRAPH_PATH),
  };
}
