/**
 * `npm run bench`: the hub against the physical limit, side by side in one run. The hub runs as deployed — four
 * subgraph processes and the gateway process, in production mode, behind a bearer token — on a throwaway
 * PostgreSQL loaded by bulk SQL with BENCH_PEOPLE people (10,000 by default; ~150 months each in 2–3 regions,
 * accounts with entries, transfers). The limit is hand-written SQL over bare `node:http` returning the same JSON,
 * byte for byte (checked first). Person history at concurrency 1 and 8, and the dashboard (`persons` of 50 and
 * 500 people), each measured in turns — hub, limit, hub, limit… — BENCH_ROUNDS times (3), reporting medians,
 * min and max, the hub's share of the limit, and the CPU time per request of the processes behind each URL (from
 * /proc; PostgreSQL's own is counted for neither). BENCH_HOLD keeps everything up, unmeasured, for profiling by hand.
 * BENCH_BASELINE=<a checkout of another commit, with node_modules> also starts that commit's hub on the same
 * databases and measures it in the same turns (hub, baseline, limit…), to show what a change costs.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { mintToken } from '#shared/auth/tokens.ts';
import { SUBGRAPH_NAMES, type SubgraphName } from '#shared/config.ts';
import { freePort, ServiceProcess } from './lib/service-process.ts';
import { throwawayDatabase } from './lib/throwaway-database.ts';
import { loadPopulation, MONTHS, population } from './bench/population.ts';
import { DASHBOARD, HISTORY } from './bench/queries.ts';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PREFIX = 'bench_';
const AUDIENCE = 'medins-hub';

const keys = generateKeyPairSync('ed25519');
const secret = (name: string) => `${name}-benchmark-secret-0123456789abcdef`;
const database = await throwawayDatabase();
const base: NodeJS.ProcessEnv = {
  NODE_ENV: 'production',
  DATABASE_URL: database.url,
  DATABASE_NAME_PREFIX: PREFIX,
  PERSON_ID_KEY: 'the-benchmark-person-id-key-0123456789',
  AGENCY_SEAL_KEY: 'the-benchmark-agency-seal-key-012345678',
  AUTH_PUBLIC_KEY: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  AUTH_AUDIENCE: AUDIENCE,
  ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_SECRET`, secret(name)])),
};
const services: ServiceProcess[] = [];
// BENCH_NODE_ARGS: flags for every service's node, to profile them (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
const start = async (name: string, env: NodeJS.ProcessEnv, entry?: URL) => {
  const service = new ServiceProcess(name, { ...base, ...env, PORT: String(await freePort()) }, entry, nodeArgs);
  await service.start();
  services.push(service);
  return service;
};

/** The processes answering at one URL: a hub's five, or the limit. */
interface Target {
  name: string;
  url: string;
  processes: ServiceProcess[];
}

/** The hub of the checkout at `root`: as deployed, enrollment first, then the three others told where it is, then the gateway. */
async function startHub(label: string, root: URL): Promise<Target> {
  const entry = (name: string) =>
    new URL(name === 'gateway' ? 'gateway/src/index.ts' : `subgraphs/${name}/src/index.ts`, root);
  const urls: Partial<Record<SubgraphName, string>> = {};
  const told = () => Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]));
  const processes = [await start('enrollment', {}, entry('enrollment'))];
  urls.enrollment = processes[0]!.url;
  for (const name of ['contributions', 'accounts', 'transfers'] as const) {
    processes.push(await start(name, told(), entry(name)));
    urls[name] = processes.at(-1)!.url;
  }
  processes.push(await start('gateway', told(), entry('gateway')));
  return { name: label, url: processes.at(-1)!.url, processes };
}

/** CPU time (user + system, ms) each process has used so far, from /proc (Linux). */
function cpuMs(processes: ServiceProcess[]): number[] {
  return processes.map(({ pid }) => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (100 Hz)
  });
}

