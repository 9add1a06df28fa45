// graphql-js as the oracle for our validator.
// Usage: node validate.mjs <schema.graphql> <corpus-file>...
// Prints one JSON array: per document { file, name, valid, errors: [{ message, locations }] }.
// A document that does not parse is reported as invalid with its syntax error.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { buildSchema, parse, validate, GraphQLError } from 'graphql';
import { readCorpusFile } from './corpus.mjs';

const [schemaPath, ...corpusPaths] = process.argv.slice(2);
if (!schemaPath || corpusPaths.length === 0) {
  console.error('usage: node validate.mjs <schema.graphql> <corpus-file>...');
  process.exit(2);
}

const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
const toPlain = (error) => ({
  message: error.message,
  locations: (error.locations ?? []).map(({ line, column }) => ({ line, column })),
});

const results = [];
for (const path of corpusPaths) {
  for (const { name, text } of readCorpusFile(path)) {
    let errors;
    try {
      errors = validate(schema, parse(text));
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      errors = [error];
    }
    results.push({ file: basename(path), name, valid: errors.length === 0, errors: errors.map(toPlain) });
  }
}
process.stdout.write(JSON.stringify(results, null, 2) + '\n');
