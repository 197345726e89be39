import { Forbidden } from '#shared/auth/authorize.ts';
import type { Identity } from '#shared/auth/identity.ts';
import type { TransferApplicationInput } from '../generated/resolvers.ts';
import type { TransfersContext } from '../context.ts';
import type { TransferRow } from '../db/entities/transfer.ts';
import type { TransferScope } from '../queries/transfer-list.ts';

/** Who sees a transfer: the person, the employer that applied, the agencies of both regions, the national level. */
export function canSeeTransfer(identity: Identity, transfer: TransferRow): boolean {
  switch (identity.role) {
    case 'NATIONAL':
    case 'SERVICE':
      return true;
    case 'PERSON':
      return identity.personId === transfer.personId;
    case 'EMPLOYER':
      return transfer.employerId !== null && identity.employerId === transfer.employerId;
    case 'AGENCY':
      return identity.regionCode === transfer.fromRegion || identity.regionCode === transfer.toRegion;
  }
}

export function requireTransferAccess(identity: Identity, transfer: TransferRow): void {
  if (!canSeeTransfer(identity, transfer)) {
    throw new Forbidden(
      'This transfer is not open to you: it is for the person, the employer that applied and the agencies of both regions.',
    );
  }
}

/** The transfers a dashboard may list. */
export function scopeOf(identity: Identity): TransferScope {
  switch (identity.role) {
    case 'PERSON':
      return { personId: identity.personId! };
    case 'EMPLOYER':
      return { employerId: identity.employerId! };
    case 'AGENCY':
      return { regionCode: identity.regionCode! };
    default:
      return {};
  }
}

/**
 * Who may apply (003 art 5-6), once the application's document is known to name `personId`: the person for themselves, an employer (recorded as the applicant), the agency of
 * either region at its counter, the national administrator. Returns the employer to record, if any.
 */
export function authorizeApplication(
  context: TransfersContext,
  input: TransferApplicationInput,
  personId: string,
): string | null {
  const { identity } = context;
  switch (identity.role) {
    case 'PERSON':
      if (personId !== identity.personId || (input.applicant ?? 'PERSON') !== 'PERSON') {
        throw new Forbidden('A person applies for their own transfer, as PERSON.');
      }
      return null;
    case 'EMPLOYER':
      if (input.applicant !== 'EMPLOYER') throw new Forbidden('An employer applies with applicant: EMPLOYER.');
      return identity.employerId!;
    case 'AGENCY':
      if (identity.regionCode !== input.fromRegion && identity.regionCode !== input.toRegion) {
        throw new Forbidden(
          `An agency takes applications for transfers to or from its own region (${identity.regionCode}).`,
        );
      }
      return null;
    default:
      return null;
  }
}
