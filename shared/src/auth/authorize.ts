import { DomainError } from '../errors.ts';
import { maskDocumentNumber } from '../identity/documents.ts';
import type { Identity } from './identity.ts';

/**
 * The authorization rules every subgraph applies in its resolvers (the gateway enforces no directives).
 * Each takes the caller's identity and what the subgraph knows of the record.
 */
export class Forbidden extends DomainError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

const trusted = (identity: Identity) => identity.role === 'NATIONAL' || identity.role === 'SERVICE';

/** A person's record: the person, an agency of a region they are enrolled in, the national level, the workflow. */
export function canReadPerson(identity: Identity, personId: string, enrolledRegions: readonly string[]): boolean {
  if (trusted(identity)) return true;
  if (identity.role === 'PERSON') return identity.personId === personId;
  if (identity.role === 'AGENCY') return enrolledRegions.includes(identity.regionCode!);
  return false;
}

/**
 * Full document numbers for the person and the agencies entitled to them (those of the regions the person is
 * enrolled in); masked for everyone else.
 */
export function idNumberFor(
  identity: Identity,
  personId: string,
  enrolledRegions: readonly string[],
  idNumber: string,
): string {
  const entitled =
    identity.role === 'SERVICE' ||
    (identity.role === 'PERSON' && identity.personId === personId) ||
    (identity.role === 'AGENCY' && enrolledRegions.includes(identity.regionCode!));
  return entitled ? idNumber : maskDocumentNumber(idNumber);
}

/** A step an agency performs for its region; the national administrator may act for any. */
export function requireAgency(identity: Identity, regionCode: string, what: string): void {
  if (trusted(identity)) return;
  if (identity.role === 'AGENCY' && identity.regionCode === regionCode) return;
  throw new Forbidden(`${what} is for the agency of region ${regionCode} (or the national administrator).`);
}

/** Internal mutations: the transfer workflow's own service identity only. */
export function requireService(identity: Identity): void {
  if (identity.role !== 'SERVICE') throw new Forbidden('This operation is internal to the transfer workflow.');
}
