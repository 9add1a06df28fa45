// Reads both engines' JSON lines (stdin, one per case and round) and prints the side-by-side table of
// median operations per CPU-second per case.
import { readFileSync } from 'node:fs';

const rows = readFileSync(0, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const isOurs = (r) => r.engine.startsWith('PolityGraph');
const ours = rows.filter(isOurs);
const theirs = rows.filter((r) => !isOurs(r));
if (ours.length === 0 || theirs.length === 0) {
  console.error('missing results from one engine');
  process.exit(1);
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const cases = [...new Set(ours.map((r) => r.case))];
const rounds = ours.filter((r) => r.case === cases[0]).length;
const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

console.log(`| case | ${ours[0].engine} ops per CPU-second | ${theirs[0].engine} ops per CPU-second | ratio | our allocation/op |`);
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const name of cases) {
  const mine = ours.filter((r) => r.case === name);
  const other = theirs.filter((r) => r.case === name);
  const a = median(mine.map((r) => r.opsPerSecond));
  const b = other.length ? median(other.map((r) => r.opsPerSecond)) : NaN;
  const allocation = median(mine.map((r) => r.allocatedBytesPerOp)) / 1024;
  console.log(`| ${name} | ${fmt(a)} | ${other.length ? fmt(b) : 'n/a'} | ${other.length ? (a / b).toFixed(2) + 'x' : 'n/a'} | ${allocation.toFixed(1)} KiB |`);
}
console.log('');
console.log(`Medians of ${rounds} round(s).`);
const hashes = new Set(rows.map((r) => r.responseHash));
console.log(hashes.size === 1
  ? `Both engines produced the same responses (full page ${ours[0].responseBytes} bytes; sha256 of both ${[...hashes][0].slice(0, 16)}...).`
  : 'WARNING: the engines produced different responses: the comparison is not like for like.');
if (hashes.size !== 1) process.exit(1);
