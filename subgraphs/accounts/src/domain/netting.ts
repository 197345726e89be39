import type { Fen } from '#shared/money.ts';

/** The balances one region's agency sent another's in a month. */
export interface TransferFlow {
  fromRegion: string;
  toRegion: string;
  amount: Fen;
  transfers: number;
}

export interface RegionNetting {
  regionCode: string;
  /** What the region owes: balances it cleared and must pay over. */
  payable: Fen;
  /** What the region is owed: balances cleared elsewhere for people who moved in. */
  receivable: Fen;
  /** receivable − payable: positive, the region receives the net; negative, it pays it. */
  net: Fen;
}

/**
 * Monthly netting (轧差, 002 art 9(5)): each region's payables and receivables from the month's account
 * transfers, and the net; across all regions the nets sum to zero.
 */
export function netting(flows: readonly TransferFlow[]): RegionNetting[] {
  const regions = new Map<string, RegionNetting>();
  const region = (regionCode: string) => {
    let row = regions.get(regionCode);
    if (!row) regions.set(regionCode, (row = { regionCode, payable: 0n, receivable: 0n, net: 0n }));
    return row;
  };
  for (const flow of flows) {
    region(flow.fromRegion).payable += flow.amount;
    region(flow.toRegion).receivable += flow.amount;
  }
  for (const row of regions.values()) row.net = row.receivable - row.payable;
  return [...regions.values()].sort((a, b) => a.regionCode.localeCompare(b.regionCode));
}
