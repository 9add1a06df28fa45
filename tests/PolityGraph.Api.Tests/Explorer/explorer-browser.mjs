// Usage: node explorer-browser.mjs <API base url> <screenshot folder>
// Walks the analyst explorer in Debian's headless Chromium as an analyst would, against the real API over
// the seed data: search as you type, every view, links, back and forward, deep links and reloads, not-found,
// the vi/en switch, the API going away and coming back, and axe-core on every view. The browser reaches the
// API through a TCP relay of this script's own, so "the API is down" is a real refused connection (the relay
// stops listening) and "it is back" is the same port answering again. Prints one JSON report of what it saw;
// the xunit test (ExplorerBrowserTests.cs) makes the assertions.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [apiUrl, screenshots] = process.argv.slice(2);
if (!apiUrl || !screenshots) {
  console.error('usage: node explorer-browser.mjs <API base url> <screenshot folder>');
  process.exit(2);
}
mkdirSync(screenshots, { recursive: true });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// --- a TCP relay to the API that can be switched off and on at the same port -----------------------------
const api = new URL(apiUrl);
const sockets = new Set();
let relay;
const listen = (port) => new Promise((resolve, reject) => {
  relay = net.createServer((client) => {
    const upstream = net.connect(Number(api.port), api.hostname);
    for (const s of [client, upstream]) { sockets.add(s); s.on('close', () => sockets.delete(s)); s.on('error', () => {}); }
    client.pipe(upstream).pipe(client);
  });
  relay.once('error', reject);
  relay.listen(port, '127.0.0.1', () => resolve(relay.address().port));
});
const stopRelay = () => new Promise((resolve) => { relay.close(() => resolve()); for (const s of sockets) s.destroy(); });
const port = await listen(0);
const origin = `http://127.0.0.1:${port}`;

const report = {
  ok: false, step: 'launch', error: null, views: {}, axe: {}, consoleErrors: [], pageErrors: [], externalRequests: [],
};

