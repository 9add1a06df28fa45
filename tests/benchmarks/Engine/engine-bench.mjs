// graphql-js side of the engine benchmark: the same loop as Program.cs over the same SDL, data and query.
// Usage: node engine-bench.mjs <data.json> <seconds per case>; prints one JSON line per case.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
// graphql-js comes from the differential harness's pinned install (npm ci --prefix tests/differential).
const require = createRequire(join(here, '..', '..', 'differential', 'package.json'));
const { buildSchema, parse, validate, execute, version } = require('graphql');

const [dataPath, secondsArg] = process.argv.slice(2);
const seconds = Number(secondsArg ?? 3);
const schema = buildSchema(readFileSync(join(here, 'schema.graphql'), 'utf8'));
const query = readFileSync(join(here, 'query.graphql'), 'utf8');
const data = JSON.parse(readFileSync(dataPath, 'utf8'));
// The full page and the small page of Program.cs.
const fullPage = { first: 20, withTenures: true };
const smallPage = { first: 2, withTenures: false };
const rootValue = { organizations: ({ first }) => data.organizations.slice(0, first) };

function run(document, variableValues) {
  const result = execute({ schema, document, rootValue, variableValues });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result;
}

// What a server without a cache does per request, and what one with a document cache does.
const documentCache = new Map();
function withoutCache(variables) {
  const document = parse(query);
  const errors = validate(schema, document);
  if (errors.length) throw new Error(errors.join('\n'));
  return run(document, variables);
}
function withCache(variables) {
  let document = documentCache.get(query);
  if (document === undefined) {
    document = parse(query);
    const errors = validate(schema, document);
    if (errors.length) throw new Error(errors.join('\n'));
    documentCache.set(query, document);
  }
  return run(document, variables);
}
const parsed = parse(query);
const cases = {
  'parse': () => parse(query),
  'validate': () => validate(schema, parsed),
  'full page: parse + validate + execute (no cache)': () => withoutCache(fullPage),
  'full page: parse + validate + execute (document cache)': () => withCache(fullPage),
  'small page: parse + validate + execute (no cache)': () => withoutCache(smallPage),
  'small page: parse + validate + execute (document cache)': () => withCache(smallPage),
};

const response = JSON.stringify(run(parsed, fullPage));
const smallResponse = JSON.stringify(run(parsed, smallPage));
const responseHash = createHash('sha256').update(response + '\n' + smallResponse).digest('hex');

// Clocked in process CPU time (all threads), as Program.cs is: see the comment there.
const cpuSeconds = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1e6; };

for (const [name, body] of Object.entries(cases)) {
  // Batches grow until one takes at least 5 ms of CPU, as in Program.cs.
  let batch = 16;
  const warmUpStart = cpuSeconds();
  while (cpuSeconds() - warmUpStart < Math.min(1, seconds / 2)) {
    const batchStart = cpuSeconds();
    for (let i = 0; i < batch; i++) body();
    if (cpuSeconds() - batchStart < 0.005) batch *= 2;
  }
  let iterations = 0;
  const start = cpuSeconds();
  let elapsed;
  while ((elapsed = cpuSeconds() - start) < seconds) {
    for (let i = 0; i < batch; i++) body();
    iterations += batch;
  }
  console.log(JSON.stringify({ engine: `graphql-js ${version}`, case: name, opsPerSecond: iterations / elapsed, responseHash, responseBytes: response.length }));
}
