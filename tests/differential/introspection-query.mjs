// Prints graphql-js's full introspection query, so our engine answers exactly what buildClientSchema reads.
import { getIntrospectionQuery } from 'graphql';

process.stdout.write(getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
}) + '\n');
