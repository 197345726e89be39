import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLSchema,
} from 'graphql';
import type { ApiContract } from './api-contract.ts';

/** One change between two versions of a schema, and what the check makes of it. */
export interface CheckedChange {
  level: 'BREAKING' | 'DANGEROUS' | 'SAFE';
  message: string;
  /** The schema coordinate it touches, e.g. `AccountEntry.balanceAfter` or `Query.person.idType`. */
  path: string | undefined;
  /** For a breaking change: whether it fails the check, or why not. */
  verdict?: 'fails' | 'deprecated first' | 'not in the contract';
}

/** The changes of one schema (a subgraph's SDL, or the supergraph's API schema). */
export interface SchemaCheck {
  name: string;
  changes: CheckedChange[];
}

const LEVELS: Record<CriticalityLevel, CheckedChange['level']> = {
  [CriticalityLevel.Breaking]: 'BREAKING',
  [CriticalityLevel.Dangerous]: 'DANGEROUS',
  [CriticalityLevel.NonBreaking]: 'SAFE',
};

/** Whether a coordinate — or the member it belongs to (`Query.person` for `Query.person.idType`) — is listed. */
function listed(contract: ApiContract, path: string): boolean {
  const [type, member] = path.split('.');
  return member === undefined ? contract.has(type!) : contract.has(`${type}.${member}`);
}

/** Whether the old schema had marked the element at `path` (or the field it is an argument of) `@deprecated`. */
function deprecated(schema: GraphQLSchema | null, path: string): boolean {
  const [typeName, member, argument] = path.split('.');
  const type = typeName ? schema?.getType(typeName) : undefined;
  if (!type || !member) return false;
  if (isEnumType(type)) return Boolean(type.getValue(member)?.deprecationReason);
  if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) return false;
  const field = type.getFields()[member];
  if (!field) return false;
  if (field.deprecationReason) return true;
  const args: readonly GraphQLArgument[] = 'args' in field ? field.args : [];
  return Boolean(argument && args.find((candidate) => candidate.name === argument)?.deprecationReason);
}

/** What a breaking change means here: it fails on a listed element the old schema had not deprecated. */
function verdict(change: Change, old: GraphQLSchema | null, contract: ApiContract): CheckedChange['verdict'] {
  if (!change.path || !listed(contract, change.path)) return 'not in the contract';
  return deprecated(old, change.path) ? 'deprecated first' : 'fails';
}

/**
 * Compares two versions of a schema with @graphql-inspector/core's `diff`: every change with its level
 * (breaking, dangerous, safe), and for each breaking one whether it fails — it does when it touches an element the
 * public contract lists, unless the old schema had marked that element `@deprecated`. `old` is null for a schema
 * that is new.
 */
export async function checkSchema(
  name: string,
  old: GraphQLSchema | null,
  current: GraphQLSchema,
  contract: ApiContract,
): Promise<SchemaCheck> {
  const changes = await diff(old, current);
  return {
    name,
    changes: changes.map((change) => {
      const level = LEVELS[change.criticality.level];
      return {
        level,
        message: change.message,
        path: change.path,
        ...(level === 'BREAKING' ? { verdict: verdict(change, old, contract) } : {}),
      };
    }),
  };
}

/** The changes that fail the check. */
export const failures = (checks: SchemaCheck[]) =>
  checks.flatMap((check) => check.changes.filter((change) => change.verdict === 'fails'));
