import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ExtraRoute } from '#shared/server/http-server.ts';
import { loadExampleOperations, OPERATIONS_FOLDER } from './example-operations.ts';
import { resolvePlaceholders } from './example-placeholders.ts';

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

// An image built for production may leave the examples out: GraphiQL is not served there (graphiqlRoute checks).
const examples = existsSync(OPERATIONS_FOLDER) ? loadExampleOperations() : [];

/** The example GraphiQL opens with: one person's whole cross-region history in one request. */
export const EXAMPLE_QUERY = examples[0]?.query ?? '';

/**
 * The tabs GraphiQL opens with: every example of docs/operations, in order, with the variables of its file.
 * Values given by whoever started the gateway (`npm start` passes the demo person it seeded) replace the first
 * tab's; empty ones do not (the gateway started alone passes `{ idNumber: '' }`), so the first Run works
 * either way: the files' values are the demo population's, which is the same every time.
 */
export function exampleTabs(exampleVariables: Record<string, unknown>) {
  const given = Object.fromEntries(
    Object.entries(exampleVariables).filter(([, value]) => value !== '' && value != null),
  );
  return examples.map((example, index) => ({
    query: example.query,
    variables: JSON.stringify(index === 0 ? { ...example.variables, ...given } : example.variables, null, 2),
  }));
}

/** GraphiQL keeps its tabs in localStorage; under a name of their own per set of examples, new ones show up. */
const storagePrefix = `medins-${createHash('sha256').update(JSON.stringify(examples)).digest('hex').slice(0, 12)}:`;

function page(exampleVariables: Record<string, unknown>): string {
  const props = {
    tabs: exampleTabs(exampleVariables),
    stems: Object.fromEntries(examples.map((example) => [example.operationName, example.stem])),
    storagePrefix,
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
  <script>${pageScript()}</script>
</body>
</html>
`;
}

/**
 * The page's own script: GraphiQL with the examples as tabs, and a fetcher that resolves an example's
 * `"$from:<nn>-<name>.<path>"` values from the answers of the examples already run (kept in localStorage), with
 * the same function the tests use (its source is carried over; `__name` is what tsx's compiled output calls).
 * Two quirks of GraphiQL 3.9 are met here: on a first visit it fills the variables editor from the `variables`
 * prop, not from the first of `defaultTabs`, so the first tab's variables are passed as that prop too; and right
 * after a tab switch it may still send the previous tab's operation name, so a name the document does not hold
 * is replaced by the document's one operation.
 */
function pageScript(): string {
  return `
    const __name = (target) => target;
    const resolvePlaceholders = ${resolvePlaceholders.toString()};
    const props = JSON.parse(document.getElementById('graphiql-props').textContent);
    const storage = {
      getItem: (key) => localStorage.getItem(props.storagePrefix + key),
      setItem: (key, value) => localStorage.setItem(props.storagePrefix + key, value),
      removeItem: (key) => localStorage.removeItem(props.storagePrefix + key),
      get length() { return Object.keys(localStorage).filter((key) => key.startsWith(props.storagePrefix)).length; },
      clear() { Object.keys(localStorage).filter((key) => key.startsWith(props.storagePrefix)).forEach((key) => localStorage.removeItem(key)); },
    };
    const answers = JSON.parse(storage.getItem('example-answers') || '{}');
    const http = GraphiQL.createFetcher({ url: '/graphql', enableIncrementalDelivery: false }); // one JSON answer, which is kept
    const fetcher = async (params, options) => {
      let variables;
      try {
        variables = resolvePlaceholders(params.variables || {}, answers);
      } catch (error) {
        return { errors: [{ message: error.message }] };
      }
      const names = [...(params.query || '').matchAll(/^\\s*(?:query|mutation|subscription)\\s+(\\w+)/gm)].map((match) => match[1]);
      const operationName = names.includes(params.operationName) || names.length !== 1 ? params.operationName : names[0];
      const result = await http({ ...params, operationName, variables }, options);
      const stem = props.stems[operationName];
      if (stem && result && result.data && !result.errors) {
        answers[stem] = result;
        storage.setItem('example-answers', JSON.stringify(answers));
      }
      return result;
    };
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        storage,
        defaultTabs: props.tabs,
        ...(storage.getItem('graphiql:tabState') === null ? { variables: props.tabs[0].variables } : {}),
        defaultEditorToolsVisibility: true,
      }),
    );`;
}

/** The page at / and its assets under /graphiql/. */
export function graphiqlRoute(exampleVariables: Record<string, unknown>): ExtraRoute {
  if (examples.length === 0) throw new Error('GraphiQL opens the examples of docs/operations, and there are none');
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
