/**
 * `npm run bench:dashboard`: the dashboard query — `persons` for 500 people with enrollments, contributions,
 * accounts and transfers — through the real gateway and subgraphs on a throwaway embedded PostgreSQL. Prints
 * latency percentiles and the SQL statements each subgraph sent per request (constant: no N+1).
 */
import { GraphQLClient, gql } from 'graphql-request';
import { checkCharacter } from '#shared/identity/gb11643.ts';
import { loadConfig, SUBGRAPH_NAMES } from '#shared/config.ts';
import { startStack } from './lib/stack.ts';
import { throwawayDatabase } from './lib/throwaway-database.ts';

const PEOPLE = 500;
const ROUNDS = 20;

/** Person n: born 1980-01-01 plus n days, so every number differs. */
const idNumber = (n: number) => {
  const birth = new Date(Date.UTC(1980, 0, 1) + n * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `350102${birth}${String(n % 1000).padStart(3, '0')}`;
  return `${first17}${checkCharacter(first17)}`;
};

const database = await throwawayDatabase();
const config = loadConfig({ NODE_ENV: 'test', DATABASE_NAME_PREFIX: 'bench_' });
const stack = await startStack({ config, serverUrl: database.url, host: '127.0.0.1', ports: 'any' });
try {
  const client = new GraphQLClient(stack.gatewayUrl);
  const ids = Array.from({ length: PEOPLE }, (_, n) => idNumber(n));
  for (let start = 0; start < PEOPLE; start += 50) {
    const chunk = ids.slice(start, start + 50);
    const fields = chunk.map((_, i) => `e${i}: enroll(input: $e${i}) { id }`).join(' ');
    const variables = chunk.map((_, i) => `$e${i}: EnrollInput!`).join(', ');
    await client.request(`mutation (${variables}) { ${fields} }`, Object.fromEntries(chunk.map((id, i) => [`e${i}`, { idNumber: id, name: '测试', regionCode: '350100', insuranceType: 'EMPLOYEE', startMonth: '2020-01' }])));
  }
  const months = Array.from({ length: 24 }, (_, i) => `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  for (let start = 0; start < PEOPLE; start += 100) {
    await client.request(gql`mutation ($input: [ContributionInput!]!) { recordContributions(input: $input) { recorded } }`, {
      input: ids.slice(start, start + 100).flatMap((id) => months.map((month) => ({ idNumber: id, regionCode: '350100', insuranceType: 'EMPLOYEE', month, amount: '400.00', paidOn: `${month}-20` }))),
    });
  }
  const query = gql`query ($ids: [String!]!) { persons(idNumbers: $ids) {
    name enrollments { status region { name } } contributions { month amount } contributionYears { display }
    accounts { balance } transfers { id } } }`;
  const timings: number[] = [];
  let statements: Record<string, number> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of SUBGRAPH_NAMES) stack.subgraphs[name].db!.queries.count = 0;
    const began = process.hrtime.bigint();
    await client.request(query, { ids });
    timings.push(Number(process.hrtime.bigint() - began) / 1e6);
    statements = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, stack.subgraphs[name].db!.queries.count]));
  }
  const sorted = timings.slice(2).sort((a, b) => a - b); // the first rounds warm up
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(0);
  console.log(`persons(${PEOPLE}) with ${months.length} months each, ${ROUNDS} rounds: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`);
  console.log(`SQL statements per request: ${JSON.stringify(statements)}`);
} finally {
  await stack.stop();
  await database.stop();
}
