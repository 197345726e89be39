/**
 * Transfers as arrows region → region, red when any deadline was or is missed, dashed while open; and their
 * deadlines as triangles in the lane of the region that must act (hollow when provisional).
 */
import { arrowRenderer } from './arrow.js';
import { DEADLINE_STEP, SERIES, TRANSFER_STATUS, label } from './labels.js';
import { dayStart, money } from './months.js';
import { markerRenderer } from './shapes.js';

export const TRANSFER_COLOURS = { normal: '#24386b', overdue: '#d62728' };

const short = (step) => label(DEADLINE_STEP, step).split(' ')[0];

/** The text on a transfer's arrow: regions, status, the deadline that matters, the Info Sheet amount. */
export function transferLabel(transfer) {
  const deadline =
    transfer.deadlines.find((candidate) => !candidate.completedOn) ??
    transfer.deadlines.find((candidate) => candidate.overdue);
  return [
    `${transfer.from.name} → ${transfer.to.name} · ${label(TRANSFER_STATUS, transfer.status)}`,
    deadline &&
      `${short(deadline.step)}时限 due ${deadline.dueOn}` +
        `${deadline.overdue ? ' 逾期 overdue' : ''}${deadline.provisional ? ' 暂定 provisional' : ''}`,
    transfer.infoSheetAmount != null && `信息表 Info Sheet ${money(transfer.infoSheetAmount)}`,
  ]
    .filter(Boolean)
    .join('\n');
}

export function transferSeries(model) {
  const items = model.transfers.map((transfer) => ({
    ...transfer,
    start: dayStart(transfer.appliedOn),
    end: dayStart(transfer.endedOn ?? transfer.appliedOn),
    colour: transfer.overdue ? TRANSFER_COLOURS.overdue : TRANSFER_COLOURS.normal,
    label: transferLabel(transfer),
  }));
  return {
    id: 'transfers',
    name: SERIES.transfers,
    type: 'custom',
    renderItem: arrowRenderer(items, (item) => ({ colour: item.colour, dashed: !item.endedOn, text: item.label })),
    data: items.map((item) => [item.start, item.end, item.from.lane, item.to.lane]),
    encode: { x: [0, 1], y: [2, 3] },
    itemStyle: { color: TRANSFER_COLOURS.normal },
    z: 10,
    items,
  };
}

export function deadlineSeries(model) {
  const items = model.transfers.flatMap((transfer) =>
    transfer.deadlines.map((deadline) => ({ ...deadline, transferId: transfer.id, at: dayStart(deadline.dueOn) })),
  );
  return {
    id: 'deadlines',
    name: SERIES.deadlines,
    type: 'custom',
    renderItem: markerRenderer(items, (item) => {
      const colour = item.overdue ? TRANSFER_COLOURS.overdue : TRANSFER_COLOURS.normal;
      return {
        shape: 'triangle',
        fill: item.provisional ? '#fff' : colour,
        stroke: colour,
        label: `${short(item.step)} ${item.dueOn}${item.provisional ? ' 暂定' : ''}`,
      };
    }),
    data: items.map((item) => [item.at, item.lane]),
    encode: { x: 0, y: 1 },
    itemStyle: { color: TRANSFER_COLOURS.overdue },
    z: 6,
    items,
  };
}
