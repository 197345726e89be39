import { GraphQLClient, gql } from 'graphql-request';
import { formatMoney } from '#shared/money.ts';
import { addMonths, formatYearMonth, type YearMonth } from '#shared/year-month.ts';
import { DEMO_LAST_MONTH, demoPopulation, type DemoPerson, type Stint } from './demo-population.ts';

/**
 * Seeds the demo population through the gateway, with the same mutations any client uses (so it passes the
 * same validation). Idempotent: enrollments and contributions on their natural keys, account entries on
 * idempotency keys, so a second run changes nothing.
 */
const ENROLL = gql`
  mutation Enroll($input: EnrollInput!) {
    enroll(input: $input) {
      id
      status
    }
  }
`;
const SUSPEND = gql`
  mutation Suspend($id: ID!, $on: Date) {
    suspendEnrollment(id: $id, on: $on) {
      id
    }
  }
`;
const TERMINATE = gql`
  mutation Terminate($id: ID!, $on: Date) {
    terminateEnrollment(id: $id, on: $on) {
      id
    }
  }
`;
const CONTRIBUTIONS = gql`
  mutation Record($input: [ContributionInput!]!) {
    recordContributions(input: $input) {
      recorded
      unchanged
    }
  }
`;
const DEEMED = gql`
  mutation Deemed($input: DeemedPeriodInput!) {
    recordDeemedPeriod(input: $input) {
      id
    }
  }
`;
const APPLY = gql`
  mutation Apply($input: TransferApplicationInput!) {
    applyForTransfer(input: $input) {
      id
      status
    }
  }
`;

const months = (stint: Stint) => Array.from({ length: stint.to - stint.from + 1 }, (_, i) => addMonths(stint.from, i));
const day = (month: YearMonth, dayOfMonth: number) =>
  `${formatYearMonth(month)}-${String(dayOfMonth).padStart(2, '0')}`;

/** Employee contributions are 8% of the wage base (6% employer + 2% employee); residents pay ¥32 a month. */
function monthlyContributionFen(person: DemoPerson, stint: Stint): bigint {
  return stint.insuranceType === 'EMPLOYEE' ? BigInt(person.wageBase) * 8n : 3200n;
}

function contributionRecords(person: DemoPerson) {
  return person.stints.flatMap((stint) => {
    const amount = formatMoney(monthlyContributionFen(person, stint));
    const base = {
      idNumber: person.idNumber,
      regionCode: stint.regionCode,
      insuranceType: stint.insuranceType,
      amount,
    };
    return months(stint).flatMap((month) => {
      if (!stint.owed.includes(month)) return [{ ...base, month: formatYearMonth(month), paidOn: day(month, 15) }];
      const owed = { ...base, month: formatYearMonth(month) };
      if (!stint.backPaid.includes(month)) return [owed];
      return [owed, { ...owed, paidOn: day(addMonths(month, 6), 10), kind: 'BACK_PAY' }];
    });
  });
}

interface EntryInput {
  idNumber: string;
  regionCode: string;
  kind: 'ALLOCATION' | 'SPENDING' | 'ADJUSTMENT';
  amount: string;
  on: string;
  idempotencyKey: string;
  direction?: 'CREDIT' | 'DEBIT';
}

/**
 * Personal-account entries of employee stints: a yearly allocation (2% of the wage base a month), a spending
 * every other year, and at a completed move the remaining balance carried over by a pair of adjustments
 * (history from before the hub's transfer workflow).
 */
