import { gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './support/test-stack.ts';

describe('regions and their rule sets through the gateway', () => {
  let hub: TestStack;
  beforeAll(async () => {
    hub = await startTestStack();
  });
  afterAll(() => hub?.stop());

  it('lists every pooling region, and those of one province', async () => {
    const query = gql`{ all: regions { code } henan: regions(provinceCode: "410000") { code } none: region(code: "449999") { code } }`;
    const result = await hub.client.request<{ all: unknown[]; henan: { code: string }[]; none: null }>(query);
    expect(result.all).toHaveLength(369);
    expect(result.henan.map((region) => region.code)).toEqual([
      '410100', '410200', '410300', '410400', '410500', '410600', '410700', '410800', '410900',
      '411000', '411100', '411200', '411300', '411400', '411500', '411600', '411700', '419001',
    ]);
    expect(result.none).toBeNull();
  });

  it("shows Tianjin's deadlines in both modes, each with its article (001 art 8-9, 001 art 13)", async () => {
    const query = gql`{ region(code: "120000") { policy { profile regulation inForceSince deadlines { mode step workingDays rule } rules { topic rule } } } }`;
    expect(await hub.client.request(query)).toEqual({
      region: {
        policy: {
          profile: 'TIANJIN',
          regulation: '天津市基本医疗保险关系转移接续办法',
          inForceSince: '2023-07-01',
          deadlines: [
            { mode: 'ONLINE', step: 'TRANSFER_OUT', workingDays: 10, rule: '001 art 9 (one-network mode)' },
            { mode: 'ONLINE', step: 'TRANSFER_IN', workingDays: 5, rule: '001 art 8 (one-network mode)' },
            { mode: 'ONLINE', step: 'ACCOUNT_CREDIT', workingDays: 5, rule: '001 art 8 (no period set; 5 working days, as for transfer-in)' },
            { mode: 'MAIL', step: 'CONTACT_LETTER', workingDays: 15, rule: '001 art 8 (mail mode, from accepting the application)' },
            { mode: 'MAIL', step: 'TRANSFER_OUT', workingDays: 15, rule: '001 art 9 (mail mode, from receiving the Contact Letter)' },
            { mode: 'MAIL', step: 'TRANSFER_IN', workingDays: 15, rule: '001 art 8 (mail mode, from receiving the mailed Info Sheet)' },
            { mode: 'MAIL', step: 'ACCOUNT_CREDIT', workingDays: 15, rule: '001 art 8 (mail mode; no period set for the account, 15 as for transfer-in)' },
          ],
          rules: [
            { topic: 'WAITING_PERIOD', rule: '003 art 11 (left to the region, at most 6 months; the province sets no other bound, so the national bound applies)' },
            { topic: 'CONTRIBUTION_YEARS', rule: '001 art 13' },
          ],
        },
      },
    });
  });

  it("shows Guangdong's Contact Letter and refund rules, and Fujian's waiting periods (000 art 9, 000 art 12, 002 art 11)", async () => {
    const query = gql`{
      shenzhen: region(code: "440300") { policy { deadlines { step workingDays rule } rules { topic description rule } } }
      xiamen: region(code: "350200") { policy { rules { topic description rule } } }
    }`;
    const result = await hub.client.request<{ shenzhen: { policy: { deadlines: unknown[]; rules: unknown[] } }; xiamen: { policy: { rules: unknown[] } } }>(query);
    expect(result.shenzhen.policy.deadlines[0]).toEqual({ step: 'CONTACT_LETTER', workingDays: 5, rule: '000 art 9' });
    expect(result.shenzhen.policy.rules).toContainEqual({
      topic: 'DUPLICATE_PAYMENTS',
      description: 'first paid keeps the month; the later payment is refundable for at most 3 months, not where benefits were used',
      rule: '000 art 12(3)',
    });
    expect(result.xiamen.policy.rules).toEqual([
      { topic: 'WAITING_PERIOD', description: 'a gap of more than 3 months: 3 months at 50% of benefits after back-pay, 6 months at 50% of benefits without', rule: '002 art 11' },
      { topic: 'LATE_RESIDENT_PAYMENT', description: 'residents who pay late wait 60 days from payment', rule: '002 art 12' },
    ]);
  });
});
