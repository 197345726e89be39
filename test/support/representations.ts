import { proveEnrolledRegions } from '#shared/auth/enrollment-proof.ts';

/** A Person representation as the gateway builds it: the id, and the regions with the enrollment subgraph's proof. */
export function personRepresentation(config: { personIdKey: string }, id: string, enrolledRegions: string[] = []) {
  return { __typename: 'Person', id, enrolledRegions, enrolledRegionsProof: proveEnrolledRegions(config.personIdKey, id, enrolledRegions) };
}
