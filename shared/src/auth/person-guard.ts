import type { ServiceContext } from '../server/subgraph.ts';
import { Forbidden, requirePersonRead } from './authorize.ts';
import { verifyEnrollment } from './enrollment-proof.ts';

/**
 * A person as the other subgraphs receive them: the id, and what the enrollment subgraph vouches for with its proof
 * (`@requires(fields: "enrolledRegions recordKeys enrollmentProof")`): the regions they are enrolled in and the keys
 * their records are filed under, one per identity document.
 */
export interface PersonRepresentation {
  id: string;
  enrolledRegions?: string[];
  recordKeys?: string[];
  enrollmentProof?: string;
}

/**
 * The check every subgraph runs before it shows any part of a person's record, whichever path the request took
 * (a root field or `_entities`): the regions and keys must carry the enrollment subgraph's proof for this very id
 * (a representation built from a forged key, with edited regions or with another person's keys is refused), then
 * the caller must be allowed by the regions. Every read is put on the audit trail. Returns the keys to read the
 * person's records under; the hub's own services (which pass no proof) name them, or the id alone.
 */
export function guardPerson(context: ServiceContext, person: PersonRepresentation, what: string): string[] {
  if (context.identity.role === 'SERVICE') return person.recordKeys ?? [person.id];
  if (
    !verifyEnrollment(
      context.config.personIdKey,
      person.id,
      person.enrolledRegions,
      person.recordKeys,
      person.enrollmentProof,
    )
  ) {
    throw new Forbidden(
      "This person's record cannot be shown: the person's regions did not come with the enrollment service's proof for this person.",
    );
  }
  requirePersonRead(context.identity, person.id, person.enrolledRegions);
  context.audit.read(person.id, what);
  return person.recordKeys!;
}
