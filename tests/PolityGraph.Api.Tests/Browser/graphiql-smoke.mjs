// Usage: node graphiql-smoke.mjs <page url> <screenshot path>
// Opens GraphiQL in Debian's headless Chromium the way a person would: waits for the IDE, reads the
// example query, clicks the run button, waits for the result pane, opens the documentation explorer
// (which needs introspection to have worked) and saves a screenshot. Prints one JSON report; the
// xunit test (GraphiQLBrowserTests.cs) makes the assertions, so a failure shows everything seen.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const [pageUrl, screenshotPath] = process.argv.slice(2);
if (!pageUrl || !screenshotPath) {
  console.error('usage: node graphiql-smoke.mjs <page url> <screenshot path>');
  process.exit(2);
}

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const userDataDir = mkdtempSync(join(tmpdir(), 'polity-graph-chromium-'));
const report = {
  ok: false, step: 'launch', query: null, result: null, docs: null,
  consoleErrors: [], pageErrors: [], externalRequests: [],
};

// Reads the text of a GraphiQL 3 editor through CodeMirror 5, which GraphiQL 3 uses.
const editorText = (page, selector) => page.evaluate((sel) => {
  const host = document.querySelector(`${sel} .CodeMirror`);
  return host && host.CodeMirror ? host.CodeMirror.getValue() : null;
}, selector);

let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? await context.newPage();
  const origin = new URL(pageUrl).origin;

  // The IDE must be served whole by our server: any other request is recorded and refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    report.externalRequests.push(url);
    return route.abort();
  });
  page.on('console', (message) => { if (message.type() === 'error') report.consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => report.pageErrors.push(String(error)));

  report.step = 'open page';
  await page.goto(pageUrl, { waitUntil: 'load', timeout: 30000 });

  report.step = 'wait for the query editor';
  await page.waitForFunction(() => {
    const host = document.querySelector('.graphiql-query-editor .CodeMirror');
    return host && host.CodeMirror && host.CodeMirror.getValue().trim().length > 0;
  }, null, { timeout: 30000 });
  report.query = await editorText(page, '.graphiql-query-editor');

  report.step = 'run the query';
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => {
    const host = document.querySelector('.graphiql-response .CodeMirror');
    return host && host.CodeMirror && host.CodeMirror.getValue().includes('"data"');
  }, null, { timeout: 30000 });
  report.result = await editorText(page, '.graphiql-response');

  report.step = 'open the documentation explorer';
  await page.click('button[aria-label="Show Documentation Explorer"]');
  await page.waitForSelector('.graphiql-doc-explorer-root-type, .graphiql-doc-explorer-type-name, .graphiql-doc-explorer-content', { timeout: 30000 });
  // Introspection arrives asynchronously; wait until the explorer lists the root operation types.
  await page.waitForFunction(() => {
    const explorer = document.querySelector('.graphiql-doc-explorer');
    return explorer && /query/i.test(explorer.innerText) && !/loading/i.test(explorer.innerText);
  }, null, { timeout: 30000 });
  report.docs = await page.evaluate(() => document.querySelector('.graphiql-doc-explorer').innerText);

  report.step = 'screenshot';
  mkdirSync(dirname(screenshotPath), { recursive: true });
  await page.screenshot({ path: screenshotPath, fullPage: false });
  report.ok = true;
  report.step = 'done';
} catch (error) {
  report.error = String(error && error.stack || error);
  try {
    const page = context && context.pages()[0];
    if (page) {
      mkdirSync(dirname(screenshotPath), { recursive: true });
      await page.screenshot({ path: screenshotPath.replace(/\.png$/, '.failed.png') });
    }
  } catch { /* the report already says what failed */ }
} finally {
  if (context) await context.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
}

process.stdout.write(JSON.stringify(report, null, 2) + '\n');
