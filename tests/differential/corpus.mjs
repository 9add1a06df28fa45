// Reads a differential corpus file: GraphQL documents, each introduced by a header line
// "### <name>". The C# side (Differential/CorpusFile.cs) splits files the same way.
import { readFileSync } from 'node:fs';

const HEADER = /^### (.+)$/;

export function readCorpusFile(path) {
  const lines = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n').split('\n');
  const documents = [];
  let current = null;
  for (const line of lines) {
    const header = HEADER.exec(line);
    if (header) {
      current = { name: header[1].trim(), lines: [] };
      documents.push(current);
    } else if (current) {
      current.lines.push(line);
    }
  }
  return documents.map(({ name, lines: body }) => ({ name, text: body.join('\n').trim() + '\n' }));
}
