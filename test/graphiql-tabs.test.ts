import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadExampleOperations } from '../gateway/src/example-operations.ts';
import { demoPopulation } from '../scripts/lib/demo-population.ts';
import { seedDemo } from '../scripts/lib/seed-demo.ts';
import { startTestStack, type TestStack } from './support/test-stack.ts';

const examples = loadExampleOperations();

/** Runs the active tab and answers the text of GraphiQL's answer pane once it shows the new answer. */
async function runActiveTab(page: Page): Promise<string> {
  const pane = page.locator('.result-window .CodeMirror-code');
  const text = async () => ((await pane.count()) === 0 ? '' : (await pane.innerText()).replace(/\s+/g, ''));
  const before = await text(); // a tab keeps the answer it showed last
  await page.locator('.graphiql-execute-button').click();
  await expect
    .poll(async () => (await text()) !== before && /"(data|errors)"/.test(await text()), { timeout: 20_000 })
    .toBe(true);
  return text();
}

describe('GraphiQL, as the gateway serves it when started on its own (no example variables given)', () => {
  let hub: TestStack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    hub = await startTestStack(); // the gateway then has { idNumber: '' }, as `npm start` does not give it
    await seedDemo(hub.gatewayUrl);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
    page = await browser.newPage();
    await page.goto(new URL('/', hub.gatewayUrl).href);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('opens every example as a tab, in order, named after its operation', async () => {
    const titles = page.locator('.graphiql-tab');
    await expect.poll(() => titles.count()).toBe(examples.length);
    expect(await titles.allInnerTexts()).toEqual(examples.map((example) => example.operationName));
  });

  it("runs the first tab as it opens: the demo's first person's history", async () => {
    expect(await runActiveTab(page)).toContain(`"name":"${demoPopulation()[0]!.name}"`);
  });

  it("takes a later tab's transfer id from the answer of the application it ran before", async () => {
    const open = async (stem: string) => {
      const index = examples.findIndex((example) => example.stem === stem);
      await page.locator('.graphiql-tab').nth(index).click();
      const editor = page.locator('.graphiql-query-editor .CodeMirror-code');
      await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain(examples[index]!.operationName + '(');
    };
    await open('13-complete-transfer-out');
    expect(await runActiveTab(page)).toContain(
      '"message":"Run12-apply-for-transferfirst:thisexampletakesdata.applyForTransfer.idfromitsanswer."',
    );
    await open('11-record-allocation-before-transfer');
    expect(await runActiveTab(page)).toContain('"balanceAfter":"1500.00"');
    await open('12-apply-for-transfer');
    expect(await runActiveTab(page)).toContain('"status":"ACCEPTED"');
    await open('13-complete-transfer-out');
    expect(await runActiveTab(page)).toContain('"accountAmount":"1500.00"');
  }, 90_000);
});
