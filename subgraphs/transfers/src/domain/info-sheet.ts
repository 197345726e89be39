import type { CalendarDate } from '#shared/calendar-date.ts';
import type { IdType } from '#shared/identity/documents.ts';
import type { InsuranceType } from '#shared/insurance.ts';
import { amountInWords } from './money-in-words.ts';
import { formatMoney, type Fen } from '#shared/money.ts';
import { findRegion } from '#shared/regions/regions.ts';
import { formatYearMonth, type YearMonth } from '#shared/year-month.ts';

export interface InfoSheetRow {
  seq: number;
  fromMonth: string;
  toMonth: string;
  insuranceType: InsuranceType;
  months: number;
  agencyName: string;
  regionCode: string;
  note: string | null;
}

/**
 * 《参保人员基本医疗保险信息表》 (003 annex 3) as it is sealed: the person (by the hub's opaque id, name, gender,
 * and the identity document applied with — 证件类型及号码 — as its type and key: the key is a keyed hash of the
 * type and number, so the seal covers the number while the number itself stays with the enrollment subgraph, which
 * shows it by key to whoever may see it), one row per unbroken period in chronological order, the account money
 * actually transferred in figures and in capital numerals, the issuing agency and date.
 */
export interface InfoSheetContent {
  document: 'INFO_SHEET';
  transferId: string;
  person: { id: string; name: string; gender: string | null; document?: { idType: IdType | null; key: string } };
  rows: InfoSheetRow[];
  accountAmount: string;
  accountAmountInWords: string;
  issuer: { regionCode: string; agencyName: string };
  issuedOn: CalendarDate;
}

export interface PeriodFact {
  fromMonth: YearMonth;
  toMonth: YearMonth;
  regionCode: string;
  insuranceType: InsuranceType;
  months: number;
}

/**
 * The rows the out-agency certifies (003 art 8, annex 3): what the out-region holds — its own periods, and those
 * of regions whose relationships earlier transfers brought into it (`heldRegions`) — up to the end of its own
 * relationship in the scheme left; never the in-region's months after the move, which it never held.
 */
export function heldPeriods(
  periods: readonly PeriodFact[],
  heldRegions: readonly string[],
  out: { regionCode: string; insuranceType: InsuranceType },
): PeriodFact[] {
  const own = periods.filter(
    (period) => period.regionCode === out.regionCode && period.insuranceType === out.insuranceType,
  );
  const lastOwn = own.length > 0 ? Math.max(...own.map((period) => period.toMonth)) : undefined;
  return periods.filter(
    (period) => heldRegions.includes(period.regionCode) && (lastOwn === undefined || period.fromMonth <= lastOwn),
  );
}

export function infoSheetContent(input: {
  transferId: string;
  person: InfoSheetContent['person'];
  periods: readonly PeriodFact[];
  accountAmount: Fen;
  issuerRegion: string;
  issuedOn: CalendarDate;
}): InfoSheetContent {
  return {
    document: 'INFO_SHEET',
    transferId: input.transferId,
    person: input.person,
    rows: input.periods.map((period, index) => ({
      seq: index + 1,
      fromMonth: formatYearMonth(period.fromMonth),
      toMonth: formatYearMonth(period.toMonth),
      insuranceType: period.insuranceType,
      months: period.months,
      agencyName: findRegion(period.regionCode)?.agencyName ?? period.regionCode,
      regionCode: period.regionCode,
      // Annex 3, note 2: a type "other" is explained in the note.
      note: period.insuranceType === 'OTHER' ? '其他医疗保障（类型由经办机构说明）' : null,
    })),
    accountAmount: formatMoney(input.accountAmount),
    accountAmountInWords: amountInWords(input.accountAmount),
    issuer: { regionCode: input.issuerRegion, agencyName: findRegion(input.issuerRegion)!.agencyName },
    issuedOn: input.issuedOn,
  };
}

/** 《关系转移接续联系函》: the in-agency asks the out-agency to transfer the person out. */
export interface ContactLetterContent {
  document: 'CONTACT_LETTER';
  transferId: string;
  personId: string;
  fromRegion: string;
  toRegion: string;
  issuer: { regionCode: string; agencyName: string };
  issuedOn: CalendarDate;
}
