/**
 * Inside Fujian a transfer is handled at once (即办件), paperless: the balance is cleared at the out-region and
 * credited at the in-region immediately (002 art 9). The system takes every step on the application date.
 */
export const AT_ONCE_NOTE = 'inside Fujian: handled at once (即办件, 002 art 9)';

export const isAtOnce = (transfer: { fromRegion: string; toRegion: string }): boolean =>
  transfer.fromRegion.slice(0, 2) === '35' && transfer.toRegion.slice(0, 2) === '35';
