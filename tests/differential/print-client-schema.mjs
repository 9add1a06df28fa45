// Rebuilds a schema from an introspection result and prints it as SDL:
// printSchema(buildClientSchema(result)). Compared with our SchemaPrinter's output of the same schema.
// Usage: node print-client-schema.mjs [introspection.json]   (stdin when no file is given)
// The JSON may be a whole response ({ "data": { "__schema": ... } }) or just its data.
import { readFileSync } from 'node:fs';
import { buildClientSchema, printSchema } from 'graphql';

const json = JSON.parse(readFileSync(process.argv[2] ?? 0, 'utf8'));
if (json.errors?.length) {
  console.error('the introspection result carries errors:\n' + JSON.stringify(json.errors, null, 2));
  process.exit(1);
}
const data = json.data ?? json;
process.stdout.write(printSchema(buildClientSchema(data)) + '\n');
