import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMoney } from '#shared/money.ts';
import { loadExampleOperations } from '../gateway/src/example-operations.ts';
import { demoPopulation } from '../scripts/lib/demo-population.ts';
import { seedDemo } from '../scripts/lib/seed-demo.ts';
import { emptyPlaces, runExample, type Answer } from './support/run-example.ts';
import { startTestStack, type TestStack } from './support/test-stack.ts';

const examples = loadExampleOperations();

/** Lists that are empty on the demo data by design; every other list an example selects must show something. */
const EMPTY_BY_DESIGN: Record<string, string[]> = {
  // The demo's first person paid every month, has no deemed period and moved before the hub's workflow.
  '01-person-history': ['person.arrears', 'person.deemedPeriods', 'person.transfers'],
  '12-apply-for-transfer': ['applyForTransfer.reasons'], // accepted: no reason to refuse it
  '20-transfers-needing-attention': ['transfers.edges'], // nothing is parked on the demo data
};

/** What the examples are there to show, value by value. */
const EXPECTED: Record<string, unknown> = {
  '02-persons': { persons: [{ name: '郭丽' }, { name: '王伟' }] },
  '03-enroll': { enroll: { status: 'ACTIVE' } },
  '04-record-contributions': { recordContributions: { recorded: 2, unchanged: 0 } },
  '05-record-account-entry': { recordAccountEntry: { balanceAfter: '160.00' } },
  '06-contribution-years': { person: { contributionYears: { totalMonths: 113, duplicateMonths: 2 } } },
  '07-record-late-allocation': { recordAccountEntry: { balanceAfter: '300.00' } },
  '08-transfer-within-fujian': {
    applyForTransfer: { status: 'COMPLETED', funds: { status: 'CREDITED', sent: '300.00', credited: '300.00' } },
  },
  '09-settlement-netting': {
    settlementNetting: {
      availableFrom: '2026-10-01',
      total: '300.00',
      regions: [
        { region: { name: '福州市' }, payable: '0.00', receivable: '300.00', net: '300.00' },
        { region: { name: '厦门市' }, payable: '300.00', receivable: '0.00', net: '-300.00' },
      ],
      pairs: [{ from: { name: '厦门市' }, to: { name: '福州市' }, amount: '300.00', transfers: 1 }],
    },
    accountTransferOutApprovalForm: {
      rows: [{ to: { name: '福州市' }, amount: '300.00', transfers: 1 }],
      total: '300.00',
    },
  },
  '10-pay-out-account-balance': {
    payOutAccountBalance: { amount: '160.00', destination: 'bank account ****1234 (000 art 9)' },
  },
  '11-record-allocation-before-transfer': { recordAccountEntry: { balanceAfter: '1500.00' } },
  '12-apply-for-transfer': { applyForTransfer: { status: 'ACCEPTED' } },
  '13-complete-transfer-out': {
    completeTransferOut: {
      status: 'OUT_COMPLETED',
      funds: { status: 'IN_TRANSIT', inTransit: '1500.00' },
      infoSheet: { accountAmount: '1500.00', accountAmountInWords: '壹仟伍佰元整', verified: true },
    },
  },
  '14-confirm-funds-received': { confirmFundsReceived: { status: 'FUNDS_RECEIVED' } },
  '15-complete-transfer-in': {
    completeTransferIn: {
      status: 'COMPLETED',
      funds: { credited: '1500.00', supplementary: '0.00', returned: '0.00' },
      person: { accounts: [{ region: { code: '120000' }, balance: '0.00' }, { region: { code: '410100' } }] },
    },
  },
  '16-overdue-transfers': { transfers: { totalCount: 4 } },
  '17-complete-pending-transfer-out': { completeTransferOut: { status: 'OUT_COMPLETED' } },
  '18-settle-transfer-funds': { settleTransferFunds: { status: 'FUNDS_RECEIVED' } },
  '19-complete-pending-transfer-in': { completeTransferIn: { status: 'COMPLETED', funds: { credited: '1499.00' } } },
  '20-transfers-needing-attention': { transfers: { totalCount: 0 } },
  '21-record-retirement': { recordRetirement: { retiredOn: '2024-06-30' } },
  '22-record-exemption': { recordExemption: { exemptions: [{ group: 'NEW_STUDENT', year: 2025 }] } },
  '23-record-other-scheme-cover': {
    recordOtherSchemeCover: { otherSchemeCover: [{ fromMonth: '2024-07', toMonth: '2024-11' }] },
  },
  '24-enroll-by-passport': { enroll: { status: 'ACTIVE' } },
  '25-record-contributions-by-passport': { recordContributions: { recorded: 6, unchanged: 0 } },
  '26-suspend-enrollment-by-passport': { suspendEnrollment: { status: 'SUSPENDED', endMonth: '2020-06' } },
  '27-enroll-by-permanent-resident-card': { enroll: { status: 'ACTIVE' } },
  '28-link-identity-document': { linkIdentityDocument: { contributionYears: { actualMonths: 6, totalMonths: 6 } } },
  '29-person-by-passport': {
    person: {
      idType: 'FOREIGN_PERMANENT_RESIDENT_ID_CARD',
      // The national administrator (development mode) sees numbers masked.
      documents: [
        {
          idType: 'FOREIGN_PERMANENT_RESIDENT_ID_CARD',
          idNumber: '911840********1238',
          issuingCountry: null,
          linkedByRegion: null,
        },
        { idType: 'PASSPORT', idNumber: 'X1*****78', issuingCountry: 'USA', linkedByRegion: '440100' },
      ],
      enrollments: [
        { region: { code: '310000' }, status: 'SUSPENDED' },
        { region: { code: '440100' }, status: 'ACTIVE' },
      ],
    },
  },
  '30-unlink-identity-document': {
    unlinkIdentityDocument: { idType: 'PASSPORT', contributionYears: { actualMonths: 6 } },
  },
};

describe('every example operation, in order, on a fresh demo', () => {
  let hub: TestStack;
  const answers: Record<string, Answer> = {};

  beforeAll(async () => {
    hub = await startTestStack();
    await seedDemo(hub.gatewayUrl);
  }, 180_000);
  afterAll(() => hub?.stop());

  it("uses the demo population's first person for the history GraphiQL opens with", () => {
    expect(examples[0]!.variables).toEqual({ idNumber: demoPopulation()[0]!.idNumber });
  });

  it.each(examples.map((example) => [example.stem, example] as const))(
    '%s answers data, no errors',
    async (stem, example) => {
      const answer = await runExample(hub.gatewayUrl, example, answers);
      answers[stem] = answer;
      expect(answer.errors).toBeUndefined();
      expect(emptyPlaces(answer.data!)).toEqual(EMPTY_BY_DESIGN[stem] ?? []);
      if (stem !== '01-person-history') expect(answer.data).toMatchObject(EXPECTED[stem]!);
    },
  );

  it('shows the history of the person it asks for, across three regions', () => {
    const person = answers['01-person-history']!.data!.person as { enrollments: { region: { code: string } }[] };
    expect(person.enrollments.map((enrollment) => enrollment.region.code)).toEqual(['410100', '440100', '440300']);
  });

  it('settles the other amount: what was not credited returns to the out-region', () => {
    const { funds } = answers['19-complete-pending-transfer-in']!.data!.completeTransferIn as {
      funds: { sent: string; credited: string; returned: string };
    };
    const fen = (money: string) => (parseMoney(money) as { fen: bigint }).fen;
    expect(fen(funds.returned) + fen(funds.credited)).toBe(fen(funds.sent));
    expect(fen(funds.returned)).toBeGreaterThan(0n);
  });
});