try {
  const gateway = await startHub('hub', new URL('../', import.meta.url));
  const baselineDir = process.env.BENCH_BASELINE;
  const baseline = baselineDir ? await startHub('baseline', pathToFileURL(`${resolve(baselineDir)}/`)) : undefined;
  const people = population(PEOPLE, base.PERSON_ID_KEY!);
  const loading = Date.now();
  await loadPopulation(database.url, PREFIX, people);
  console.log(
    `Loaded ${PEOPLE} people, ${PEOPLE * MONTHS} months of contributions, in ${((Date.now() - loading) / 1000).toFixed(0)} s.`,
  );
  const limitProcess = await start('limit', {}, new URL('./bench/limit-main.ts', import.meta.url));
  const limit: Target = { name: 'limit', url: limitProcess.url, processes: [limitProcess] };

  const token = await mintToken(
    keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    { role: 'NATIONAL', subject: 'benchmark' },
    { audience: AUDIENCE, hours: 4 },
  );
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  let next = 0;
  const someone = () => people[(next = (next + 7919) % PEOPLE)]!.idNumber;
  const batch = (size: number) => Array.from({ length: size }, someone);
  const post = async (url: string, body: string) => (await fetch(url, { method: 'POST', headers, body })).text();

  // The same answer, byte for byte, before anything is timed.
  for (const body of [
    ...Array.from({ length: 5 }, () => JSON.stringify({ query: HISTORY, variables: { idNumber: someone() } })),
    JSON.stringify({ query: DASHBOARD, variables: { idNumbers: batch(50) } }),
  ]) {
    const hub = await post(gateway.url, body);
    for (const other of [limit, ...(baseline ? [baseline] : [])]) {
      const answer = await post(other.url, body);
      if (hub !== answer)
        throw new Error(
          `The ${other.name}'s answer differs from the hub's:\n${hub.slice(0, 400)}\n${answer.slice(0, 400)}`,
        );
    }
  }
  console.log(`The hub${baseline ? ', the baseline' : ''} and the limit answer byte for byte the same.\n`);
  if (process.env.BENCH_HOLD) {
    // For profiling by hand: everything stays up, unmeasured, until Ctrl-C.
    console.log(
      JSON.stringify({
        gateway: gateway.url,
        ...(baseline ? { baseline: baseline.url } : {}),
        limit: limit.url,
        database: database.url,
        token,
        pids: services.map((s) => [s.name, s.pid]),
      }),
    );
    await new Promise((resolve) => process.once('SIGINT', resolve));
    process.exitCode = 0;
  } else await measure(gateway, limit, baseline, headers, people.length, someone, batch);
} finally {
  for (const service of services.reverse()) await service.stop();
  await database.stop();
}

