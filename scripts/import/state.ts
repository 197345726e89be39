import { readFile, rename, writeFile } from 'node:fs/promises';

/**
 * The resume state of an import, kept beside the file (`<file>.import-state.json`): the last line committed in
 * order (see committed-line.ts), and the rows the hub answered for so far, over every run. Rows after that line
 * may have been written too; a resumed run sends them again and the hub answers them as unchanged.
 */
export interface ImportState {
  version: 1;
  kind: string;
  /** The header line's columns, to notice a different file under the same name. */
  columns: string[];
  committedLine: number;
  /** Rows new to the hub, over all runs. */
  recorded: number;
  /** Rows the hub already held identically, over all runs (re-sent rows of an interrupted run included). */
  unchanged: number;
  /** The whole file was read and every row answered or reported. */
  finished: boolean;
  updatedAt: string;
}

export async function loadState(path: string): Promise<ImportState | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const state = JSON.parse(text) as ImportState;
  if (state.version !== 1 || typeof state.committedLine !== 'number')
    throw new Error(
      `${path} is not an import state file of this version: remove it (or pass --restart) to start over.`,
    );
  return state;
}

/** Writes the state whole to a temporary file and renames it over the old one, so a crash leaves one or the other. */
export async function saveState(path: string, state: ImportState): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ ...state, updatedAt: new Date().toISOString() }, null, 2)}\n`);
  await rename(temporary, path);
}
