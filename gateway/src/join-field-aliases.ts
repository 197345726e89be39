import {
  buildASTSchema,
  getNamedType,
  GraphQLError,
  isAbstractType,
  isCompositeType,
  Kind,
  parse,
  type ConstDirectiveNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';

/**
 * Apollo Gateway builds the representation it sends to the next subgraph from the *response keys* of what the
 * previous one answered, so an alias named like a key field (`person { id: name }`) replaces the key, and one
 * named like a `@requires` field replaces what the next subgraph decides on (apollographql/federation#3036).
 * These are the names, per type, that an alias may not take (unless it aliases the field to itself), read from
 * the supergraph: every `@key` field, every field a `@requires` selects (at any depth), and `__typename`.
 */
export type JoinFieldNames = ReadonlyMap<string, ReadonlySet<string>>;

const argument = (directive: ConstDirectiveNode, name: string) => {
  const value = directive.arguments?.find((arg) => arg.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
};

export function joinFieldNames(supergraphSdl: string): JoinFieldNames {
  const schema = buildASTSchema(parse(supergraphSdl), { assumeValidSDL: true });
  const names = new Map<string, Set<string>>();
  const add = (type: GraphQLCompositeType, selections: SelectionSetNode) => {
    for (const selection of selections.selections) {
      if (selection.kind !== Kind.FIELD) continue;
      names.set(type.name, (names.get(type.name) ?? new Set()).add(selection.name.value));
      const fieldType = 'getFields' in type ? type.getFields()[selection.name.value]?.type : undefined;
      const named = fieldType && getNamedType(fieldType);
      if (selection.selectionSet && named && isCompositeType(named)) add(named, selection.selectionSet);
    }
  };
  const fields = (text: string) =>
    (parse(`{ ${text} }`).definitions[0] as { selectionSet: SelectionSetNode }).selectionSet;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isCompositeType(type) || type.name.startsWith('__')) continue;
    for (const directive of type.astNode?.directives ?? []) {
      const key = directive.name.value === 'join__type' ? argument(directive, 'key') : undefined;
      if (key) add(type, fields(key));
    }
    for (const field of 'getFields' in type ? Object.values(type.getFields()) : []) {
      for (const directive of field.astNode?.directives ?? []) {
        const requires = directive.name.value === 'join__field' ? argument(directive, 'requires') : undefined;
        if (requires) add(type, fields(requires));
      }
    }
  }
  return names;
}

/**
 * A validation rule, run before the gateway plans anything: an alias that takes the name of a join field of
 * its parent type (or of any type an abstract parent may be) is refused with BAD_USER_INPUT naming it.
 */
export function joinFieldAliasRule(names: JoinFieldNames): ValidationRule {
  return (context) => {
    const protectedIn = (type: GraphQLCompositeType, schema: GraphQLSchema): Set<string> => {
      const types = isAbstractType(type) ? schema.getPossibleTypes(type) : [type];
      return new Set(['__typename', ...types.flatMap((possible) => [...(names.get(possible.name) ?? [])])]);
    };
    return {
      Field(node) {
        const alias = node.alias?.value;
        const parent = context.getParentType();
        if (!alias || !parent || alias === node.name.value) return;
        if (!protectedIn(parent, context.getSchema()).has(alias)) return;
        context.reportError(
          new GraphQLError(
            `The alias "${alias}" on ${parent.name}.${node.name.value} takes the name of a field the hub joins ${parent.name} ` +
              `across its services by: rename the alias (e.g. "${node.name.value}Value").`,
            { nodes: [node], extensions: { code: 'BAD_USER_INPUT' } },
          ),
        );
      },
    };
  };
}
