/**
 * The contribution-years summary (employee insurance): total as the API writes it (N年M个月), actual, deemed,
 * continuous and duplicate months, and each region's share. The months sit in data attributes too.
 */
import { h } from './dom.js';
import { yearsAndMonths } from './months.js';

const figure = (key, title, months, text, note) =>
  h(
    'div',
    { class: 'figure', 'data-summary': key, 'data-months': months },
    h('dt', {}, title),
    h('dd', {}, h('strong', {}, text), h('small', {}, note)),
  );

const inMonths = (months) => `${months}个月 months`;

function byRegionTable(rows) {
  const head = ['地区 Region', '已缴 Paid', '计入 Credited', '视同 Deemed'];
  return h(
    'table',
    { class: 'by-region' },
    h('thead', {}, h('tr', {}, ...head.map((title) => h('th', {}, title)))),
    h(
      'tbody',
      {},
      rows.map((row) =>
        h(
          'tr',
          {
            'data-region-years': row.region.code,
            'data-paid': row.paidMonths,
            'data-credited': row.creditedMonths,
            'data-deemed': row.deemedMonths,
          },
          h('td', {}, row.region.name),
          ...[row.paidMonths, row.creditedMonths, row.deemedMonths].map((months) => h('td', {}, String(months))),
        ),
      ),
    ),
  );
}

export function yearsPanel(years) {
  if (!years) return h('p', { class: 'muted' }, '缴费年限暂不可用 Contribution years unavailable');
  return h(
    'section',
    {},
    h('h2', {}, '缴费年限 Contribution years ', h('small', {}, '职工医保 employee insurance')),
    h(
      'dl',
      { class: 'figures' },
      figure('total', '合计 Total', years.totalMonths, years.display, inMonths(years.totalMonths)),
      figure(
        'actual',
        '实际缴费 Actual',
        years.actualMonths,
        yearsAndMonths(years.actualMonths),
        inMonths(years.actualMonths),
      ),
      figure(
        'deemed',
        '视同缴费 Deemed',
        years.deemedMonths,
        yearsAndMonths(years.deemedMonths),
        inMonths(years.deemedMonths),
      ),
      figure(
        'continuous',
        '连续参保 Continuous',
        years.continuousMonths,
        `${years.continuousMonths}个月`,
        '当前连续 current run',
      ),
      figure(
        'duplicate',
        '重复缴费 Duplicate',
        years.duplicateMonths,
        `${years.duplicateMonths}个月`,
        '只计一次 counted once',
      ),
    ),
    byRegionTable(years.byRegion),
  );
}
