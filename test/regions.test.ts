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
    const query = gql`
      {
        all: regions {
          code
        }
        henan: regions(provinceCode: "410000") {
          code
        }
        none: region(code: "449999") {
          code
        }
      }
    `;
    const result = await hub.client.request<{ all: unknown[]; henan: { code: string }[]; none: null }>(query);
    expect(result.all).toHaveLength(369);
    expect(result.henan.map((region) => region.code)).toEqual([
      '410100',
      '410200',
      '410300',
      '410400',
      '410500',
      '410600',
      '410700',
      '410800',
      '410900',
      '411000',
      '411100',
      '411200',
      '411300',
      '411400',
      '411500',
      '411600',
      '411700',
      '419001',
    ]);
    expect(result.none).toBeNull();
  });

  it("shows Tianjin's deadlines in both modes, each with its article (001 art 8-9, 001 art 13)", async () => {
    const query = gql`
      {
        region(code: "120000") {
          policy {
            profile
            regulation
            inForceSince
            deadlines {
              mode
              step
              workingDays
              rule
            }
          }
        }
      }
    `;
    expect(await hub.client.request(query)).toEqual({
      region: {
        policy: {
          profile: 'TIANJIN',
          regulation: '天津市基本医疗保险关系转移接续办法',
          inForceSince: '2023-07-01',
          deadlines: [
            { mode: 'ONLINE', step: 'TRANSFER_OUT', workingDays: 10, rule: '001 art 9 (one-network mode)' },
            { mode: 'ONLINE', step: 'TRANSFER_IN', workingDays: 5, rule: '001 art 8 (one-network mode)' },
            {
              mode: 'ONLINE',
              step: 'ACCOUNT_CREDIT',
              workingDays: 5,
              rule: '001 art 8 (no period set; 5 working days, as for transfer-in)',
            },
            {
              mode: 'MAIL',
              step: 'CONTACT_LETTER',
              workingDays: 15,
              rule: '001 art 8 (mail mode, from accepting the application)',
            },
            {
              mode: 'MAIL',
              step: 'TRANSFER_OUT',
              workingDays: 15,
              rule: '001 art 9 (mail mode, from receiving the Contact Letter)',
            },
            {
              mode: 'MAIL',
              step: 'TRANSFER_IN',
              workingDays: 15,
              rule: '001 art 8 (mail mode, from receiving the mailed Info Sheet)',
            },
            {
              mode: 'MAIL',
              step: 'ACCOUNT_CREDIT',
              workingDays: 15,
              rule: '001 art 8 (mail mode; no period set for the account, 15 as for transfer-in)',
            },
          ],
        },
      },
    });
  });

  it("shows Guangdong's Contact Letter deadline (000 art 9)", async () => {
    const query = gql`
      {
        region(code: "440300") {
          policy {
            deadlines {
              step
              workingDays
              rule
            }
          }
        }
      }
    `;
    const result = await hub.client.request<{ region: { policy: { deadlines: unknown[] } } }>(query);
    expect(result.region.policy.deadlines[0]).toEqual({ step: 'CONTACT_LETTER', workingDays: 5, rule: '000 art 9' });
  });

  // Every rule of each rule set that differs from the national one, with its article: what a newcomer reads to
  // learn, in one hop, that Henan's arrears block a transfer out.
  const RULES: Record<string, { code: string; rules: [topic: string, rule: string][] }> = {
    NATIONAL: {
      code: '110000',
      rules: [
        ['TRANSFER_OUT_CONDITION', '003 art 7'],
        ['ARREARS', '003 art 7'],
        ['RESIDENT_TRANSFERS', '003 art 5(2)'],
        ['WITHIN_PROVINCE', '003 art 8'],
        ['WAITING_PERIOD', '003 art 11 (left to the region, at most 6 months; the national bound applies)'],
        ['CONTRIBUTION_YEARS', '003 art 12'],
      ],
    },
    GUANGDONG: {
      code: '440100',
      rules: [
        ['PAYOUT', '000 art 9'],
        [
          'WAITING_PERIOD',
          '003 art 11 (left to the region, at most 6 months; the province sets no other bound, so the national bound applies)',
        ],
        ['BACK_PAY', '000 art 12(1)'],
        ['DUPLICATE_PAYMENTS', '000 art 12(3)'],
        ['HISTORICAL_DUPLICATES', '000 art 12(4)'],
      ],
    },
    TIANJIN: {
      code: '120000',
      rules: [
        ['TRANSFER_OUT_CONDITION', '001 art 6, art 10'],
        [
          'WAITING_PERIOD',
          '003 art 11 (left to the region, at most 6 months; the province sets no other bound, so the national bound applies)',
        ],
        ['CONTRIBUTION_YEARS', '001 art 13'],
      ],
    },
    FUJIAN: {
      code: '350200',
      rules: [
        ['WITHIN_PROVINCE', '002 art 8, art 9'],
        ['NETTING', '002 art 9(5)'],
        ['WAITING_PERIOD', '002 art 11'],
        ['EFFECTIVE_MONTH', '002 art 11'],
        ['RETROACTIVE', '002 art 11'],
        ['NEW_ENROLLEES', '002 art 11'],
        ['EMPLOYEE_TO_RESIDENT', '002 art 13'],
        ['OTHER_SCHEME_COVER', '002 art 14'],
        ['LATE_RESIDENT_PAYMENT', '002 art 12'],
      ],
    },
    HENAN: {
      code: '410100',
      rules: [
        ['ARREARS', '004 art 7'],
        ['RESIDENT_TRANSFERS', '004 art 5(2)'],
        ['PAYOUT', '004 art 15'],
        [
          'WAITING_PERIOD',
          '004 art 12 (left to the region; the national bound of 003 art 11, at most 6 months, applies)',
        ],
        ['BACK_PAY', '004 art 12'],
        ['RESIDENT_YEAR', '004 art 16'],
      ],
    },
  };

  it.each(Object.entries(RULES))(
    'lists every %s rule that differs from the national one, with its article',
    async (profile, { code, rules }) => {
      const query = gql`
        query ($code: String!) {
          region(code: $code) {
            policy {
              profile
              rules {
                topic
                description
                rule
              }
            }
          }
        }
      `;
      const result = await hub.client.request<{
        region: { policy: { profile: string; rules: { topic: string; description: string; rule: string }[] } };
      }>(query, { code });
      expect(result.region.policy.profile).toBe(profile);
      expect(result.region.policy.rules.map(({ topic, rule }) => [topic, rule])).toEqual(rules);
      for (const { description } of result.region.policy.rules) expect(description.length).toBeGreaterThan(20);
    },
  );

  it('says each rule in a sentence (Henan: 004 art 7, 004 art 5(2), 004 art 15; Fujian: 002 art 12)', async () => {
    const query = gql`
      {
        henan: region(code: "410100") {
          policy {
            rules {
              topic
              description
            }
          }
        }
        xiamen: region(code: "350200") {
          policy {
            rules {
              topic
              description
            }
          }
        }
      }
    `;
    type Rules = { policy: { rules: { topic: string; description: string }[] } };
    const result = await hub.client.request<{ henan: Rules; xiamen: Rules }>(query);
    const describe = (rules: Rules, topic: string) =>
      rules.policy.rules.find((rule) => rule.topic === topic)?.description;
    expect(describe(result.henan, 'ARREARS')).toBe(
      'months owed in the out-region block the transfer out: pay them first',
    );
    expect(describe(result.henan, 'RESIDENT_TRANSFERS')).toBe(
      "no resident-to-resident transfers: enroll in next year's resident insurance instead",
    );
    expect(describe(result.henan, 'PAYOUT')).toBe(
      'the balance may be paid to the person: an employee who switches to resident insurance (RETURN_ON_SWITCH_TO_RESIDENT)',
    );
    expect(describe(result.xiamen, 'LATE_RESIDENT_PAYMENT')).toBe(
      'residents who pay late wait 60 days from payment, except newborns (NEWBORN), new students (NEW_STUDENT), people in hardship (HARDSHIP)',
    );
    expect(describe(result.xiamen, 'WAITING_PERIOD')).toBe(
      'a gap of more than 3 months: 3 months at 50% of benefits after back-pay, 6 months at 50% of benefits without',
    );
  });
});
