/* global process, fetch, AbortSignal, console -- Node globals: the linter knows no environment for plain .js files */
/**
 * The container's health check, in plain Node (slim images have no curl): `node deploy/healthcheck.js [path]`
 * asks http://127.0.0.1:$PORT<path> (default /healthz; PORT defaults to the gateway's 4000) and exits 0 on a 2xx
 * answer within 3 seconds, 1 otherwise, saying why on stderr (Docker keeps it in the container's health log).
 * The Dockerfile's HEALTHCHECK calls it with /healthz (alive); docker-compose.yml with /readyz (ready to serve).
 */
const path = process.argv[2] ?? '/healthz';
const url = `http://127.0.0.1:${process.env.PORT ?? '4000'}${path}`;
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
  if (!response.ok) console.error(`${url} answered ${response.status}`);
  process.exit(response.ok ? 0 : 1);
} catch (error) {
  console.error(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
