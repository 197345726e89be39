/**
 * How each kind of mark is drawn inside a region's lane (ECharts custom series). Each draws from its own items,
 * clipped to the plot, and writes its label only where it fits, so a 40-year history stays legible and labels
 * appear as one zooms in.
 */

/** Where things sit inside a lane, as fractions of its height from the lane's centre line. */
export const ROWS = {
  enrollment: { top: -0.4, bottom: -0.16 },
  months: { top: -0.1, bottom: 0.22 },
  marks: { top: 0.24, bottom: 0.4 },
};

/** About how wide a label is at 12px: CJK characters a full em, the rest a little over half. */
export function textWidth(text) {
  let width = 0;
  for (const character of text) width += character.charCodeAt(0) > 0x2e80 ? 12 : 6.8;
  return width;
}

function clip(rect, coordSys) {
  const x = Math.max(rect.x, coordSys.x);
  const right = Math.min(rect.x + rect.width, coordSys.x + coordSys.width);
  if (right <= x) return null;
  return { x, y: rect.y, width: Math.max(right - x, 0), height: rect.height };
}

/** A band [from, to) in a lane's row, with a label inside it when there is room. */
export function bandRenderer(items, row, style) {
  return (params, api) => {
    const item = items[params.dataIndex];
    const start = api.coord([item.start, item.lane]);
    const end = api.coord([item.end, item.lane]);
    const height = api.size([0, 1])[1];
    const rect = clip(
      {
        x: start[0],
        y: start[1] + height * row.top,
        width: Math.max(end[0] - start[0], 2),
        height: height * (row.bottom - row.top),
      },
      params.coordSys,
    );
    if (!rect) return null;
    const look = style(item);
    const children = [{ type: 'rect', shape: rect, style: look.fill, silent: false }];
    const text = [item.label, item.shortLabel].find((candidate) => candidate && textWidth(candidate) + 8 < rect.width);
    if (text) {
      children.push({
        type: 'text',
        silent: true,
        style: {
          text,
          x: rect.x + 4,
          y: rect.y + rect.height / 2,
          verticalAlign: 'middle',
          fill: look.text ?? '#fff',
          font: '12px sans-serif',
        },
      });
    }
    return { type: 'group', children };
  };
}

/** The gaps: a shaded band across every lane, labelled at the top when there is room. */
export function gapRenderer(items) {
  return (params, api) => {
    const item = items[params.dataIndex];
    const { coordSys } = params;
    const start = api.coord([item.start, 0])[0];
    const end = api.coord([item.end, 0])[0];
    const rect = clip({ x: start, y: coordSys.y, width: Math.max(end - start, 2), height: coordSys.height }, coordSys);
    if (!rect) return null;
    const children = [
      {
        type: 'rect',
        shape: rect,
        style: { fill: 'rgba(238, 102, 102, 0.10)', stroke: 'rgba(200, 60, 60, 0.55)', lineDash: [4, 3] },
      },
    ];
    const text = [item.label, item.shortLabel].find((candidate) => textWidth(candidate) + 6 < rect.width);
    if (text) {
      children.push({
        type: 'text',
        silent: true,
        style: { text, x: rect.x + 3, y: coordSys.y + 4, fill: '#b03030', font: 'bold 12px sans-serif' },
      });
    }
    return { type: 'group', children };
  };
}

/** A small diamond (duplicate month) or a triangle pointing down (deadline) in the lane's mark row, at its time. */
export function markerRenderer(items, look) {
  return (params, api) => {
    const item = items[params.dataIndex];
    const [x, centre] = api.coord([item.at, item.lane]);
    const { coordSys } = params;
    if (x < coordSys.x || x > coordSys.x + coordSys.width) return null;
    const height = api.size([0, 1])[1];
    const y = centre + height * ((ROWS.marks.top + ROWS.marks.bottom) / 2);
    const r = Math.max(5, Math.min(8, height * 0.08));
    const { shape, fill, stroke, label } = look(item);
    const points =
      shape === 'diamond'
        ? [
            [x, y - r],
            [x + r, y],
            [x, y + r],
            [x - r, y],
          ]
        : [
            [x - r, y - r],
            [x + r, y - r],
            [x, y + r],
          ];
    const children = [{ type: 'polygon', shape: { points }, style: { fill, stroke, lineWidth: 1.5 } }];
    if (label && api.size([60 * 24 * 3600 * 1000, 0])[0] > textWidth(label) + 12) {
      children.push({
        type: 'text',
        silent: true,
        style: { text: label, x: x + r + 3, y, verticalAlign: 'middle', fill: '#333', font: '11px sans-serif' },
      });
    }
    return { type: 'group', children };
  };
}
