/**
 * A person's answer from the API turned into what the timeline draws: one lane per region, and in each the
 * enrollment spans, the runs of months paid, back-paid and owed, the deemed periods, the duplicate months; across
 * the lanes the gaps and the transfers. Pure: the same answer gives the same model.
 */
import { monthIndex, monthOfDate, monthText, todayInChina } from './months.js';

/** The region that acts on a deadline: the out-region transfers out, the in-region does the rest. */
const ACTING_SIDE = { TRANSFER_OUT: 'from', CONTACT_LETTER: 'to', TRANSFER_IN: 'to', ACCOUNT_CREDIT: 'to' };
const FINAL = ['COMPLETED', 'CANCELLED', 'REJECTED'];

/** Regions in order of the person's first sight of them (enrollment, payment, account, transfer). */
function lanesOf(person) {
  const first = new Map();
  const see = (region, month) => {
    const known = first.get(region.code);
    if (!known || month < known.month) first.set(region.code, { region: { ...known?.region, ...region }, month });
  };
  for (const enrollment of person.enrollments) see(enrollment.region, monthIndex(enrollment.startMonth));
  for (const contribution of person.contributions ?? []) see(contribution.region, monthIndex(contribution.month));
  for (const transfer of person.transfers ?? []) {
    see(transfer.fromRegion, monthOfDate(transfer.appliedOn));
    see(transfer.toRegion, monthOfDate(transfer.appliedOn));
  }
  for (const period of person.deemedPeriods ?? []) see(period.region, Infinity);
  for (const account of person.accounts ?? []) see(account.region, Infinity);
  return [...first.values()]
    .sort((a, b) => a.month - b.month || a.region.code.localeCompare(b.region.code))
    .map(({ region }) => ({ code: region.code, name: region.name, province: region.province ?? '' }));
}

/** Consecutive months with the same kind and insurance type, as runs { from, to, months }. */
function runsOf(months, extra) {
  const sorted = [...months.entries()].sort(([a], [b]) => a - b);
  const runs = [];
  for (const [month, what] of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.to === month - 1 && last.kind === what.kind && last.insuranceType === what.insuranceType) {
      last.to = month;
      last.months += 1;
    } else
      runs.push({ ...extra, kind: what.kind, insuranceType: what.insuranceType, from: month, to: month, months: 1 });
  }
  return runs.map((run) => ({ ...run, fromMonth: monthText(run.from), toMonth: monthText(run.to) }));
}

/** Months between the first and the last month paid anywhere in which nothing was paid anywhere. */
function gapsOf(paid) {
  const months = [...paid].sort((a, b) => a - b);
  const gaps = [];
  for (let i = 1; i < months.length; i++) {
    if (months[i] - months[i - 1] > 1) {
      const from = months[i - 1] + 1;
      const to = months[i] - 1;
      gaps.push({ from, to, months: to - from + 1, fromMonth: monthText(from), toMonth: monthText(to) });
    }
  }
  return gaps;
}

