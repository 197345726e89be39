import { findRegion } from '#shared/regions/regions.ts';
import type { TransfersContext } from '../context.ts';

/** An agency's seal: the public key its Info Sheets and Contact Letters verify with. */
export const Agency = {
  __resolveReference: (reference: { regionCode: string }) => ({ regionCode: reference.regionCode }),
  publicKey: (agency: { regionCode: string }, _: unknown, context: TransfersContext) =>
    findRegion(agency.regionCode) ? context.workflow.seals.publicKey(agency.regionCode) : null,
};
