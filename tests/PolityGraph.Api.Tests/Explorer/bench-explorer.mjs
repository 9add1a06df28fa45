// Usage: node bench-explorer.mjs <API base url> <person id> <source id> <runs> <search term>...
// Timings for `make bench-explorer` (tests/benchmarks/Explorer), in headless Chromium: figures, not a test.
//   person page, opened by URL: navigation start to the page drawn (posts, timeline and network on screen);
//   person page, from a link:   click on a person link inside the app to the new person's posts on screen;
//   search as you type:         last keystroke to the results for the whole term on screen (the app waits
//                               120 ms after the last keystroke before it asks, so that is included);
//   source page, opened by URL: navigation start to the article drawn with its quotes marked (one request:
//                               Source.tenures and Source.participations);
//   source page before:         the requests the source page made before those fields existed (the source, then
//                               every person's tenures and participations, 100 people a request), replayed with
//                               fetch one after another as the page sent them; fewer runs, it reads the whole graph;
//   source page now, replayed:  the page's one request today, sent the same way.
// Prints {"measurement": [ms, ...], ...}.
import { chromium } from 'playwright-core';

const [base, personId, sourceId, runsText, ...terms] = process.argv.slice(2);
const runs = Number(runsText);
const warmup = 3;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.setDefaultTimeout(120000);
const results = { 'person page, opened by URL': [], 'person page, from a link in the app': [], 'search as you type (last keystroke to results)': [],
  'source page, opened by URL (1 request)': [], '  of which: navigation start to the answer received': [],
  '  of which: the answer received to the article in the page': [], '  of which: the article in the page to its first paint': [] };
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

// The moment the marked article enters the document, by the page's clock (not after the polling and round trip of waitForSelector).
await page.addInitScript(() => {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('.article[data-marks]')) return;
    observer.disconnect();
    window.__articleDrawnAt = performance.now();
    // The next frame's callbacks run after style and layout of the new content; the task after it, after its paint.
    requestAnimationFrame(() => setTimeout(() => { window.__articlePaintedAt = performance.now(); }, 0));
  }).observe(document, { childList: true, subtree: true });
});
let sourceRequests = 0;
page.on('request', (r) => { if (r.method() === 'POST' && new URL(r.url()).pathname === '/graphql') sourceRequests += 1; });
for (let i = 0; i < warmup + runs; i++) {
  await page.goto('about:blank');
  sourceRequests = 0;
  const started = Date.now();
  await page.goto(`${base}/explore/source/${sourceId}`);
  await page.waitForSelector('.article[data-marks]');
  await page.waitForFunction(() => window.__articlePaintedAt !== undefined);
  // Where the time goes, from the page's own clock: navigation start to the answer's last byte, and from there to drawn.
  const split = await page.evaluate(() => {
    const answer = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === '/graphql').pop();
    return { answered: answer ? answer.responseEnd : NaN, drawn: window.__articleDrawnAt ?? NaN, painted: window.__articlePaintedAt };
  });
  if (i >= warmup) {
    results['source page, opened by URL (1 request)'].push(Date.now() - started);
    results['  of which: navigation start to the answer received'].push(split.answered);
    results['  of which: the answer received to the article in the page'].push(split.drawn - split.answered);
    results['  of which: the article in the page to its first paint'].push(split.painted - split.drawn);
  }
  if (sourceRequests !== 1) throw new Error(`the source page sent ${sourceRequests} requests`);
}

// The source page as it was: the source, then a scan of every person (api/explorer/src/views/Source.tsx before Source.tenures).
const post = async (query, variables) => {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};
const oldScan = `query SourceFacts($after: String) { people(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
  nodes { id name tenures { position { id title titleEn } evidence { quote source { id } } }
    participations { role event { id title } evidence { quote source { id } } } } } }`;
const oldRuns = Math.max(1, Math.min(3, runs));
let oldRequests = 0;
const oldTimes = [];
for (let i = 0; i < 1 + oldRuns; i++) {
  const started = Date.now();
  let requests = 1;
  await post('query Source($id: ID!) { source(id: $id) { id title publisher publishedOn text } }', { id: sourceId });
  for (let after = null, more = true; more; requests++) {
    const page = (await post(oldScan, { after })).people;
    more = page.pageInfo.hasNextPage;
    after = page.pageInfo.endCursor;
  }
  if (i >= 1) oldTimes.push(Date.now() - started);
  oldRequests = requests;
}
results[`source page before, its ${oldRequests} requests replayed in sequence`] = oldTimes;

// The page's one request now, sent the same way, to compare requests with requests (the browser row adds the app's start and drawing).
const newQuery = `query Source($id: ID!) { source(id: $id) { id title publisher publishedOn text
  tenures { person { id name } position { id title titleEn } evidence { quote source { id } } }
  participations { person { id name } role event { id title } evidence { quote source { id } } } } }`;
const newTimes = [];
for (let i = 0; i < warmup + runs; i++) {
  const started = Date.now();
  await post(newQuery, { id: sourceId });
  if (i >= warmup) newTimes.push(Date.now() - started);
}
results['source page now, its 1 request replayed'] = newTimes;

// A search that does not answer (a term with no match on this graph) is reported on stderr; its row keeps what was measured.
try {
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
} catch (error) {
  console.error(`search as you type stopped: ${error.message.split('\n')[0]}`);
}

await browser.close();
for (const key of Object.keys(results)) if (results[key].length === 0) delete results[key];
console.log(JSON.stringify(results));
