// Usage: node audit.mjs http://127.0.0.1:PORT/graphql
// Prints one JSON document: every audit of graphql-http's serverAudits with its id, name, level
// (MUST/SHOULD/MAY, the first word of the name), status and, when it failed, the reason and the
// response seen. Exit code 0 whenever the audit ran: judging the results is the caller's job
// (tests/PolityGraph.Api.Tests/Http/GraphQLHttpAuditTests.cs), so it can list every failure at once.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = await auditServer({ url });

const report = [];
for (const result of results) {
  const entry = {
    id: result.id,
    name: result.name,
    level: result.name.split(' ')[0],
    status: result.status,
  };
  if (result.status !== 'ok') {
    entry.reason = result.reason;
    if (result.response) {
      entry.response = {
        status: result.response.status,
        contentType: result.response.headers.get('content-type'),
        body: (await result.response.text().catch(() => '')).slice(0, 1000),
      };
    }
  }
  report.push(entry);
}

process.stdout.write(JSON.stringify(report, null, 2) + '\n');