function accountEntries(person: DemoPerson, index: number): EntryInput[] {
  const entries: EntryInput[] = [];
  let carried = 0n;
  person.stints.forEach((stint, position) => {
    if (stint.insuranceType !== 'EMPLOYEE') return;
    const key = (what: string) => `demo-${index}-${position}-${what}`;
    const base = { idNumber: person.idNumber, regionCode: stint.regionCode };
    let balance = 0n;
    if (carried > 0n) {
      entries.push({
        ...base,
        kind: 'ADJUSTMENT',
        direction: 'CREDIT',
        amount: formatMoney(carried),
        on: day(stint.from, 20),
        idempotencyKey: key('carried-in'),
      });
      balance = carried;
      carried = 0n;
    }
    const byYear = new Map<number, YearMonth[]>();
    for (const month of months(stint)) {
      const year = Math.floor(month / 12);
      byYear.set(year, [...(byYear.get(year) ?? []), month]);
    }
    for (const [year, inYear] of byYear) {
      const allocation = BigInt(person.wageBase) * 2n * BigInt(inYear.length);
      const last = inYear[inYear.length - 1]!;
      entries.push({
        ...base,
        kind: 'ALLOCATION',
        amount: formatMoney(allocation),
        on: day(last, 25),
        idempotencyKey: key(`allocation-${year}`),
      });
      balance += allocation;
      if (year % 2 === 0) {
        const spending = balance / 4n;
        entries.push({
          ...base,
          kind: 'SPENDING',
          amount: formatMoney(spending),
          on: day(last, 27),
          idempotencyKey: key(`spending-${year}`),
        });
        balance -= spending;
      }
    }
    const next = person.stints[position + 1];
    if (stint.endsAs === 'TERMINATED' && next?.insuranceType === 'EMPLOYEE' && balance > 0n) {
      entries.push({
        ...base,
        kind: 'ADJUSTMENT',
        direction: 'DEBIT',
        amount: formatMoney(balance),
        on: day(addMonths(stint.to, 1), 10),
        idempotencyKey: key('carried-out'),
      });
      carried = balance;
    }
  });
  return entries;
}

function accountDocument(entries: EntryInput[]): string {
  const variables = entries.map((_, i) => `$e${i}: AccountEntryInput!`).join(', ');
  const fields = entries.map((_, i) => `e${i}: recordAccountEntry(input: $e${i}) { id }`).join('\n  ');
  return `mutation Entries(${variables}) {\n  ${fields}\n}`;
}

async function seedPerson(client: GraphQLClient, person: DemoPerson, index: number): Promise<void> {
  for (const stint of person.stints) {
    const { enroll } = await client.request<{ enroll: { id: string; status: string } }>(ENROLL, {
      input: {
        idNumber: person.idNumber,
        name: person.name,
        regionCode: stint.regionCode,
        insuranceType: stint.insuranceType,
        startMonth: formatYearMonth(stint.from),
      },
    });
    const on = day(stint.to, 28);
    if (stint.endsAs === 'SUSPENDED' && enroll.status === 'ACTIVE')
      await client.request(SUSPEND, { id: enroll.id, on });
    if (stint.endsAs === 'TERMINATED' && enroll.status !== 'TERMINATED')
      await client.request(TERMINATE, { id: enroll.id, on });
  }
  await client.request(CONTRIBUTIONS, { input: contributionRecords(person) });
  if (person.deemed) await client.request(DEEMED, { input: { idNumber: person.idNumber, ...person.deemed } });
  const entries = accountEntries(person, index);
  if (entries.length > 0) {
    await client.request(accountDocument(entries), Object.fromEntries(entries.map((entry, i) => [`e${i}`, entry])));
  }
  // A move still pending: the application, made in the last demo month, waits for the out-agency.
  const pending = person.stints.findIndex((stint) => stint.endsAs === 'SUSPENDED');
  if (pending >= 0) {
    const [from, to] = [person.stints[pending]!, person.stints[pending + 1]!];
    await client.request(APPLY, {
      input: {
        idNumber: person.idNumber,
        fromRegion: from.regionCode,
        toRegion: to.regionCode,
        kind: `${from.insuranceType}_TO_${to.insuranceType}`,
        on: day(DEMO_LAST_MONTH, 10),
        idempotencyKey: `demo-transfer-${index}`,
      },
    });
  }
}

export async function seedDemo(gatewayUrl: string, concurrency = 6): Promise<number> {
  const client = new GraphQLClient(gatewayUrl);
  const people = demoPopulation();
  let next = 0;
  const worker = async () => {
    while (next < people.length) {
      const index = next++;
      await seedPerson(client, people[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return people.length;
}

/** The person GraphiQL's example opens with: three regions, two provinces. */
export const EXAMPLE_ID_NUMBER = demoPopulation()[0]!.idNumber;