/** Each case in turns, hub then (baseline then) limit, ROUNDS times after a warm-up of each; one line per case. */
async function measure(
  hubTarget: Target,
  limitTarget: Target,
  baselineTarget: Target | undefined,
  headers: Record<string, string>,
  count: number,
  someone: () => string,
  batch: (size: number) => string[],
) {
  /** cpu: ms per request of all the target's processes; cpuBy: of each, in the target's order. */
  type Run = { rps: number; p50: number; cpu: number; cpuBy: number[] };
  const run = async (target: Target, connections: number, body: () => string, amount?: number): Promise<Run> => {
    const { url } = target;
    const cpuBefore = cpuMs(target.processes);
    const result = await autocannon({
      url,
      connections,
      ...(amount ? { amount } : { duration: SECONDS }),
      headers,
      requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, body: body() }) }],
    });
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors from ${url}`);
    const cpuBy = cpuMs(target.processes).map((ms, i) => (ms - cpuBefore[i]!) / (result.requests.total || 1));
    const cpu = cpuBy.reduce((sum, ms) => sum + ms, 0);
    return { rps: result.requests.total / (result.duration || 1), p50: result.latency.p50, cpu, cpuBy };
  };
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const span = (values: number[], digits = 0) =>
    `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;

  const cases = [
    {
      name: 'person history, concurrency 1',
      connections: 1,
      body: () => JSON.stringify({ query: HISTORY, variables: { idNumber: someone() } }),
    },
    {
      name: 'person history, concurrency 8',
      connections: 8,
      body: () => JSON.stringify({ query: HISTORY, variables: { idNumber: someone() } }),
    },
    {
      name: 'persons(50), concurrency 1',
      connections: 1,
      amount: 40,
      body: () => JSON.stringify({ query: DASHBOARD, variables: { idNumbers: batch(50) } }),
    },
    {
      name: 'persons(500), concurrency 1',
      connections: 1,
      amount: 12,
      body: () => JSON.stringify({ query: DASHBOARD, variables: { idNumbers: batch(500) } }),
    },
  ];
  console.log(
    `${'case'.padEnd(32)} ${'hub req/s'.padStart(18)} ${'limit req/s'.padStart(20)} ${'share'.padStart(6)} ${'hub p50 ms'.padStart(18)} ${'limit p50 ms'.padStart(18)} ${'p50 ×'.padStart(6)} ${'hub CPU ms'.padStart(11)} ${'limit CPU ms'.padStart(13)}`,
  );
  const baselineRuns: string[] = [];
  const cpuByProcess: string[] = [];
  // BENCH_ONLY=history measures only the cases whose name holds it.
  const only = process.env.BENCH_ONLY;
  for (const { name, connections, amount, body } of cases.filter((c) => !only || c.name.includes(only))) {
    const hub: Run[] = [];
    const bound: Run[] = [];
    const before: Run[] = [];
    for (const target of [hubTarget, limitTarget, ...(baselineTarget ? [baselineTarget] : [])]) {
      await run(target, connections, body, amount && Math.ceil(amount / 4)); // warm up each
    }
    for (let round = 0; round < ROUNDS; round++) {
      hub.push(await run(hubTarget, connections, body, amount));
      if (baselineTarget) before.push(await run(baselineTarget, connections, body, amount));
      bound.push(await run(limitTarget, connections, body, amount));
    }
    if (baselineTarget) {
      const change = (pick: (r: Run) => number) =>
        `${(((median(hub.map(pick)) - median(before.map(pick))) / median(before.map(pick))) * 100).toFixed(1)}%`;
      baselineRuns.push(
        `${name.padEnd(32)} ${span(
          before.map((r) => r.rps),
          1,
        ).padStart(18)} ${change((r) => r.rps).padStart(8)} ` +
          `${span(before.map((r) => r.p50)).padStart(18)} ${span(
            before.map((r) => r.cpu),
            2,
          ).padStart(18)} ${change((r) => r.cpu).padStart(8)}`,
      );
    }
    const byProcess = (target: Target, runs: Run[]) =>
      target.processes.map((p, i) => `${p.name} ${median(runs.map((r) => r.cpuBy[i]!)).toFixed(2)}`).join(', ');
    cpuByProcess.push(`${name.padEnd(32)} ${byProcess(hubTarget, hub)}`);
    if (baselineTarget) cpuByProcess.push(`${'  the baseline'.padEnd(32)} ${byProcess(baselineTarget, before)}`);
    const [hubRps, limitRps] = [hub.map((r) => r.rps), bound.map((r) => r.rps)];
    const [hubP50, limitP50] = [hub.map((r) => r.p50), bound.map((r) => r.p50)];
    console.log(
      `${name.padEnd(32)} ${span(hubRps, 1).padStart(18)} ${span(limitRps, 1).padStart(20)} ${`${((median(hubRps) / median(limitRps)) * 100).toFixed(0)}%`.padStart(6)} ` +
        `${span(hubP50).padStart(18)} ${span(limitP50).padStart(18)} ${(median(hubP50) / median(limitP50)).toFixed(1).padStart(6)} ` +
        `${median(hub.map((r) => r.cpu))
          .toFixed(2)
          .padStart(11)} ${median(bound.map((r) => r.cpu))
          .toFixed(2)
          .padStart(13)}`,
    );
  }
  console.log(`\nThe hub's CPU ms per request, by process (medians; the baseline's under it, when measured):`);
  for (const line of cpuByProcess) console.log(line);
  if (baselineTarget) {
    console.log(`\nThe baseline (BENCH_BASELINE), measured in the same turns:`);
    console.log(
      `${'case'.padEnd(32)} ${'req/s'.padStart(18)} ${'hub vs it'.padStart(8)} ${'p50 ms'.padStart(18)} ${'CPU ms'.padStart(18)} ${'hub vs it'.padStart(8)}`,
    );
    for (const line of baselineRuns) console.log(line);
  }
  console.log(
    `\n${count} people; medians of ${ROUNDS} turns (min–max); history runs ${SECONDS} s per turn; share = hub req/s ÷ limit req/s;` +
      `\nCPU ms = CPU time (user + system) per request of every process behind the URL (the hub's five, the limit's one).`,
  );
}