export function buildModel(person, today = todayInChina()) {
  const currentMonth = monthOfDate(today);
  const lanes = lanesOf(person);
  const laneOf = new Map(lanes.map((lane, index) => [lane.code, index]));
  const byLane = lanes.map(() => new Map());
  const paid = new Set();
  for (const contribution of person.contributions ?? []) {
    const month = monthIndex(contribution.month);
    const months = byLane[laneOf.get(contribution.region.code)];
    // A month paid in time and also back-paid shows as paid in time.
    if (months.get(month)?.kind !== 'REGULAR')
      months.set(month, { kind: contribution.kind, insuranceType: contribution.insuranceType });
    paid.add(month);
  }
  const enrollments = person.enrollments.map((enrollment) => {
    const lane = laneOf.get(enrollment.region.code);
    const from = monthIndex(enrollment.startMonth);
    const lastPaid = Math.max(from, ...[...byLane[lane].keys()]);
    const to = enrollment.endMonth ? monthIndex(enrollment.endMonth) : Math.max(currentMonth, lastPaid);
    return {
      lane,
      code: enrollment.region.code,
      insuranceType: enrollment.insuranceType,
      status: enrollment.status,
      from,
      to,
      open: !enrollment.endMonth,
      fromMonth: enrollment.startMonth,
      toMonth: enrollment.endMonth ?? null,
    };
  });
  // The API lists owed months without their region: each goes to the enrollment that covers it, preferring a
  // region that has no payment for the month.
  const unplacedArrears = [];
  for (const text of person.arrears ?? []) {
    const month = monthIndex(text);
    const covering = enrollments.filter((enrollment) => enrollment.from <= month && month <= enrollment.to);
    const enrollment = covering.find((candidate) => !byLane[candidate.lane].has(month)) ?? covering[0];
    if (!enrollment || byLane[enrollment.lane].has(month)) unplacedArrears.push(text);
    else byLane[enrollment.lane].set(month, { kind: 'OWED', insuranceType: enrollment.insuranceType });
  }
  const months = byLane.flatMap((laneMonths, lane) => runsOf(laneMonths, { lane, code: lanes[lane].code }));
  const deemed = (person.deemedPeriods ?? []).map((period) => {
    // Deemed years carry no dates: they are drawn as the months just before the region's first enrollment or payment.
    const lane = laneOf.get(period.region.code);
    const starts = [
      ...byLane[lane].keys(),
      ...enrollments.filter((enrollment) => enrollment.lane === lane).map((enrollment) => enrollment.from),
    ];
    const anchor = starts.length > 0 ? Math.min(...starts) : Math.min(currentMonth, ...paid);
    return {
      lane,
      code: period.region.code,
      months: period.months,
      reason: period.reason,
      from: anchor - period.months,
      to: anchor - 1,
      fromMonth: monthText(anchor - period.months),
      toMonth: monthText(anchor - 1),
    };
  });
  const duplicates = (person.duplicateMonths ?? []).map((duplicate) => ({
    month: monthIndex(duplicate.month),
    monthText: duplicate.month,
    keptBy: duplicate.keptBy.code,
    keptByName: duplicate.keptBy.name,
    refundable: duplicate.refundable,
    regions: duplicate.regions.map((region) => ({
      lane: laneOf.get(region.code),
      code: region.code,
      name: region.name,
      kept: region.code === duplicate.keptBy.code,
    })),
  }));
  const transfers = [...(person.transfers ?? [])]
    .sort((a, b) => a.appliedOn.localeCompare(b.appliedOn) || a.id.localeCompare(b.id))
    .map((transfer) => {
      const lastEvent =
        transfer.events
          .map((event) => event.on)
          .sort()
          .pop() ?? transfer.appliedOn;
      return {
        id: transfer.id,
        kind: transfer.kind,
        status: transfer.status,
        from: {
          code: transfer.fromRegion.code,
          name: transfer.fromRegion.name,
          lane: laneOf.get(transfer.fromRegion.code),
        },
        to: { code: transfer.toRegion.code, name: transfer.toRegion.name, lane: laneOf.get(transfer.toRegion.code) },
        appliedOn: transfer.appliedOn,
        endedOn: FINAL.includes(transfer.status) ? lastEvent : null,
        overdue: transfer.overdue,
        provisional: transfer.deadlines.some((deadline) => deadline.provisional && !deadline.completedOn),
        deadlines: transfer.deadlines.map((deadline) => ({
          ...deadline,
          lane: laneOf.get((ACTING_SIDE[deadline.step] === 'from' ? transfer.fromRegion : transfer.toRegion).code),
        })),
        infoSheetAmount: transfer.infoSheet?.accountAmount ?? null,
        infoSheetAmountInWords: transfer.infoSheet?.accountAmountInWords ?? null,
        funds: transfer.funds ?? null,
      };
    });
  const everyMonth = [
    currentMonth,
    ...paid,
    ...enrollments.flatMap((enrollment) => [enrollment.from, enrollment.to]),
    ...deemed.map((period) => period.from),
    ...transfers.flatMap((transfer) => transfer.deadlines.map((deadline) => monthOfDate(deadline.dueOn))),
  ];
  return {
    person: { name: person.name, idNumber: person.idNumber, gender: person.gender },
    today,
    lanes,
    enrollments,
    months,
    gaps: gapsOf(paid),
    deemed,
    duplicates,
    transfers,
    unplacedArrears,
    range: { from: Math.min(...everyMonth), to: Math.max(...everyMonth) },
    contributionYears: person.contributionYears ?? null,
    accounts: [...(person.accounts ?? [])].sort(
      (a, b) => (laneOf.get(a.region.code) ?? 99) - (laneOf.get(b.region.code) ?? 99),
    ),
  };
}
