/**
 * The timeline's series: one per kind of mark, so the legend can hide any of them. Every series keeps its
 * items (`items`, with months as text) beside ECharts' data, which is what the browser test reads.
 */
import { monthStart, yearsAndMonths } from './months.js';
import { DEEMED_REASON, ENROLLMENT_STATUS, INSURANCE_TYPE, MONTH_KIND, SERIES, label } from './labels.js';
import { bandRenderer, gapRenderer, markerRenderer, ROWS } from './shapes.js';
import { deadlineSeries, transferSeries } from './transfer-series.js';
import { tooltipOf } from './tooltips.js';

const COLOURS = {
  EMPLOYEE: '#3f63c5',
  RESIDENT: '#2a9d8f',
  OTHER: '#888888',
  REGULAR: '#3ba272',
  BACK_PAY: '#f08c3a',
  OWED: '#e04f4f',
  deemed: '#9a60b4',
  gap: '#e07a7a',
  duplicate: '#f2b705',
};

const band = (name, id, items, row, colour, style) => ({
  id,
  name,
  type: 'custom',
  renderItem: bandRenderer(items, row, style),
  data: items.map((item) => [item.start, item.end, item.lane]),
  encode: { x: [0, 1], y: 2 },
  itemStyle: { color: colour },
  items,
});

function enrollmentSeries(model) {
  const items = model.enrollments.map((enrollment) => ({
    ...enrollment,
    start: monthStart(enrollment.from),
    end: monthStart(enrollment.to + 1),
    label: `${label(INSURANCE_TYPE, enrollment.insuranceType)} · ${label(ENROLLMENT_STATUS, enrollment.status)}`,
    shortLabel: label(INSURANCE_TYPE, enrollment.insuranceType).split(' ')[0],
  }));
  return band(SERIES.enrollments, 'enrollments', items, ROWS.enrollment, COLOURS.EMPLOYEE, (item) => ({
    fill: {
      fill: COLOURS[item.insuranceType] ?? COLOURS.OTHER,
      opacity: item.status === 'ACTIVE' ? 1 : item.status === 'SUSPENDED' ? 0.75 : 0.5,
      stroke: item.status === 'SUSPENDED' ? '#f2b705' : null,
      lineWidth: 2,
    },
  }));
}

function monthSeries(model, kind, id) {
  const items = model.months
    .filter((run) => run.kind === kind)
    .map((run) => ({
      ...run,
      start: monthStart(run.from),
      end: monthStart(run.to + 1),
      label: `${label(MONTH_KIND, kind)} ${run.fromMonth}–${run.toMonth} · ${yearsAndMonths(run.months)}`,
      shortLabel: yearsAndMonths(run.months),
    }));
  return band(SERIES[id], id, items, ROWS.months, COLOURS[kind], () => ({ fill: { fill: COLOURS[kind] } }));
}

function deemedSeries(model) {
  const items = model.deemed.map((period) => ({
    ...period,
    start: monthStart(period.from),
    end: monthStart(period.to + 1),
    label: `视同缴费 Deemed ${yearsAndMonths(period.months)} · ${label(DEEMED_REASON, period.reason)}`,
    shortLabel: `视同 ${yearsAndMonths(period.months)}`,
  }));
  return band(SERIES.deemed, 'deemed', items, ROWS.months, COLOURS.deemed, () => ({
    fill: { fill: COLOURS.deemed, opacity: 0.55, stroke: COLOURS.deemed, lineDash: [3, 2] },
  }));
}

function gapSeries(model) {
  const items = model.gaps.map((gap) => ({
    ...gap,
    start: monthStart(gap.from),
    end: monthStart(gap.to + 1),
    label: `断缴 Gap ${yearsAndMonths(gap.months)}`,
    shortLabel: `${gap.months}个月`,
  }));
  return {
    id: 'gaps',
    name: SERIES.gaps,
    type: 'custom',
    renderItem: gapRenderer(items),
    data: items.map((item) => [item.start, item.end, 0]),
    encode: { x: [0, 1] },
    itemStyle: { color: COLOURS.gap },
    z: 1,
    items,
  };
}

function duplicateSeries(model) {
  const items = model.duplicates.flatMap((duplicate) =>
    duplicate.regions.map((region) => ({
      monthText: duplicate.monthText,
      code: region.code,
      lane: region.lane,
      kept: region.kept,
      keptBy: duplicate.keptBy,
      keptByName: duplicate.keptByName,
      refundable: duplicate.refundable,
      at: (monthStart(duplicate.month) + monthStart(duplicate.month + 1)) / 2,
    })),
  );
  return {
    id: 'duplicates',
    name: SERIES.duplicates,
    type: 'custom',
    renderItem: markerRenderer(items, (item) => ({
      shape: 'diamond',
      fill: item.kept ? COLOURS.duplicate : '#fff',
      stroke: '#b58900',
      label: item.kept ? '保留 kept' : item.refundable ? '可退 refundable' : '重复 duplicate',
    })),
    data: items.map((item) => [item.at, item.lane]),
    encode: { x: 0, y: 1 },
    itemStyle: { color: COLOURS.duplicate },
    z: 5,
    items,
  };
}

export function seriesOf(model) {
  return [
    gapSeries(model),
    enrollmentSeries(model),
    monthSeries(model, 'REGULAR', 'paid'),
    monthSeries(model, 'BACK_PAY', 'backPay'),
    monthSeries(model, 'OWED', 'owed'),
    deemedSeries(model),
    duplicateSeries(model),
    deadlineSeries(model),
    transferSeries(model),
  ].map((series) => ({
    ...series,
    tooltip: { formatter: (params) => tooltipOf(series.id, series.items[params.dataIndex]) },
  }));
}
