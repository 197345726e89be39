import type { ServiceContext } from '../server/subgraph.ts';
import { canReadPerson, Forbidden } from './authorize.ts';
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
 * The one rule before any part of a person's record is shown, in every subgraph: the caller may read this person
 * (`canReadPerson`, by the regions they are enrolled in), and the read goes on the audit trail. False, with nothing
 * audited, when not.
 */
export function admitPersonRead(
  context: ServiceContext,
  personId: string,
  enrolledRegions: readonly string[],
  what: string,
): boolean {
  if (!canReadPerson(context.identity, personId, enrolledRegions)) return false;
  context.audit.read(personId, what);
  return true;
}

/** Why a person's record is refused. */
export const PERSON_NOT_OPEN =
  "This person's record is not open to you: a person sees their own, an agency those enrolled in its region.";

/** `admitPersonRead`, refusing with FORBIDDEN. */
export function requirePersonRead(
  context: ServiceContext,
  personId: string,
  enrolledRegions: readonly string[],
  what: string,
): void {
  if (!admitPersonRead(context, personId, enrolledRegions, what)) {
    throw new Forbidden(PERSON_NOT_OPEN);
  }
}

/**
 * The check every subgraph but enrollment (which holds the regions itself) runs before it shows any part of a
 * person's record, whichever path the request took
 * (a root field or `_entities`): the regions and keys must carry the enrollment subgraph's proof for this very id
 * (a representation built from a forged key, with edited regions or with another person's keys is refused), then
 * `requirePersonRead`. Returns the keys to read the person's records under; the hub's own services (which pass no
 * proof) name them, or the id alone.
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
  requirePersonRead(context, person.id, person.enrolledRegions!, what);
  return person.recordKeys!;
}
