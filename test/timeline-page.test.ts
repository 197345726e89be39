import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIdNumber } from './support/people.ts';
import { startTestStack, type TestStack } from './support/test-stack.ts';
import { LONG_PERSON, SHORT_PERSON, seedExtremes } from './support/timeline-extremes.ts';
import { seedTimelinePerson, TIMELINE_PERSON } from './support/timeline-person.ts';

/** Debian's Chromium (`.ci/run` installs it): playwright-core downloads no browser here. */
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = fileURLToPath(new URL('../docs/timeline.png', import.meta.url));

/** Where a month starts on the page's time axis, with the browser in China time (UTC+8, no summer time). */
const monthStart = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)) - 1, 1) - 8 * 3600_000;
const dayStart = (date: string) => Date.parse(`${date}T00:00:00+08:00`);

type Row = Record<string, unknown>;

/**
 * What the functions run in the browser see of the page (the test's own types have no DOM): the page's
 * `window.timeline` and ECharts' instance.
 */
declare const document: { body: { dataset: Record<string, string | undefined> }; getElementById(id: string): unknown };
declare const window: {
  timeline: {
    data: { person: { transfers: { status: string; overdue: boolean; deadlines: Row[] }[] } };
    option: { series: { id: string; items: Row[] }[] };
    build(data: unknown, today: string): { transfers: { deadlines: { provisional: boolean }[] }[] };
  };
};
declare const echarts: {
  getInstanceByDom(element: unknown): {
    getOption(): {
      yAxis: { data: string[] }[];
      xAxis: { min: number }[];
      series: { id: string; data: unknown[] }[];
      dataZoom: { type: string; filterMode: string }[];
    };
  };
};

