import type { ServiceContext } from '../server/subgraph.ts';
import { Forbidden, requirePersonRead } from './authorize.ts';
import { verifyEnrolledRegions } from './enrollment-proof.ts';

/**
 * A person as the other subgraphs receive them: the id, and the regions the enrollment subgraph vouches for
 * with their proof (`@requires(fields: "enrolledRegions enrolledRegionsProof")`).
 */
export interface PersonRepresentation {
  id: string;
  enrolledRegions?: string[];
  enrolledRegionsProof?: string;
}

/**
 * The check every subgraph runs before it shows any part of a person's record, whichever path the request took
 * (a root field or `_entities`): the regions must carry the enrollment subgraph's proof for this very id (a
 * representation built from a forged key, or with edited regions, is refused), then the caller must be
 * allowed by them. Every read is put on the audit trail.
 */
export function guardPerson(context: ServiceContext, person: PersonRepresentation, what: string): void {
  if (context.identity.role === 'SERVICE') return;
  if (!verifyEnrolledRegions(context.config.personIdKey, person.id, person.enrolledRegions, person.enrolledRegionsProof)) {
    throw new Forbidden(
      "This person's record cannot be shown: the person's regions did not come with the enrollment service's proof for this person.",
    );
  }
  requirePersonRead(context.identity, person.id, person.enrolledRegions);
  context.audit.read(person.id, what);
}
