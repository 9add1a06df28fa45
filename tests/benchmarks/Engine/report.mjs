// Reads both engines' JSON lines (stdin) and prints the side-by-side table of ops/s.
import { readFileSync } from 'node:fs';

const rows = readFileSync(0, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const ours = rows.filter((r) => r.engine.startsWith('PolityGraph'));
const theirs = rows.filter((r) => r.engine.startsWith('graphql-js'));
if (ours.length === 0 || theirs.length === 0) {
  console.error('missing results from one engine');
  process.exit(1);
}
const hashes = new Set(rows.map((r) => r.responseHash));
const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
console.log(`| case | ${ours[0].engine} ops/s | ${theirs[0].engine} ops/s | ratio | our allocation/op |`);
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const row of ours) {
  const other = theirs.find((t) => t.case === row.case);
  const ratio = other ? (row.opsPerSecond / other.opsPerSecond).toFixed(2) + 'x' : 'n/a';
  console.log(`| ${row.case} | ${fmt(row.opsPerSecond)} | ${other ? fmt(other.opsPerSecond) : 'n/a'} | ${ratio} | ${fmt(row.allocatedBytesPerOp / 1024)} KiB |`);
}
console.log('');
console.log(hashes.size === 1
  ? `Both engines produced the same ${ours[0].responseBytes}-byte response (sha256 ${[...hashes][0].slice(0, 16)}...).`
  : 'WARNING: the engines produced different responses: the comparison is not like for like.');
if (hashes.size !== 1) process.exit(1);
