import type { ServiceContext } from '../server/subgraph.ts';
import { requirePersonRead } from './authorize.ts';

/** A person as the other subgraphs receive them: the id, and the regions enrollment vouches for (@requires). */
export interface PersonRepresentation {
  id: string;
  enrolledRegions?: string[];
}

/**
 * The check every subgraph runs before it shows any part of a person's record, whichever path the request took
 * (a root field or `_entities`): the regions come from the enrollment subgraph through the gateway, which only
 * the gateway can send (the identity it forwards is signed). Every read is put on the audit trail.
 */
export function guardPerson(context: ServiceContext, person: PersonRepresentation, what: string): void {
  requirePersonRead(context.identity, person.id, person.enrolledRegions);
  if (context.identity.role !== 'SERVICE') context.audit.read(person.id, what);
}
