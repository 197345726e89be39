import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtraRoute } from '#shared/server/http-server.ts';

/**
 * The person's cross-region timeline at /timeline: a static page (assets/) that reads one person's history
 * through /graphql with the caller's own bearer token, and draws it with Apache ECharts from the project's
 * installed package. Nothing is loaded from the internet, and the page holds no data of its own, so it is
 * served in production too.
 */
const require = createRequire(import.meta.url);
const ASSETS_FOLDER = join(dirname(fileURLToPath(import.meta.url)), 'assets');

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/**
 * Scripts and styles from this origin only; data from /graphql only. The URL carries an ID number, so no
 * referrer leaves the page.
 */
const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

interface Asset {
  body: Buffer;
  type: string;
}

/** Reads the page and ECharts once, at start-up: a missing file stops the start instead of breaking the page. */
function loadAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const file of readdirSync(ASSETS_FOLDER)) {
    const type = TYPES[extname(file)];
    if (type) assets.set(`/timeline/${file}`, { body: readFileSync(join(ASSETS_FOLDER, file)), type });
  }
  // ECharts' "exports" do not list its browser bundle, so go through its folder.
  const echarts = join(dirname(require.resolve('echarts/package.json')), 'dist', 'echarts.min.js');
  assets.set('/timeline/echarts.min.js', { body: readFileSync(echarts), type: 'text/javascript' });
  return assets;
}

/** The page at /timeline (also /timeline?idNumber=…) and its files under /timeline/. */
export function timelineRoute(): ExtraRoute {
  const assets = loadAssets();
  const page = assets.get('/timeline/index.html')!;
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const asset = path === '/timeline' || path === '/timeline/' ? page : assets.get(path);
    if (!asset) return false;
    response.writeHead(200, {
      ...PAGE_HEADERS,
      'content-type': `${asset.type}; charset=utf-8`,
      'cache-control': asset === page ? 'no-cache' : 'public, max-age=3600',
    });
    response.end(request.method === 'HEAD' ? undefined : asset.body);
    return true;
  };
}
