// Copies the prebuilt browser bundles of GraphiQL 3 and React 18 plus our page and start-up script
// into the API's wwwroot. GraphiQL 3 ships a UMD bundle (graphql included) and one CSS file with its
// fonts inlined, so no bundler runs here and nothing is fetched at run time. GraphiQL 4 and 5 need a
// bundler and Monaco web workers; 3.x is the last line that works as plain files.
import { copyFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const output = join(here, '..', 'PolityGraph.Api', 'wwwroot', 'graphiql');
const modules = join(here, 'node_modules');

const files = [
  [join(modules, 'react', 'umd', 'react.production.min.js'), 'react.production.min.js'],
  [join(modules, 'react-dom', 'umd', 'react-dom.production.min.js'), 'react-dom.production.min.js'],
  [join(modules, 'graphiql', 'dist', 'index.umd.js'), 'graphiql.min.js'],
  [join(modules, 'graphiql', 'dist', 'style.css'), 'graphiql.min.css'],
  [join(here, 'src', 'index.html'), 'index.html'],
  [join(here, 'src', 'polity-graph-graphiql.js'), 'polity-graph-graphiql.js'],
  [join(here, 'src', 'polity-graph.css'), 'polity-graph.css'],
];

const missing = files.filter(([from]) => !existsSync(from)).map(([from]) => from);
if (missing.length > 0) {
  console.error(`GraphiQL build: missing ${missing.join(', ')}. Run "npm ci" in api/graphiql first.`);
  process.exit(1);
}

rmSync(output, { recursive: true, force: true });
mkdirSync(output, { recursive: true });
for (const [from, name] of files) copyFileSync(from, join(output, name));
console.log(`GraphiQL build: ${files.length} files in ${output}`);
