/* global document, window, history, sessionStorage, URL, echarts */
/**
 * The page: an ID number (from the form or ?idNumber=…), an optional bearer token, one request to /graphql, then
 * the chart and the summary, or a message saying what is wrong. `window.timeline` holds what was drawn
 * ({ data, model, option, build }) for tests and for anyone curious in the console.
 */
import { fetchTimeline } from './api.js';
import { buildOption, chartHeight } from './chart-option.js';
import { buildModel } from './model.js';
import { outcomeOf } from './outcome.js';
import { h } from './dom.js';
import { renderSummary } from './summary.js';

const TOKEN_KEY = 'medins-timeline-token';
const form = document.getElementById('lookup');
const idInput = document.getElementById('id-number');
const tokenInput = document.getElementById('token');
const message = document.getElementById('message');
const heading = document.getElementById('person');
const chartElement = document.getElementById('chart');
const summary = document.getElementById('summary');
const chart = echarts.init(chartElement, null, { renderer: 'canvas' });
window.addEventListener('resize', () => chart.resize());

function state(value) {
  document.body.dataset.state = value;
}

function showMessage(kind, title, detail) {
  message.dataset.kind = kind;
  message.hidden = !title;
  message.replaceChildren(title ? h('strong', {}, title) : '', detail ? h('span', {}, detail) : '');
}

function clear() {
  chart.clear();
  summary.replaceChildren();
  heading.replaceChildren();
  document.querySelector('main').hidden = true;
}

/** Draws a person's answer; also what tests call to draw a variation of it. */
function draw(data, today) {
  const model = buildModel(data.person, today);
  const option = buildOption(model);
  document.querySelector('main').hidden = false;
  chartElement.style.height = `${chartHeight(model)}px`;
  chart.resize();
  chart.setOption(option, true);
  renderSummary(summary, model);
  heading.replaceChildren(
    h('span', { class: 'name' }, model.person.name),
    h('span', { class: 'muted' }, ` ${model.person.idNumber} · ${model.lanes.length} 个地区 regions`),
  );
  window.timeline = { data, model, option, build: draw };
  return model;
}

async function load(idNumber) {
  clear();
  if (!idNumber) {
    showMessage('empty', '请输入证件号码 Enter an ID number', '');
    state('empty');
    return;
  }
  state('loading');
  showMessage('loading', '查询中 Loading…', '');
  try {
    const answer = await fetchTimeline(idNumber, tokenInput.value.trim());
    const outcome = outcomeOf(answer);
    showMessage(outcome.kind, outcome.title, outcome.detail);
    if (outcome.person) draw(answer.data);
    else window.timeline = { data: answer.data, errors: answer.errors, build: draw };
    state(outcome.kind);
  } catch (error) {
    showMessage('error', '无法连接 The hub could not be reached', error.message);
    state('error');
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const idNumber = idInput.value.trim();
  sessionStorage.setItem(TOKEN_KEY, tokenInput.value.trim());
  const url = new URL(window.location.href);
  url.searchParams.set('idNumber', idNumber);
  history.pushState({ idNumber }, '', url);
  void load(idNumber);
});
window.addEventListener('popstate', () => {
  idInput.value = new URL(window.location.href).searchParams.get('idNumber') ?? '';
  void load(idInput.value.trim());
});

tokenInput.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
idInput.value = new URL(window.location.href).searchParams.get('idNumber') ?? '';
if (idInput.value) void load(idInput.value.trim());
else state('empty');
