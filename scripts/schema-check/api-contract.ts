import { readFileSync } from 'node:fs';

/**
 * The public contract, as `../shared/spec/api.md` lists it: the schema coordinates dashboards and region systems
 * are written against — a type (`AccountEntry`) or a member of one (`AccountEntry.balanceAfter`, a field, an input
 * field or an enum value; `Query.person`). A breaking change to a listed coordinate fails the schema check.
 */
export type ApiContract = ReadonlySet<string>;

/** Where the contract lives: beside the repository, as the README says. */
export const API_CONTRACT_FILE = new URL('../../../shared/spec/api.md', import.meta.url);

const TYPE_NAME = /^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/;
const OWNED = /^([A-Z]\w*)\.(\w+)\s*(?:\(.*\))?\s*(?::\s*(.+))?$/;
const FIELD = /^([a-z]\w*)\s*(?:\(.*\))?\s*:\s*(.+)$/;
const BRACED = /^(?:(enum|input|type)\s+)?([A-Z]\w*)\s*\{(.*)\}$/;

/** The named type of a type reference: `[Contribution!]!` → Contribution. */
const namedType = (reference: string) => /[A-Z]\w*/.exec(reference)?.[0];

/** The members a braced listing names: fields and input fields by `name:` or `name(…):`, enum values as words. */
function bracedMembers(kind: string | undefined, body: string): string[] {
  if (kind === 'enum') return body.split(/\s+/).filter((word) => /^[A-Z][A-Z0-9_]*$/.test(word));
  const withoutArguments = body.replace(/\([^)]*\)/g, '');
  return [...withoutArguments.matchAll(/(\w+)\s*:/g)].map((match) => match[1]!);
}

/**
 * The contract's blocks: each top-level bullet with its continuation lines and sub-bullets, each table row, each
 * paragraph, with the `##` section it is in.
 */
function blocks(markdown: string): { section: string; text: string }[] {
  const result: { section: string; text: string }[] = [];
  let section = '';
  for (const line of markdown.split('\n')) {
    if (line.startsWith('#')) {
      section = line.replace(/^#+\s*/, '');
      continue;
    }
    const continues = /^\s/.test(line) && line.trim() !== '' && result.length > 0;
    if (continues) result.at(-1)!.text += `\n${line}`;
    else if (line.trim() !== '') result.push({ section, text: line });
  }
  return result;
}

/**
 * Reads the coordinates the contract lists from its code spans: `Type { a: T b(x: X): T }` and `enum E { A B }`
 * list a type and its members; `Owner.field(…): T` a member; a bare `TypeName` a type; and `field(…): T` a member
 * of the block's subject — `Mutation` in the Mutations section (where a mutation has arguments), else the type the block's first span names (a
 * bare type, a braced listing, or the type `Owner.field(…): T` returns). Prose words in backticks are not read.
 */
export function parseApiContract(markdown: string): ApiContract {
  const coordinates = new Set<string>();
  for (const block of blocks(markdown)) {
    const spans = [...block.text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!.replace(/\s+/g, ' ').trim());
    const first = spans[0] ?? '';
    const subject =
      block.section === 'Mutations'
        ? 'Mutation'
        : TYPE_NAME.test(first)
          ? first
          : (BRACED.exec(first)?.[2] ?? namedType(OWNED.exec(first)?.[3] ?? ''));
    for (const span of spans) {
      const braced = BRACED.exec(span);
      const owned = OWNED.exec(span);
      const field = FIELD.exec(span);
      if (braced) {
        coordinates.add(braced[2]!);
        for (const member of bracedMembers(braced[1], braced[3]!)) coordinates.add(`${braced[2]}.${member}`);
      } else if (owned) {
        coordinates.add(owned[1]!).add(`${owned[1]}.${owned[2]}`);
      } else if (field && subject && (block.section !== 'Mutations' || span.includes('('))) {
        coordinates.add(`${subject}.${field[1]}`);
      } else if (TYPE_NAME.test(span)) {
        coordinates.add(span);
      }
    }
  }
  return coordinates;
}

/** The contract read from its file (`--contract` or ../shared/spec/api.md). */
export function readApiContract(file: URL | string = API_CONTRACT_FILE): ApiContract {
  return parseApiContract(readFileSync(file, 'utf8'));
}
