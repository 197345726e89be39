import type { ApolloGateway } from '@apollo/gateway';
import { isScalarType } from 'graphql';
import { scalarResolvers } from '#shared/scalars.ts';

/**
 * The supergraph knows the hub's scalars (YearMonth, Date, Money, DateTime) by name only, so the gateway would
 * pass "2019-13" on to a subgraph, whose refusal of the whole fetch would null the parent with an error that has
 * no path. Given the same parsers as the subgraphs, the gateway refuses such a value itself, before planning,
 * with the subgraphs' BAD_USER_INPUT message; it still forwards the variables as they were sent.
 */
export function checkScalarsAtGateway(gateway: ApolloGateway): void {
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    for (const [name, implementation] of Object.entries(scalarResolvers)) {
      const type = apiSchema.getType(name);
      if (!isScalarType(type)) continue;
      type.parseValue = implementation.parseValue;
      type.parseLiteral = implementation.parseLiteral;
    }
  });
}
