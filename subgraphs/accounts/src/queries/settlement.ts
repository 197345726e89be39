import type { DataSource } from 'typeorm';
import { todayInChina, type CalendarDate } from '#shared/calendar-date.ts';
import { addWorkingDays, type WorkingDayDeadline } from '#shared/calendar/working-days.ts';
import { BadUserInput } from '#shared/errors.ts';
import type { Fen } from '#shared/money.ts';
import { PROVINCE_DIVISIONS } from '#shared/regions/divisions.generated.ts';
import { provinceKeyOf } from '#shared/regions/regions.ts';
import { policyFor } from '#shared/rules/region-policy.ts';
import { addMonths, firstDayOf, formatYearMonth, monthOfDate, type YearMonth } from '#shared/year-month.ts';
import { netting, type RegionNetting, type TransferFlow } from '../domain/netting.ts';

type FlowRow = { from_region: string; to_region: string; amount: string; transfers: number };
const toFlow = (row: FlowRow): TransferFlow => ({
  fromRegion: row.from_region,
  toRegion: row.to_region,
  amount: BigInt(row.amount),
  transfers: row.transfers,
});

export interface SettlementNetting {
  month: YearMonth;
  province: string | null;
  availableFrom: CalendarDate;
  /** Where the province sets one (Fujian: the 5th of the next month, 002 art 9(5)): the day the table is due. */
  dueOn: CalendarDate | null;
  regions: RegionNetting[];
  pairs: TransferFlow[];
  total: Fen;
  rule: string;
}

/**
 * Monthly netting of the personal-account money that moved between regions for transfers in a month: balances
 * sent with the Info Sheet (by the day sent), what followed them at transfer-in and what was returned (by the day
 * settled), within one province (both regions in it) or across the country. A month is netted once it is over.
 */
export async function settlementNetting(
  dataSource: DataSource,
  month: YearMonth,
  province?: string | null,
  today: CalendarDate = todayInChina(),
): Promise<SettlementNetting> {
  const availableFrom = firstDayOf(addMonths(month, 1)) as CalendarDate;
  if (month >= monthOfDate(today)) {
    throw new BadUserInput(
      `month: the netting for ${formatYearMonth(month)} is available from ${availableFrom}, once the month is over.`,
    );
  }
  const provinceKey = province ? provinceKeyOf(province) : null;
  const dueDay = province ? policyFor(province).nettingDueDay : null;
  if (province && !PROVINCE_DIVISIONS.some(([code]) => code === province)) {
    throw new BadUserInput(
      `province: "${province}" is not a province-level division code: give one like "350000" (Fujian).`,
    );
  }
  // Every movement between regions in the month: balances sent with the Info Sheet (on the day sent), amounts
  // that followed them at transfer-in, and amounts returned to the out-region (the other way), on the day settled.
  const rows: FlowRow[] = await dataSource.query(
    `WITH flows (from_region, to_region, amount, moved_on) AS (
       SELECT from_region, to_region, sent_fen, sent_on FROM account_transfer WHERE sent_fen > 0
       UNION ALL SELECT from_region, to_region, supplementary_fen, settled_on FROM account_transfer WHERE supplementary_fen > 0
       UNION ALL SELECT to_region, from_region, returned_fen, settled_on FROM account_transfer WHERE returned_fen > 0)
     SELECT from_region, to_region, sum(amount)::text AS amount, count(*)::int AS transfers
       FROM flows
      WHERE moved_on >= $1 AND moved_on < $2
        AND ($3::text IS NULL OR (left(from_region, 2) = $3 AND left(to_region, 2) = $3))
      GROUP BY from_region, to_region
      ORDER BY from_region, to_region`,
    [firstDayOf(month), availableFrom, provinceKey],
  );
  const pairs = rows.map(toFlow);
  return {
    month,
    province: province ?? null,
    availableFrom,
    dueOn: dueDay
      ? (`${formatYearMonth(addMonths(month, 1))}-${String(dueDay.value).padStart(2, '0')}` as CalendarDate)
      : null,
    regions: netting(pairs),
    pairs,
    total: pairs.reduce((sum, pair) => sum + pair.amount, 0n),
    rule: dueDay?.rule ?? '002 art 9(5)',
  };
}

export interface ApprovalForm {
  regionCode: string;
  on: CalendarDate;
  /** Produced within 3 working days of confirming the transfers out (002 art 10(4)). */
  dueBy: WorkingDayDeadline;
  rows: TransferFlow[];
  total: Fen;
  rule: string;
}

/** Fujian's account transfer-out approval form (个人账户转出审批表): one day's clearings, summed by in-region. */
export async function approvalForm(
  dataSource: DataSource,
  regionCode: string,
  on: CalendarDate,
): Promise<ApprovalForm> {
  const rows: FlowRow[] = await dataSource.query(
    `SELECT from_region, to_region, sum(sent_fen)::text AS amount, count(*)::int AS transfers
       FROM account_transfer
      WHERE from_region = $1 AND sent_on = $2
      GROUP BY from_region, to_region
      ORDER BY to_region`,
    [regionCode, on],
  );
  const flows = rows.map(toFlow);
  return {
    regionCode,
    on,
    dueBy: addWorkingDays(on, 3),
    rows: flows,
    total: flows.reduce((sum, flow) => sum + flow.amount, 0n),
    rule: '002 art 10(4)',
  };
}
