import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ExtraRoute } from '#shared/server/http-server.ts';

/**
 * GraphiQL served from the project's own installed packages (graphiql, react, react-dom): the page works
 * offline and loads nothing from the internet. Apollo's default landing page would load Sandbox from a CDN.
 */
const require = createRequire(import.meta.url);

const ASSETS: Record<string, { packageName: string; file: string; type: string }> = {
  '/graphiql/react.js': { packageName: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  '/graphiql/react-dom.js': {
    packageName: 'react-dom',
    file: 'umd/react-dom.production.min.js',
    type: 'text/javascript',
  },
  '/graphiql/graphiql.js': { packageName: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  '/graphiql/graphiql.css': { packageName: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** Reads the bundles once, at start-up: a missing one stops the start instead of breaking the page later. */
function loadAssets(): Map<string, { body: Buffer; type: string }> {
  return new Map(
    Object.entries(ASSETS).map(([path, { packageName, file, type }]) => {
      // The packages' "exports" do not list their UMD bundles, so go through their folder.
      const folder = dirname(require.resolve(`${packageName}/package.json`));
      return [path, { body: readFileSync(join(folder, file)), type }];
    }),
  );
}

/** The example GraphiQL opens with: one person's whole cross-region history in one request. */
export const EXAMPLE_QUERY = `# One person's whole history across regions, from all four subgraphs in one request.
query PersonHistory($idNumber: String!) {
  person(idNumber: $idNumber) {
    name
    gender
    enrollments {
      region { code name province agency { name } policy { profile } }
      insuranceType
      status
      startMonth
      endMonth
    }
    contributions {
      month
      region { name }
      insuranceType
      amount
      paidOn
      kind
    }
    arrears
    deemedPeriods { region { name } months reason }
    accounts {
      region { name }
      balance
      entries(last: 5) { on kind direction amount balanceAfter }
    }
    transfers { id kind status fromRegion { name } toRegion { name } appliedOn }
  }
}
`;

function page(exampleVariables: Record<string, unknown>): string {
  const props = {
    defaultQuery: EXAMPLE_QUERY,
    variables: JSON.stringify(exampleVariables, null, 2),
    defaultEditorToolsVisibility: true,
  };
  // The props are JSON in a script element of their own, so nothing in them can close the tag.
  const json = JSON.stringify(props).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Medical insurance transfer hub · GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script id="graphiql-props" type="application/json">${json}</script>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script>
    const props = JSON.parse(document.getElementById('graphiql-props').textContent);
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher, ...props }));
  </script>
</body>
</html>
`;
}

/** The page at / and its assets under /graphiql/. */
export function graphiqlRoute(exampleVariables: Record<string, unknown>): ExtraRoute {
  const html = page(exampleVariables);
  const assets = loadAssets();
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      response.end(html);
      return true;
    }
    const asset = assets.get(path);
    if (!asset) return false;
    response.writeHead(200, {
      'content-type': `${asset.type}; charset=utf-8`,
      'cache-control': 'public, max-age=86400',
    });
    response.end(asset.body);
    return true;
  };
}
