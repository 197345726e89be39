/**
 * Beside the chart: the contribution years (actual, deemed, total as N年M个月, continuous months), each region's
 * share, the account balances, the gaps and the transfers with their deadlines. Every figure also sits in a data
 * attribute, which is what the browser test reads.
 */
import { h } from './dom.js';
import { money, yearsAndMonths } from './months.js';
import { yearsPanel } from './years-panel.js';
import { DEADLINE_STEP, FUNDS_STATUS, TRANSFER_STATUS, label } from './labels.js';

/** A titled section: the items drawn by `draw`, or `none` when there are none. */
function section(title, items, none, draw) {
  return h('section', {}, h('h2', {}, title), items.length === 0 ? h('p', { class: 'muted' }, none) : draw());
}

function accountsSection(accounts) {
  return section('个人账户 Account balances', accounts, '无个人账户 No personal account', () =>
    h(
      'table',
      { class: 'accounts' },
      h(
        'tbody',
        {},
        accounts.map((account) =>
          h(
            'tr',
            { 'data-account': account.region.code, 'data-balance': account.balance },
            h('td', {}, `${account.region.name} `, h('small', {}, account.region.code)),
            h('td', { class: 'amount' }, money(account.balance)),
          ),
        ),
      ),
    ),
  );
}

function gapsSection(gaps) {
  return section('断缴 Gaps', gaps, '无 None', () =>
    h(
      'ul',
      { class: 'gaps' },
      gaps.map((gap) =>
        h(
          'li',
          { 'data-gap': `${gap.fromMonth}/${gap.toMonth}`, 'data-months': gap.months },
          `${gap.fromMonth} – ${gap.toMonth} · ${yearsAndMonths(gap.months)}`,
        ),
      ),
    ),
  );
}

function deadlineItem(deadline) {
  return h(
    'li',
    {
      'data-deadline': deadline.step,
      'data-due': deadline.dueOn,
      'data-overdue': String(deadline.overdue),
      'data-provisional': String(deadline.provisional),
      class: deadline.overdue ? 'overdue' : null,
    },
    `${label(DEADLINE_STEP, deadline.step)} · 时限 due ${deadline.dueOn}`,
    deadline.completedOn ? ` · 办结 done ${deadline.completedOn}` : ' · 未办 open',
    deadline.overdue ? h('span', { class: 'flag overdue' }, '逾期 overdue') : null,
    deadline.provisional
      ? h('span', { class: 'flag provisional', title: 'Past the last published holiday calendar' }, '暂定 provisional')
      : null,
  );
}

function transfersSection(transfers) {
  return section('转移 Transfers', transfers, '无 None', () =>
    h(
      'ol',
      { class: 'transfers' },
      transfers.map((transfer) =>
        h(
          'li',
          {
            'data-transfer': transfer.id,
            'data-status': transfer.status,
            'data-overdue': String(transfer.overdue),
            'data-info-sheet-amount': transfer.infoSheetAmount,
          },
          h(
            'div',
            { class: 'route' },
            `${transfer.from.name} → ${transfer.to.name}`,
            h(
              'span',
              { class: `status ${transfer.overdue ? 'overdue' : ''}` },
              label(TRANSFER_STATUS, transfer.status),
            ),
          ),
          h(
            'div',
            { class: 'muted' },
            `申请 applied ${transfer.appliedOn}`,
            transfer.infoSheetAmount != null ? ` · 信息表 Info Sheet ${money(transfer.infoSheetAmount)}` : '',
            transfer.funds ? ` · ${label(FUNDS_STATUS, transfer.funds.status)}` : '',
          ),
          h('ul', { class: 'deadlines' }, transfer.deadlines.map(deadlineItem)),
        ),
      ),
    ),
  );
}

/** Replaces the panel's content with the model's summary. */
export function renderSummary(panel, model) {
  panel.replaceChildren(
    yearsPanel(model.contributionYears),
    accountsSection(model.accounts),
    gapsSection(model.gaps),
    transfersSection(model.transfers),
  );
}
