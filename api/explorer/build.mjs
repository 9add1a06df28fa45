// Bundles the explorer (TypeScript + Preact + two d3 modules) with esbuild into the API's wwwroot/explorer:
// index.html (a template the host fills in), app.js and app.css. Nothing is fetched at run time.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const output = join(here, '..', 'PolityGraph.Api', 'wwwroot', 'explorer');

rmSync(output, { recursive: true, force: true });
mkdirSync(output, { recursive: true });
await build({
  entryPoints: { app: join(here, 'src', 'main.tsx') },
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2020'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  outdir: output,
  legalComments: 'none',
  logLevel: 'warning',
});
copyFileSync(join(here, 'public', 'index.html'), join(output, 'index.html'));
const size = (name) => `${name} ${(statSync(join(output, name)).size / 1024).toFixed(1)} KiB`;
console.log(`Explorer build: ${size('app.js')}, ${size('app.css')} in ${output}`);
