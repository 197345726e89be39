import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** deploy/healthcheck.js, the image's and compose's health check, run as Docker runs it against a real server. */
const script = fileURLToPath(new URL('../deploy/healthcheck.js', import.meta.url));
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((request, response) => {
    response.statusCode = request.url === '/healthz' ? 200 : request.url === '/readyz' ? 503 : 404;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The exit code and stderr of `node deploy/healthcheck.js <args>` with PORT set. */
async function check(args: string[], env: NodeJS.ProcessEnv) {
  try {
    await promisify(execFile)(process.execPath, [script, ...args], { env });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, stderr: failure.stderr.trim() };
  }
}

describe('the container health check', () => {
  it('passes on a 2xx answer from /healthz, the default path, on $PORT', async () => {
    expect(await check([], { PORT: String(port) })).toEqual({ code: 0, stderr: '' });
  });

  it('fails on a 503 from /readyz, saying so', async () => {
    expect(await check(['/readyz'], { PORT: String(port) })).toEqual({
      code: 1,
      stderr: `http://127.0.0.1:${port}/readyz answered 503`,
    });
  });

  it('fails when nothing listens on the port', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const freePort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await check(['/healthz'], { PORT: String(freePort) });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`http://127.0.0.1:${freePort}/healthz: fetch failed`);
  });
});
