import { describe, expect, it } from 'vitest';
import { netting } from './netting.ts';

describe('monthly netting of account transfers (轧差, 002 art 9(5))', () => {
  const flows = [
    { fromRegion: '350100', toRegion: '350200', amount: 120000n, transfers: 2 },
    { fromRegion: '350200', toRegion: '350100', amount: 45050n, transfers: 1 },
    { fromRegion: '350200', toRegion: '350300', amount: 30000n, transfers: 1 },
    { fromRegion: '350300', toRegion: '350100', amount: 9999n, transfers: 1 },
  ];

  it('gives every region its payable, receivable and net', () => {
    expect(netting(flows)).toEqual([
      { regionCode: '350100', payable: 120000n, receivable: 55049n, net: -64951n },
      { regionCode: '350200', payable: 75050n, receivable: 120000n, net: 44950n },
      { regionCode: '350300', payable: 9999n, receivable: 30000n, net: 20001n },
    ]);
  });

  it('nets to zero across the regions, and totals match the pairs', () => {
    const rows = netting(flows);
    expect(rows.reduce((sum, row) => sum + row.net, 0n)).toBe(0n);
    const total = flows.reduce((sum, flow) => sum + flow.amount, 0n);
    expect(rows.reduce((sum, row) => sum + row.payable, 0n)).toBe(total);
    expect(rows.reduce((sum, row) => sum + row.receivable, 0n)).toBe(total);
  });

  it('is empty for a month without transfers', () => {
    expect(netting([])).toEqual([]);
  });
});
