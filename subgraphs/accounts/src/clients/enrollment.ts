import type { Config } from '#shared/config.ts';
import type { InsuranceType } from '#shared/insurance.ts';
import { callSubgraph, subgraphTarget } from '#shared/server/subgraph-client.ts';

/** A person's enrollment, as the enrollment subgraph records it. */
export interface EnrollmentFact {
  regionCode: string;
  insuranceType: InsuranceType;
  status: 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';
}

type WireEnrollment = { region: { code: string }; insuranceType: InsuranceType; status: EnrollmentFact['status'] };

/**
 * What the accounts subgraph asks the enrollment subgraph, as a service of the hub, to decide a payout's
 * conditions (004 art 15): the enrollments of the person a document key names (under all their documents). It
 * reads nothing else of another subgraph. Null when no agency has recorded the document.
 */
export async function enrollmentsOf(config: Config, documentKey: string): Promise<EnrollmentFact[] | null> {
  const target = subgraphTarget(config, 'enrollment', { role: 'SERVICE', subject: 'accounts-service' });
  const data = await callSubgraph<{ _entities: ({ enrollments: WireEnrollment[] } | null)[] }>(
    target,
    `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { enrollments { region { code } insuranceType status } } } }`,
    { r: [{ __typename: 'Person', id: documentKey }] },
  );
  return (
    data._entities[0]?.enrollments.map((e) => ({
      regionCode: e.region.code,
      insuranceType: e.insuranceType,
      status: e.status,
    })) ?? null
  );
}
