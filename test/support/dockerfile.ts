import { readFileSync } from 'node:fs';

/** One instruction of a Dockerfile: `RUN npm ci` is { instruction: 'RUN', args: 'npm ci' }. */
export interface DockerfileInstruction {
  instruction: string;
  args: string;
}

/**
 * Reads a Dockerfile's instructions in order: comments and blank lines dropped, lines continued with a trailing
 * backslash joined (with one space), the instruction upper-cased. Enough to check what the image does without
 * a Docker engine; not a full parser (no heredocs, no escape directive).
 */
export function readDockerfile(file: URL): DockerfileInstruction[] {
  const logical = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return logical.map((line) => {
    const [instruction = '', ...rest] = line.split(/\s+/);
    return { instruction: instruction.toUpperCase(), args: rest.join(' ') };
  });
}

/** The JSON ("exec") form of an instruction's arguments, e.g. `CMD ["node", "x.js"]` → ['node', 'x.js']. */
export function execForm(args: string): string[] {
  return JSON.parse(args) as string[];
}
