/** The tooltip of each mark: everything the API said about it, escaped (names come from the data). */
import { money, yearsAndMonths } from './months.js';
import {
  DEADLINE_STEP,
  DEEMED_REASON,
  ENROLLMENT_STATUS,
  FUNDS_STATUS,
  INSURANCE_TYPE,
  MONTH_KIND,
  TRANSFER_STATUS,
  label,
} from './labels.js';

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const lines = (...rows) => rows.filter(Boolean).map(escape).join('<br>');

function deadlineLine(deadline) {
  const done = deadline.completedOn ? `办结 done ${deadline.completedOn}` : '未办 open';
  const flags = `${deadline.overdue ? ' · 逾期 OVERDUE' : ''}${deadline.provisional ? ' · 暂定 provisional (past the published holiday calendar)' : ''}`;
  return `${label(DEADLINE_STEP, deadline.step)}: due ${deadline.dueOn} (${deadline.workingDays} 工作日 working days, ${deadline.rule}) · ${done}${flags}`;
}

const TOOLTIPS = {
  enrollments: (item) =>
    lines(
      `${label(INSURANCE_TYPE, item.insuranceType)} · ${label(ENROLLMENT_STATUS, item.status)}`,
      `${item.fromMonth} – ${item.toMonth ?? '至今 ongoing'}`,
    ),
  paid: (item) => monthLines(item),
  backPay: (item) => monthLines(item),
  owed: (item) => monthLines(item),
  deemed: (item) =>
    lines(
      `视同缴费 Deemed: ${yearsAndMonths(item.months)} (${item.months} months) · ${label(DEEMED_REASON, item.reason)}`,
      'The API records no dates for deemed years: drawn before the region’s first month.',
    ),
  gaps: (item) => lines(`断缴 Gap: ${item.fromMonth} – ${item.toMonth}`, `${item.months}个月 months with nothing paid`),
  duplicates: (item) =>
    lines(
      `重复缴费 Duplicate month ${item.monthText}`,
      `保留 kept by ${item.keptByName} (${item.keptBy})`,
      item.kept
        ? '本地区保留 this region keeps it'
        : item.refundable
          ? '可退 refundable here'
          : '不可退 not refundable',
    ),
  deadlines: (item) => lines(deadlineLine(item)),
  transfers: (item) =>
    lines(
      `转移 Transfer ${item.from.name} (${item.from.code}) → ${item.to.name} (${item.to.code})`,
      `${label(TRANSFER_STATUS, item.status)} · applied ${item.appliedOn}${item.endedOn ? ` · ended ${item.endedOn}` : ''}`,
      ...item.deadlines.map(deadlineLine),
      item.infoSheetAmount != null &&
        `信息表金额 Info Sheet amount ${money(item.infoSheetAmount)} (${item.infoSheetAmountInWords})`,
      item.funds && `资金 Funds: ${label(FUNDS_STATUS, item.funds.status)}, in transit ${money(item.funds.inTransit)}`,
    ),
};

function monthLines(item) {
  return lines(
    `${label(MONTH_KIND, item.kind)} · ${label(INSURANCE_TYPE, item.insuranceType)}`,
    `${item.fromMonth} – ${item.toMonth}: ${item.months}个月 months`,
  );
}

export function tooltipOf(seriesId, item) {
  return item ? (TOOLTIPS[seriesId]?.(item) ?? '') : '';
}
