// Usage: node bench-explorer.mjs <API base url> <person id> <runs> <search term>...
// Timings for `make bench-explorer` (tests/benchmarks/Explorer), in headless Chromium: figures, not a test.
//   person page, opened by URL: navigation start to the page drawn (posts, timeline and network on screen);
//   person page, from a link:   click on a person link inside the app to the new person's posts on screen;
//   search as you type:         last keystroke to the results for the whole term on screen (the app waits
//                               120 ms after the last keystroke before it asks, so that is included).
// Prints {"measurement": [ms, ...], ...}.
import { chromium } from 'playwright-core';

const [base, personId, runsText, ...terms] = process.argv.slice(2);
const runs = Number(runsText);
const warmup = 3;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.setDefaultTimeout(120000);
const results = { 'person page, opened by URL': [], 'person page, from a link in the app': [], 'search as you type (last keystroke to results)': [] };
const drawn = () => page.waitForFunction(() => document.querySelector('#posts-h') && document.querySelector('#alongside-h'));

for (let i = 0; i < warmup + runs; i++) {
  const started = Date.now();
  await page.goto(`${base}/explore/person/${personId}`);
  await drawn();
  if (i >= warmup) results['person page, opened by URL'].push(Date.now() - started);

  // Another person, reached by a link in the page (the people served alongside).
  const other = await page.$('ul.alongside a');
  const target = other && await other.getAttribute('href');
  if (target) {
    const clicked = Date.now();
    await other.click();
    await page.waitForFunction((t) => location.pathname === t && document.querySelector('#posts-h') && document.querySelector('#alongside-h'), target);
    if (i >= warmup) results['person page, from a link in the app'].push(Date.now() - clicked);
  }
}

await page.goto(`${base}/explore/search`);
for (let i = 0; i < warmup + runs; i++) {
  const term = terms[i % terms.length];
  await page.fill('#q', '');
  await page.waitForFunction(() => !document.querySelector('[data-results-for]'));
  await page.type('#q', term.slice(0, -1), { delay: 80 });
  await page.keyboard.type(term.slice(-1));
  const typed = Date.now();
  await page.waitForSelector(`[data-results-for="${term.replace(/"/g, '\\"')}"]`);
  if (i >= warmup) results['search as you type (last keystroke to results)'].push(Date.now() - typed);
}

await browser.close();
for (const key of Object.keys(results)) if (results[key].length === 0) delete results[key];
console.log(JSON.stringify(results));