describe('the timeline page at /timeline in headless Chromium', () => {
  let hub: TestStack;
  let origin: string;
  let profile: string;
  let browser: BrowserContext;
  let transferIds: [string, string];
  const problems: string[] = [];

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium (as .ci/run does)`).toBe(true);
    hub = await startTestStack();
    origin = new URL(hub.gatewayUrl).origin;
    ({ transferIds } = await seedTimelinePerson(hub.client));
    await seedExtremes(hub.client);
    profile = await mkdtemp(join(tmpdir(), 'timeline-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1600, height: 900 },
      timezoneId: 'Asia/Shanghai',
      locale: 'zh-CN',
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  /** Opens /timeline?idNumber=… and waits until the page has drawn the person or said what is wrong. */
  async function open(idNumber: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(request.url());
    });
    await page.goto(`${origin}/timeline?idNumber=${encodeURIComponent(idNumber)}`);
    await page.waitForFunction(() => !['starting', 'loading'].includes(document.body.dataset.state!));
    return page;
  }

  /** A series' items as the page drew them: `fields` of each. */
  const items = (page: Page, series: string, fields: string[]) =>
    page.evaluate(
      ({ series, fields }) =>
        window.timeline.option.series
          .find((one) => one.id === series)!
          .items.map((item) => Object.fromEntries(fields.map((field) => [field, item[field]]))),
      { series, fields },
    );
  /** What ECharts itself holds (its getOption()), not what the page meant to give it. */
  const chart = (page: Page) =>
    page.evaluate(() => {
      const option = echarts.getInstanceByDom(document.getElementById('chart')).getOption();
      return {
        lanes: option.yAxis[0]!.data,
        from: option.xAxis[0]!.min,
        series: Object.fromEntries(option.series.map((one) => [one.id, one.data])),
        zoom: option.dataZoom.map((zoom) => [zoom.type, zoom.filterMode]),
      };
    });
  const attributes = (page: Page, selector: string, names: string[]) =>
    page.$$eval(
      selector,
      (elements, wanted) =>
        elements.map((element) => Object.fromEntries(wanted.map((name) => [name, element.getAttribute(name)]))),
      names,
    );

  it('serves the page, its scripts and ECharts from the gateway itself, in every mode, with a strict CSP', async () => {
    const response = await fetch(`${origin}/timeline`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect([...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((match) => match[1])).toEqual([
      '/timeline/timeline.css',
      '/timeline/echarts.min.js',
      '/timeline/main.js',
    ]);
    const echarts = await fetch(`${origin}/timeline/echarts.min.js`);
    expect(echarts.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await echarts.text()).toContain('6.1.0');
  });

  it('draws one lane per region with the enrollments, the months paid, back-paid and owed, and the deemed years', async () => {
    const page = await open(TIMELINE_PERSON.idNumber);
    expect(await page.getAttribute('body', 'data-state')).toBe('ready');
    expect((await chart(page)).lanes).toEqual(['410300', '330100', '310000', '440300']);
    expect(await items(page, 'enrollments', ['code', 'insuranceType', 'status', 'fromMonth', 'toMonth'])).toEqual([
      { code: '410300', insuranceType: 'RESIDENT', status: 'TERMINATED', fromMonth: '2012-01', toMonth: '2013-12' },
      { code: '330100', insuranceType: 'EMPLOYEE', status: 'TERMINATED', fromMonth: '2014-03', toMonth: '2022-03' },
      { code: '310000', insuranceType: 'EMPLOYEE', status: 'SUSPENDED', fromMonth: '2022-07', toMonth: '2025-06' },
      { code: '440300', insuranceType: 'EMPLOYEE', status: 'ACTIVE', fromMonth: '2025-05', toMonth: null },
    ]);
    const run = ['code', 'fromMonth', 'toMonth', 'months'];
    expect(await items(page, 'paid', run)).toEqual([
      { code: '410300', fromMonth: '2012-01', toMonth: '2013-12', months: 24 },
      { code: '330100', fromMonth: '2014-03', toMonth: '2019-01', months: 59 },
      { code: '330100', fromMonth: '2019-04', toMonth: '2022-03', months: 36 },
      { code: '310000', fromMonth: '2022-07', toMonth: '2025-06', months: 36 },
      { code: '440300', fromMonth: '2025-05', toMonth: '2026-01', months: 9 },
      { code: '440300', fromMonth: '2026-03', toMonth: '2026-10', months: 8 },
    ]);
    expect(await items(page, 'backPay', run)).toEqual([
      { code: '330100', fromMonth: '2019-02', toMonth: '2019-02', months: 1 },
    ]);
    expect(await items(page, 'owed', run)).toEqual([
      { code: '330100', fromMonth: '2019-03', toMonth: '2019-03', months: 1 },
      { code: '440300', fromMonth: '2026-02', toMonth: '2026-02', months: 1 },
    ]);
    expect(await items(page, 'deemed', ['code', 'months', 'reason', 'fromMonth', 'toMonth', 'label'])).toEqual([
      {
        code: '330100',
        months: 36,
        reason: 'WORK_SERVICE',
        fromMonth: '2011-03',
        toMonth: '2014-02',
        label: '视同缴费 Deemed 3年 · 工龄 Work service',
      },
    ]);
    // ECharts holds each run from the first day of its first month to the first day of the month after it, in its lane.
    expect((await chart(page)).series.backPay).toEqual([[monthStart('2019-02'), monthStart('2019-03'), 1]]);
    await page.close();
  });

  it('shows the gaps across the lanes, on the chart and in the list beside it', async () => {
    const page = await open(TIMELINE_PERSON.idNumber);
    expect(await items(page, 'gaps', ['fromMonth', 'toMonth', 'months', 'label'])).toEqual([
      { fromMonth: '2014-01', toMonth: '2014-02', months: 2, label: '断缴 Gap 2个月' },
      { fromMonth: '2019-03', toMonth: '2019-03', months: 1, label: '断缴 Gap 1个月' },
      { fromMonth: '2022-04', toMonth: '2022-06', months: 3, label: '断缴 Gap 3个月' },
      { fromMonth: '2026-02', toMonth: '2026-02', months: 1, label: '断缴 Gap 1个月' },
    ]);
    expect((await chart(page)).series.gaps?.[2]).toEqual([monthStart('2022-04'), monthStart('2022-07'), 0]);
    expect(await attributes(page, '[data-gap]', ['data-gap', 'data-months'])).toEqual([
      { 'data-gap': '2014-01/2014-02', 'data-months': '2' },
      { 'data-gap': '2019-03/2019-03', 'data-months': '1' },
      { 'data-gap': '2022-04/2022-06', 'data-months': '3' },
      { 'data-gap': '2026-02/2026-02', 'data-months': '1' },
    ]);
    await page.close();
  });

  it('marks each duplicate month in both lanes, saying which region keeps it', async () => {
    const page = await open(TIMELINE_PERSON.idNumber);
    expect(await items(page, 'duplicates', ['monthText', 'code', 'kept', 'keptBy', 'refundable'])).toEqual([
      { monthText: '2025-05', code: '310000', kept: true, keptBy: '310000', refundable: true },
      { monthText: '2025-05', code: '440300', kept: false, keptBy: '310000', refundable: true },
      { monthText: '2025-06', code: '310000', kept: true, keptBy: '310000', refundable: true },
      { monthText: '2025-06', code: '440300', kept: false, keptBy: '310000', refundable: true },
    ]);
    expect((await chart(page)).series.duplicates?.[1]).toEqual([
      (monthStart('2025-05') + monthStart('2025-06')) / 2,
      3,
    ]);
    await page.close();
  });

  it('draws the transfers as arrows region to region, with status, deadline (overdue in red) and Info Sheet amount', async () => {
    const page = await open(TIMELINE_PERSON.idNumber);
    const fields = ['id', 'status', 'appliedOn', 'endedOn', 'overdue', 'infoSheetAmount', 'colour', 'label'];
    expect(await items(page, 'transfers', fields)).toEqual([
      {
        id: transferIds[0],
        status: 'COMPLETED',
        appliedOn: '2022-07-20',
        endedOn: '2022-08-05',
        overdue: false,
        infoSheetAmount: '2850.00',
        colour: '#24386b',
        label: '杭州市 → 上海市 · 已完成 Completed\n信息表 Info Sheet ¥2,850.00',
      },
      {
        id: transferIds[1],
        status: 'ACCEPTED',
        appliedOn: '2025-07-10',
        endedOn: null,
        overdue: true,
        infoSheetAmount: null,
        colour: '#d62728',
        label: '上海市 → 深圳市 · 已受理 Accepted\n联系函时限 due 2025-07-17 逾期 overdue',
      },
    ]);
    // From the out-region's lane on the day applied to the in-region's lane on the day completed.
    expect((await chart(page)).series.transfers).toEqual([
      [dayStart('2022-07-20'), dayStart('2022-08-05'), 1, 2],
      [dayStart('2025-07-10'), dayStart('2025-07-10'), 2, 3],
    ]);
    const deadline = ['data-deadline', 'data-due', 'data-overdue', 'data-provisional'];
    expect(await attributes(page, `[data-transfer="${transferIds[1]}"] [data-deadline]`, deadline)).toEqual([
      {
        'data-deadline': 'CONTACT_LETTER',
        'data-due': '2025-07-17',
        'data-overdue': 'true',
        'data-provisional': 'false',
      },
    ]);
    expect(await attributes(page, '[data-transfer]', ['data-status', 'data-info-sheet-amount'])).toEqual([
      { 'data-status': 'COMPLETED', 'data-info-sheet-amount': '2850.00' },
      { 'data-status': 'ACCEPTED', 'data-info-sheet-amount': null },
    ]);
    await page.close();
  });

  it('shows the contribution years and the balances beside the chart, and saves the screenshot the README shows', async () => {
    const page = await open(TIMELINE_PERSON.idNumber);
    const figures = await page.$$eval('[data-summary]', (elements) =>
      elements.map((element) => [
        element.getAttribute('data-summary'),
        element.getAttribute('data-months'),
        element.querySelector('strong')!.textContent,
      ]),
    );
    expect(figures).toEqual([
      ['total', '183', '15年3个月'],
      ['actual', '147', '12年3个月'],
      ['deemed', '36', '3年'],
      ['continuous', '8', '8个月'],
      ['duplicate', '2', '2个月'],
    ]);
    expect(await attributes(page, '[data-region-years]', ['data-region-years', 'data-paid', 'data-credited'])).toEqual([
      { 'data-region-years': '330100', 'data-paid': '96', 'data-credited': '96' },
      { 'data-region-years': '310000', 'data-paid': '36', 'data-credited': '36' },
      { 'data-region-years': '440300', 'data-paid': '17', 'data-credited': '15' },
    ]);
    const balances = await page.$$eval('[data-account]', (rows) =>
      rows.map((row) => [
        row.getAttribute('data-account'),
        row.getAttribute('data-balance'),
        row.lastChild!.textContent,
      ]),
    );
    expect(balances).toEqual([
      ['330100', '0.00', '¥0.00'],
      ['310000', '4650.00', '¥4,650.00'],
      ['440300', '600.00', '¥600.00'],
    ]);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.close();
  });

  it('marks a provisional deadline, drawing the same answer with the deadline past the published calendar', async () => {
    const page = await open(TIMELINE_PERSON.idNumber);
    const label = await page.evaluate(() => {
      const data = structuredClone(window.timeline.data);
      const open = data.person.transfers.find((transfer) => transfer.status === 'ACCEPTED')!;
      open.deadlines[0] = { ...open.deadlines[0], dueOn: '2027-01-07', overdue: false, provisional: true };
      open.overdue = false;
      const model = window.timeline.build(data, '2026-12-24');
      const drawn = window.timeline.option.series.find((one) => one.id === 'transfers')!.items[1]!;
      return model.transfers[1]!.deadlines[0]!.provisional && drawn.label;
    });
    expect(label).toBe('上海市 → 深圳市 · 已受理 Accepted\n联系函时限 due 2027-01-07 暂定 provisional');
    expect(await page.textContent(`[data-transfer="${transferIds[1]}"] .flag.provisional`)).toBe('暂定 provisional');
    await page.close();
  });

  it('stays one lane per region for 40 years in 6 regions, and spreads 2 months over the axis', async () => {
    const long = await open(LONG_PERSON.idNumber);
    expect((await chart(long)).lanes).toEqual(['510100', '500000', '440100', '350200', '120000', '110000']);
    expect((await chart(long)).from).toBe(monthStart('1986-02'));
    expect(await items(long, 'paid', ['code', 'months'])).toEqual([
      { code: '510100', months: 94 },
      { code: '500000', months: 76 },
      { code: '440100', months: 102 },
      { code: '350200', months: 77 },
      { code: '120000', months: 66 },
      { code: '110000', months: 70 },
    ]);
    expect(await long.textContent('[data-summary="total"] strong')).toBe('40年5个月');
    // Zoom (the slider and the mouse wheel) works on the time axis without dropping marks at the edges.
    expect((await chart(long)).zoom).toEqual([
      ['slider', 'none'],
      ['inside', 'none'],
    ]);
    await long.close();
    const short = await open(SHORT_PERSON.idNumber);
    expect((await chart(short)).lanes).toEqual(['440300']);
    expect((await chart(short)).from).toBe(monthStart('2026-08'));
    expect(await items(short, 'paid', ['fromMonth', 'toMonth', 'label'])).toEqual([
      { fromMonth: '2026-09', toMonth: '2026-10', label: '按月缴费 Paid 2026-09–2026-10 · 2个月' },
    ]);
    expect(await short.textContent('[data-summary="total"] strong')).toBe('2个月');
    await short.close();
  });

  it('says so when no one has the ID number', async () => {
    const page = await open(testIdNumber(418, '330106'));
    expect(await page.getAttribute('body', 'data-state')).toBe('not-found');
    expect(await page.textContent('#message')).toBe(
      '未找到参保人 No insured person has this ID numberNo agency has recorded anyone under this number. Check the number, or ask the agency where the person enrolled.',
    );
    expect(await page.isHidden('main')).toBe(true);
    await page.close();
  });

  it("shows the API's own message for a malformed ID number", async () => {
    const page = await open('12345');
    expect(await page.getAttribute('body', 'data-state')).toBe('bad-input');
    expect(await page.textContent('#message strong')).toBe('证件号码有误 The ID number is not valid');
    expect(await page.textContent('#message span')).toBe(
      'No person was looked up. idNumber: the ID number has 18 characters (17 digits and a check character, a digit or X), or 15 digits on a first-generation card.',
    );
    await page.close();
  });

  it('looks up the number typed in the form with the token given, and says when the hub refuses the token', async () => {
    const page = await open('');
    expect(await page.getAttribute('body', 'data-state')).toBe('empty');
    await page.fill('#id-number', TIMELINE_PERSON.idNumber);
    await page.fill('#token', 'not-a-token');
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => !['empty', 'loading'].includes(document.body.dataset.state!));
    expect(await page.getAttribute('body', 'data-state')).toBe('unauthenticated');
    expect(await page.textContent('#message')).toBe(
      '令牌缺失或无效 The bearer token is missing or not valid: paste a valid one in the token fieldSend a bearer token: Authorization: Bearer <JWT>.',
    );
    expect(new URL(page.url()).searchParams.get('idNumber')).toBe(TIMELINE_PERSON.idNumber);
    // Chromium reports the refused request itself; nothing else went wrong on this page or the ones before.
    expect(problems.splice(0)).toEqual([
      'Failed to load resource: the server responded with a status of 401 (Unauthorized)',
    ]);
    await page.close();
  });

  it('met no script error and asked nothing of any other origin', () => {
    expect(problems).toEqual([]);
  });
});
