// node .ci/failures.mjs RESULTS_DIR: prints each failed test of the .trx files in RESULTS_DIR with the first
// lines of its message and stack trace. CI keeps only the tail of the output, so run-tests.sh prints this
// just above the summary: a failure there must say why, not only which test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir] = process.argv.slice(2);
const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  .replace(/&#x([0-9A-Fa-f]+);/g, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&');
const firstLines = (text, n) => {
  const lines = unescape(text).split('\n').map((l) => l.trimEnd()).filter((l) => l.length > 0);
  const shown = lines.slice(0, n).map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l));
  if (lines.length > n) shown.push(`… (${lines.length - n} more lines in the .trx file)`);
  return shown.map((l) => `    ${l}`).join('\n');
};

for (const file of readdirSync(dir).filter((f) => f.endsWith('.trx')).sort()) {
  const trx = readFileSync(join(dir, file), 'utf8');
  for (const match of trx.matchAll(/<UnitTestResult [^>]*outcome="Failed"[^>]*>([\s\S]*?)<\/UnitTestResult>/g)) {
    const name = /testName="([^"]*)"/.exec(match[0])?.[1] ?? '?';
    const message = /<Message>([\s\S]*?)<\/Message>/.exec(match[1])?.[1] ?? '';
    const stack = /<StackTrace>([\s\S]*?)<\/StackTrace>/.exec(match[1])?.[1] ?? '';
    console.log(`FAILED: ${unescape(name)}`);
    if (message) console.log(firstLines(message, 10));
    if (stack) console.log(firstLines(stack, 2));
  }
}