const userDataDir = mkdtempSync(join(tmpdir(), 'polity-graph-explorer-'));
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(60000);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    report.externalRequests.push(url);
    return route.abort();
  });
  page.on('console', (m) => { if (m.type() === 'error') report.consoleErrors.push(`${page.url()}: ${m.text()}`); });
  page.on('pageerror', (e) => report.pageErrors.push(`${page.url()}: ${e}`));

  const path = () => decodeURIComponent(new URL(page.url()).pathname + new URL(page.url()).search);
  const texts = (selector) => page.$$eval(selector, (els) => els.map((e) => e.textContent.trim()));
  const hrefs = (selector) => page.$$eval(selector, (els) => els.map((e) => e.getAttribute('href')));
  const heading = () => page.textContent('main h1');
  const shot = (name) => page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  const ready = () => page.waitForFunction(() => !document.querySelector('main .status[role=status]') && !!document.querySelector('main h1'));
  const axe = async (name) => {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource); // DevTools evaluation: the page's CSP stays on for the app
    const result = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    report.axe[name] = result;
  };

  // Search, typed key by key into the header's box (diacritics left out, as analysts type).
  report.step = 'home';
  await page.goto(`${origin}/explore`, { waitUntil: 'load' });
  await page.waitForSelector('main h1');
  await page.keyboard.press('Tab');
  report.views.home = { heading: await heading(), firstTab: await page.evaluate(() => document.activeElement?.textContent) };
  await page.waitForSelector('main li a[href^="/explore/source/"]');
  await shot('home');
  await axe('home');

  report.step = 'search as you type';
  const searches = {};
  for (const term of ['bi thu thanh uy', '15-NQ/TW', 'dinh tien dung']) {
    await page.fill('#q', '');
    await page.type('#q', term, { delay: 40 });
    await page.waitForSelector(`[data-results-for="${term}"]`);
    searches[term] = { url: path(), links: await hrefs('.results a') };
  }
  report.views.search = { searches, heading: await heading() };
  await shot('search');
  await axe('search');

  report.step = 'person from a search result (keyboard)';
  await page.focus('.results a[href="/explore/person/person:dinh-tien-dung"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Đinh Tiến Dũng');
  await page.waitForSelector('.network svg');
  report.views.person = {
    url: path(),
    heading: await heading(),
    posts: await texts('#posts-h + ol > li > a:first-child'),
    timelineRows: await page.$$eval('.timeline g[data-row]', (gs) => gs.map((g) => g.getAttribute('data-row'))),
    attestedMarks: await page.$$eval('.timeline circle.attested', (c) => c.length),
    openEnds: await page.$$eval('.timeline line.open', (l) => l.length),
    eventMarks: await page.$$eval('.timeline .event-mark', (l) => l.length),
    quotes: await texts('#posts-h + ol blockquote'),
    quoteSources: await hrefs('#posts-h + ol cite a'),
    participations: await texts('#participations-h + ol > li'),
    alongside: await texts('ul.alongside > li > a'),
    networkNodes: await page.$$eval('.network g.clickable', (g) => g.length),
  };
  await shot('person');
  await axe('person');

  report.step = 'back and forward';
  await page.goBack();
  await page.waitForSelector('[data-results-for="dinh tien dung"]');
  report.views.back = { url: path(), box: await page.inputValue('#q') };
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Đinh Tiến Dũng');
  report.views.forward = { url: path() };

  report.step = 'position';
  await page.click('#posts-h + ol a[href="/explore/position/position:secretary-hanoi-party-committee"]');
  await page.waitForSelector('ol.succession');
  report.views.position = {
    url: path(), heading: await heading(), english: await page.textContent('.en-title'),
    holders: await texts('ol.succession > li > a:first-child'),
    quotes: await page.$$eval('ol.succession blockquote', (b) => b.length),
  };
  await shot('position');
  await axe('position');

  report.step = 'body on a date (deep link, then the date control)';
  await page.goto(`${origin}/explore/body/body:hanoi-party-committee?on=2022-04-12`);
  await page.waitForSelector('table.members');
  const members = () => page.$$eval('table.members tbody tr', (rows) => rows.map((r) => r.querySelector('td:nth-child(2)').textContent.trim()));
  report.views.body = { heading: await heading(), on: await page.inputValue('#on'), members: await members(),
    parent: await hrefs('main p a[href^="/explore/body/"]'), children: await hrefs('#children-h + ul a'),
    issued: await hrefs('#issued-h + ul a'), hosted: await hrefs('#hosted-h + ul a') };
  await shot('body');
  await axe('body');
  await page.fill('#on', '2020-08-04');
  await page.waitForFunction(() => location.search.includes('on=2020-08-04') && !document.querySelector('main .status'));
  await page.waitForSelector('table.members');
  report.views.bodyChanged = { url: path(), members: await members() };
  await page.reload();
  await page.waitForSelector('table.members');
  report.views.bodyReloaded = { url: path(), on: await page.inputValue('#on'), members: await members() };

  report.step = 'resolution';
  await page.goto(`${origin}/explore/resolution/resolution:28-nq-tw-2022`);
  await ready();
  report.views.resolution = { heading: await heading(), facts: await texts('dl.facts-table dd'),
    discussedAt: await hrefs('#discussed-h + ul > li > a'), onIt: await texts('#discussed-h + ul li li > a') };
  await shot('resolution');
  await axe('resolution');

  report.step = 'event';
  await page.goto(`${origin}/explore/event/event:2023-01-11-hanoi-party-committee-xvii-plenum-11`);
  await ready();
  const roles = {};
  for (const role of ['CHAIRED', 'PRESENTED', 'SPOKE']) roles[role] = await texts(`.role-group[data-role=${role}] li.fact > a:first-child`);
  report.views.event = { heading: await heading(), roles, hosts: await hrefs('dl.facts-table a'),
    spokeOn: await texts('.role-group[data-role=SPOKE] li.fact') };
  await shot('event');
  await axe('event');

  report.step = 'source';
  // The source page asks for its facts in one request (Source.tenures, Source.participations), not a scan of everyone.
  let sourceRequests = 0;
  const countRequest = (request) => { if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') sourceRequests += 1; };
  page.on('request', countRequest);
  await page.goto(`${origin}/explore/source/source:hanoi-working-session-central-6`);
  await page.waitForSelector('.article[data-marks]');
  await page.waitForLoadState('networkidle');
  page.off('request', countRequest);
  const marks = await page.$$eval('.article a.mark-link', (as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
  report.views.source = { heading: await heading(), markCount: await page.$$eval('.article mark', (m) => m.length),
    marks, facts: await texts('ol.citations li.cited-fact'), graphqlRequests: sourceRequests };
  await shot('source');
  await axe('source');
  const markToFact = marks.find((m) => m.href.startsWith('/explore/person/'));
  if (markToFact) {
    await page.click(`.article a.mark-link[href="${markToFact.href}"]`);
    await page.waitForSelector('li.fact.targeted');
    report.views.sourceFollowed = { url: path() + new URL(page.url()).hash, targeted: await page.getAttribute('li.fact.targeted', 'id') };
  }

  report.step = 'connections';
  await page.goto(`${origin}/explore/path?from=person:dinh-tien-dung&to=person:truong-thi-mai`);
  await page.waitForSelector('ol.steps');
  report.views.path = { heading: await page.textContent('#chain-h'), steps: await page.$$eval('ol.steps li', (ls) => ls.map((l) => l.getAttribute('data-relationship'))),
    links: await hrefs('ol.steps a'), boxes: await page.$$eval('.pathgraph g[data-node]', (g) => g.map((n) => n.getAttribute('data-node'))) };
  await shot('path');
  await axe('path');
  // The form, typed as an analyst would: names, picked by search.
  await page.goto(`${origin}/explore/path`);
  await page.fill('#path-from', 'hoang trung hai');
  await page.fill('#path-to', 'person:truong-thi-mai');
  await page.click('.path-form button[type=submit]');
  await page.waitForSelector('ol.steps');
  report.views.pathForm = { url: path(), steps: await page.$$eval('ol.steps li', (ls) => ls.length) };

  report.step = 'not found';
  await page.goto(`${origin}/explore/person/person:nobody-by-this-id`);
  await page.waitForSelector('main [role=alert]');
  report.views.notFound = { heading: await heading(), alert: await page.textContent('main [role=alert]'), title: await page.title() };
  await shot('not-found');
  await axe('not-found');
  await page.goto(`${origin}/explore/no/such/view`);
  await page.waitForSelector('main [role=alert]');
  report.views.unknownView = { heading: await heading(), alert: await page.textContent('main [role=alert]') };

  report.step = 'language switch';
  await page.goto(`${origin}/explore/person/person:dinh-tien-dung`);
  await page.waitForSelector('#posts-h');
  await page.click('.lang button[lang=en]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const english = { postsHeading: await page.textContent('#posts-h'), pressed: await page.getAttribute('.lang button[lang=en]', 'aria-pressed') };
  await page.reload();
  await page.waitForSelector('#posts-h');
  english.afterReload = await page.textContent('#posts-h');
  english.gloss = await texts('#posts-h + ol .en');
  await shot('person-en');
  await axe('person-en');
  await page.click('.lang button[lang=vi]');
  await page.waitForFunction(() => document.documentElement.lang === 'vi');
  english.backToVietnamese = await page.textContent('#posts-h');
  report.views.language = english;

  report.step = 'API down, then back';
  await stopRelay();
  await page.click('#posts-h + ol a[href="/explore/position/position:member-politburo"]');
  await page.waitForSelector('[data-testid=api-down]');
  const down = { url: path(), message: await page.textContent('[data-testid=api-down]'), shellStillThere: await page.isVisible('#q') };
  await shot('api-down');
  await axe('api-down');
  await page.waitForTimeout(3000); // a retry or two fails while the port refuses connections
  down.stillDownAfterRetries = await page.isVisible('[data-testid=api-down]');
  await listen(port);
  await page.waitForSelector('ol.succession', { timeout: 30000 });
  down.recovered = { heading: await heading(), holders: await texts('ol.succession > li > a:first-child'), alertGone: !(await page.isVisible('[data-testid=api-down]')) };
  report.views.apiDown = down;

  report.step = 'done';
  report.ok = true;
} catch (error) {
  report.error = String(error && error.stack || error);
} finally {
  if (context) await context.close().catch(() => {});
  await stopRelay().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
}
console.log(JSON.stringify(report, null, 2));
