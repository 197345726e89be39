/**
 * A transfer drawn as an arrow from the out-region's lane to the in-region's (ECharts custom series), from the day
 * it was applied for to the day it ended (or straight down while it is open), with its label in a box beside it.
 */
import { ROWS, textWidth } from './shapes.js';

export function arrowRenderer(items, look) {
  return (params, api) => {
    const item = items[params.dataIndex];
    const { coordSys } = params;
    const height = api.size([0, 1])[1];
    const [x1, from] = api.coord([item.start, item.from.lane]);
    const [x2, to] = api.coord([item.end, item.to.lane]);
    if (Math.max(x1, x2) < coordSys.x || Math.min(x1, x2) > coordSys.x + coordSys.width) return null;
    const down = to >= from;
    const y1 = from + height * (down ? ROWS.months.bottom : ROWS.enrollment.top);
    const y2 = to + height * (down ? ROWS.enrollment.top : ROWS.months.bottom);
    const { colour, dashed, text } = look(item);
    const angle = Math.atan2(y2 - y1, x2 - x1);
    const head = (turn) => [x2 - 13 * Math.cos(angle + turn), y2 - 13 * Math.sin(angle + turn)];
    const width = Math.max(...text.split('\n').map(textWidth)) + 12;
    const right = Math.max(x1, x2) + 10;
    const fitsRight = right + width < coordSys.x + coordSys.width;
    return {
      type: 'group',
      children: [
        {
          type: 'line',
          shape: { x1, y1, x2: x2 - 6 * Math.cos(angle), y2: y2 - 6 * Math.sin(angle) },
          style: { stroke: colour, lineWidth: 2.5, lineDash: dashed ? [6, 4] : null },
        },
        { type: 'polygon', shape: { points: [[x2, y2], head(0.4), head(-0.4)] }, style: { fill: colour } },
        { type: 'circle', shape: { cx: x1, cy: y1, r: 4 }, style: { fill: '#fff', stroke: colour, lineWidth: 2 } },
        {
          type: 'text',
          z2: 100,
          style: {
            text,
            x: fitsRight ? right : Math.min(x1, x2) - 10,
            y: (y1 + y2) / 2,
            align: fitsRight ? 'left' : 'right',
            verticalAlign: 'middle',
            fill: colour,
            font: '12px sans-serif',
            lineHeight: 16,
            backgroundColor: 'rgba(255, 255, 255, 0.94)',
            borderColor: colour,
            borderWidth: 1,
            borderRadius: 3,
            padding: [3, 6],
          },
        },
      ],
    };
  };
}
