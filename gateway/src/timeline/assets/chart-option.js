/**
 * The ECharts option for a timeline model: one time axis for every region, a lane per region (a category axis,
 * first region on top), the series of series.js, a line at today, and zoom (dataZoom) on the time axis from
 * 40 years down to a few weeks.
 */
import { dayStart, monthStart, monthText } from './months.js';
import { SERIES } from './labels.js';
import { seriesOf } from './series.js';

/** Pixels per lane: room for the enrollment bar, the months and a row of markers. */
export const LANE_HEIGHT = 124;

/** The month a time-axis value falls in (local time, as the axis draws it). */
const monthOf = (value) => {
  const date = new Date(value);
  return date.getFullYear() * 12 + date.getMonth();
};

export function chartHeight(model) {
  return Math.max(300, model.lanes.length * LANE_HEIGHT + 150);
}

export function buildOption(model) {
  const series = seriesOf(model);
  const today = dayStart(model.today);
  series.find((one) => one.id === 'enrollments').markLine = {
    silent: true,
    symbol: 'none',
    lineStyle: { color: '#555', type: 'dotted', width: 1.5 },
    label: { formatter: `今天 Today ${model.today}`, position: 'insideStartTop', color: '#555' },
    data: [{ xAxis: today }],
  };
  return {
    animation: false,
    textStyle: { fontFamily: 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif' },
    legend: { top: 6, left: 150, data: Object.values(SERIES), itemWidth: 18, itemHeight: 10 },
    tooltip: { trigger: 'item', confine: true, extraCssText: 'max-width: 460px; white-space: normal;' },
    grid: { left: 150, right: 40, top: 64, bottom: 74 },
    xAxis: {
      type: 'time',
      min: monthStart(model.range.from - 1),
      max: monthStart(model.range.to + 2),
      axisLabel: {
        hideOverlap: true,
        formatter: { year: '{yyyy}', month: '{yyyy}-{MM}', day: '{MM}-{dd}', hour: '', minute: '', second: '' },
      },
      splitLine: { show: true, lineStyle: { color: '#eee' } },
      minInterval: 24 * 3600 * 1000,
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: model.lanes.map((lane) => lane.code),
      axisTick: { show: false },
      splitArea: { show: true, areaStyle: { color: ['#fafbfd', '#f2f4f8'] } },
      axisLabel: {
        formatter: (code) => {
          const lane = model.lanes.find((candidate) => candidate.code === code);
          return `{name|${lane.name}}\n{code|${lane.code} · ${lane.province}}`;
        },
        rich: {
          name: { fontSize: 14, fontWeight: 'bold', color: '#222', lineHeight: 20 },
          code: { fontSize: 11, color: '#777', lineHeight: 16 },
        },
      },
    },
    dataZoom: [
      {
        type: 'slider',
        xAxisIndex: 0,
        filterMode: 'none',
        bottom: 16,
        height: 26,
        labelFormatter: (value) => monthText(monthOf(value)),
      },
      { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
    ],
    series,
  };
}
