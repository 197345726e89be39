import { sameProvince } from '#shared/regions/regions.ts';
import { policyFor } from '#shared/rules/region-policy.ts';

/**
 * Where the province handles a transfer between two of its regions at once (即办件), paperless — the balance
 * cleared at the out-region and credited at the in-region immediately (Fujian, 002 art 9) — the system takes every
 * step on the application date.
 */
export function isAtOnce(transfer: { fromRegion: string; toRegion: string }): boolean {
  return (
    sameProvince(transfer.fromRegion, transfer.toRegion) && policyFor(transfer.fromRegion).withinProvinceAtOnce.value
  );
}

export function atOnceNote(transfer: { fromRegion: string }): string {
  return `within the province: handled at once (即办件, ${policyFor(transfer.fromRegion).withinProvinceAtOnce.rule})`;
}
