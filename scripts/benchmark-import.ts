/**
 * `npm run bench:import`: 1,000,000 contribution rows (BENCH_IMPORT_ROWS) imported through the gateway, as
 * Guangzhou's agency. The CSV is generated first, streamed to a temporary file (20,000 people × 50 months,
 * person after person, as old systems export them); the hub runs as deployed — four subgraph processes and the
 * gateway, in production mode, behind a bearer token — on a throwaway PostgreSQL (embedded unless DATABASE_URL).
 * Prints the time and the rows per second of the import itself (generation and start-up not counted).
 * BENCH_NODE_ARGS: flags for every service's node (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") to profile them.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintToken } from '#shared/auth/tokens.ts';
import { SUBGRAPH_NAMES, type SubgraphName } from '#shared/config.ts';
import { checkCharacter } from '#shared/identity/gb11643.ts';
import { contributions } from './import/contributions.ts';
import { runImport } from './import/run-import.ts';
import { freePort, ServiceProcess } from './lib/service-process.ts';
import { throwawayDatabase } from './lib/throwaway-database.ts';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const MONTHS = 50;
const CONCURRENCY = Number(process.env.BENCH_IMPORT_CONCURRENCY ?? 4);
const AUDIENCE = 'medins-hub';
const REGION = '440100';

/** A valid GB 11643 number for person `i` (born 1960 onwards, one of 999 sequence numbers a day). */
function idNumber(i: number): string {
  const birth = new Date(Date.UTC(1960, 0, 1) + (i % 15_000) * 86_400_000);
  const first17 = `440106${birth.toISOString().slice(0, 10).replace(/-/g, '')}${String(1 + Math.floor(i / 15_000)).padStart(3, '0')}`;
  return `${first17}${checkCharacter(first17)}`;
}

/** Writes the CSV row by row, waiting when the file's buffer is full: the million rows are never in memory. */
async function generate(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('id_number,id_type,issuing_country,region_code,insurance_type,month,amount,paid_on,kind\n');
  for (let row = 0; row < ROWS; row++) {
    const person = Math.floor(row / MONTHS);
    const m = row % MONTHS;
    const month = `${2020 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    const amount = `${400 + (person % 300)}.${String(person % 100).padStart(2, '0')}`;
    if (!out.write(`${idNumber(person)},,,${REGION},EMPLOYEE,${month},${amount},${month}-15,REGULAR\n`))
      await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const keys = generateKeyPairSync('ed25519');
const secret = (name: string) => `${name}-benchmark-secret-0123456789abcdef`;
const dir = await mkdtemp(join(tmpdir(), 'medins-import-bench-'));
const file = join(dir, 'contributions.csv');
const generating = Date.now();
await generate(file);
console.log(
  `Generated ${ROWS.toLocaleString('en')} rows in ${((Date.now() - generating) / 1000).toFixed(1)} s: ${file}`,
);

const database = await throwawayDatabase();
const base: NodeJS.ProcessEnv = {
  NODE_ENV: 'production',
  DATABASE_URL: database.url,
  DATABASE_NAME_PREFIX: 'benchimport_',
  PERSON_ID_KEY: 'the-benchmark-person-id-key-0123456789',
  AGENCY_SEAL_KEY: 'the-benchmark-agency-seal-key-012345678',
  AUTH_PUBLIC_KEY: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  AUTH_AUDIENCE: AUDIENCE,
  ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_SECRET`, secret(name)])),
};
const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
const services: ServiceProcess[] = [];
const start = async (name: string, env: NodeJS.ProcessEnv) => {
  const service = new ServiceProcess(name, { ...base, ...env, PORT: String(await freePort()) }, undefined, nodeArgs);
  await service.start();
  services.push(service);
  return service;
};

try {
  const urls: Partial<Record<SubgraphName, string>> = {};
  const told = () => Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]));
  urls.enrollment = (await start('enrollment', {})).url;
  for (const name of ['contributions', 'accounts', 'transfers'] as const) urls[name] = (await start(name, told())).url;
  const gateway = await start('gateway', told());
  const token = await mintToken(
    keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    { role: 'AGENCY', subject: 'benchmark-import', regionCode: REGION },
    { audience: AUDIENCE, hours: 4 },
  );
  const summary = await runImport({
    kind: contributions as never,
    file,
    gateway: gateway.url,
    token,
    concurrency: CONCURRENCY,
    statePath: `${file}.import-state.json`,
    reportPath: `${file}.import-report.csv`,
    dryRun: false,
    restart: false,
    progress: process.stderr.isTTY === true,
  });
  if (!summary.finished || summary.recorded !== ROWS)
    throw new Error(`The import did not record every row: ${JSON.stringify(summary)}`);
  console.log(
    `Imported ${summary.recorded.toLocaleString('en')} contributions through the gateway in ${summary.seconds.toFixed(1)} s: ` +
      `${Math.round(summary.recorded / summary.seconds).toLocaleString('en')} rows/s ` +
      `(${summary.batches} batches of up to 5000, concurrency ${CONCURRENCY}).`,
  );
} finally {
  for (const service of services.reverse()) await service.stop();
  await database.stop();
  await rm(dir, { recursive: true, force: true });
}
