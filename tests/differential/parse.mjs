// graphql-js as the oracle for our parser and printer.
// Reads documents from stdin, one per line (each line ended by \n, empty for an empty document), each
// base64 of its UTF-16LE text so that lone surrogates survive;
// prints one JSON array: per document { printed } when it parses, else { message, line, column }.
import { readFileSync } from 'node:fs';
import { parse, print, GraphQLError } from 'graphql';

const lines = readFileSync(0, 'utf8').split('\n');
lines.pop(); // after the last \n
const results = lines.map((line) => {
  const text = Buffer.from(line, 'base64').toString('utf16le');
  try {
    return { printed: print(parse(text)) };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const [location] = error.locations ?? [];
    return { message: error.message, line: location?.line, column: location?.column };
  }
});
process.stdout.write(JSON.stringify(results) + '\n');
