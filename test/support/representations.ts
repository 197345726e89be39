import { proveEnrollment } from '#shared/auth/enrollment-proof.ts';

/**
 * A Person representation as the gateway builds it: the id, and the regions and record keys (the id alone unless
 * given) with the enrollment subgraph's proof.
 */
export function personRepresentation(
  config: { personIdKey: string },
  id: string,
  enrolledRegions: string[] = [],
  recordKeys: string[] = [id],
) {
  return {
    __typename: 'Person',
    id,
    enrolledRegions,
    recordKeys,
    enrollmentProof: proveEnrollment(config.personIdKey, id, enrolledRegions, recordKeys),
  };
}
