// Runs documents with variables against an SDL with graphql-js: every Query field resolves to its coerced
// arguments as JSON (keys sorted). Input on stdin: {"schema": SDL, "cases": [{"query", "variables"}]};
// output: per case {"data", "errors": [{"message", "path"}]}. For the engine's coercion differential tests.
import { buildSchema, graphql } from 'graphql';

const input = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.on('data', (chunk) => { text += chunk; });
  process.stdin.on('end', () => resolve(text));
}));
const schema = buildSchema(input.schema);
const sorted = (value) => (value && typeof value === 'object' && !Array.isArray(value)
  ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted(value[k])]))
  : Array.isArray(value) ? value.map(sorted) : value);
const results = [];
for (const { query, variables } of input.cases) {
  const result = await graphql({
    schema, source: query, variableValues: variables,
    fieldResolver: (_source, args) => JSON.stringify(sorted(args)),
  });
  results.push({
    data: result.data ?? null,
    errors: (result.errors ?? []).map((e) => ({ message: e.message, path: e.path ?? null })),
  });
}
process.stdout.write(JSON.stringify(results));
