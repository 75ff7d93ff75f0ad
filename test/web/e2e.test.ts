// End to end in headless Chromium: the demo record in the browser — events, dossier, claim → sentence, linked
// filters, actors, search, adding a report, and a hostile report that must stay text. Screenshots go to docs/screenshots.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { ingestPaths } from '../../src/app/ingest.ts';
import { startServer, type RunningServer } from '../../src/cli/serve.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { ensureWebBuilt, HAVE_CHROMIUM, launch } from './harness.ts';

const DEMO = fileURLToPath(new URL('../../src/demo/reports/', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const skip = HAVE_CHROMIUM ? false : 'needs Debian chromium at /usr/bin/chromium (apt-get install chromium)';

let store: Store;
let server: RunningServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const problems: string[] = [];

before(async () => {
  if (skip) return;
  ensureWebBuilt();
  store = await openStore({ dbPath: 'memory://' });
  await ingestPaths(store, [DEMO], {});
  server = await startServer(store, '127.0.0.1', 0);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.setDefaultTimeout(15_000);
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

const shot = (name: string) => page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
const count = async (sel: string) => Number(await page.getAttribute(sel, 'data-count'));
const rows = () => page.locator('#events-table tbody tr').count();

test('the events page shows every event in the table, the timeline and the map', { skip }, async () => {
  const events = await store.listEvents({ limit: 1000 });
  await page.goto(server.url + '/');
  await page.waitForSelector('#map[data-ready]');
  assert.equal(await rows(), events.length);
  assert.equal(await count('#timeline'), events.length);
  assert.equal(await count('#map'), events.filter((e) => e.place?.lat != null).length);
  assert.match(await page.textContent('#event-count') ?? '', new RegExp(`^${events.length} of ${events.length} events`));
  await page.waitForSelector('#tallies');
  await page.waitForTimeout(400); // let the map finish drawing for the screenshot
  await shot('events');
});

test('opening an event shows its claims, sources and contradictions', { skip }, async () => {
  const disputed = (await store.listEvents({ limit: 1000 })).find((e) => e.contradictions.length)!;
  assert.ok(disputed, 'the demo has an event whose reports disagree');
  await page.goto(server.url + '/');
  await page.click(`#events-table tr[data-id="${disputed.id}"] td:nth-child(3)`);
  await page.waitForSelector('#claims');
  assert.equal(new URL(page.url()).pathname, `/event/${disputed.id}`);
  assert.equal(await page.locator('#claims > li').count(), disputed.sources.length);
  assert.ok(await page.locator('.contradiction .value-card').count() >= 2, 'values side by side');
  await shot('dossier');
});

test('a claim leads to its sentence, highlighted in the report', { skip }, async () => {
  const claim = page.locator('#claims > li').first();
  const sentence = (await claim.locator('blockquote').textContent())!.trim();
  await claim.getByText('show in report').click();
  await page.waitForSelector('#highlight');
  assert.match(new URL(page.url()).pathname, /^\/doc\/doc_/);
  const marked = (await page.locator('#doc-text .hl').allTextContents()).join('').replace(/\s+/g, ' ').trim();
  assert.ok(marked.length > 0 && sentence.includes(marked.slice(0, 40)), `highlight "${marked}" is in the claim's sentence "${sentence}"`);
  assert.ok(await page.locator('#highlight').isVisible());
  // a highlighted layer is clickable and explains itself
  await page.locator('#doc-text .l-mentions').first().click();
  await page.waitForSelector('#details .item');
  await shot('document');
});

test('filtering by category and by the map area: the timeline and the table follow', { skip }, async () => {
  const events = await store.listEvents({ limit: 1000 });
  await page.goto(server.url + '/');
  await page.waitForSelector('#map[data-ready]');
  await page.selectOption('#filters select[name=category]', 'ASSAULT');
  const assaults = events.filter((e) => e.event === 'ASSAULT');
  await page.waitForFunction((n) => document.querySelector('#timeline')?.getAttribute('data-count') === String(n), assaults.length);
  assert.equal(await rows(), assaults.length);
  assert.equal(await count('#map'), assaults.filter((e) => e.place?.lat != null).length);
  assert.match(page.url(), /[?&]category=ASSAULT/);

  // a shared link with a map area: the map fits it, the timeline shows only the events inside
  const bbox = [-110, -5, -80, 20]; // the eastern Pacific
  const inside = events.filter((e) => e.place?.lat != null && e.place.lon! >= bbox[0] && e.place.lon! <= bbox[2] && e.place.lat! >= bbox[1] && e.place.lat! <= bbox[3]);
  assert.ok(inside.length > 0);
  await page.goto(`${server.url}/?bbox=${bbox.join(',')}`);
  await page.waitForSelector('#map[data-ready]');
  await page.waitForFunction(() => (document.querySelector('#map-area') as HTMLInputElement | null)?.checked === true);
  const shown = await count('#timeline');
  assert.ok(shown >= inside.length && shown < events.length, `timeline shows ${shown} events in the map view`);
  assert.equal(await rows(), shown);
  await page.uncheck('#map-area');
  await page.waitForFunction((n) => document.querySelector('#timeline')?.getAttribute('data-count') === String(n), events.length);
  assert.doesNotMatch(page.url(), /bbox=/);
});

test('the actor graph links through to the events', { skip }, async () => {
  await page.goto(server.url + '/actors');
  await page.waitForSelector('#graph .node');
  await shot('actors');
  await page.locator('#graph .node').first().click();
  await page.waitForSelector('#events-table tbody tr');
  assert.match(page.url(), /[?&]actor=/);
});

test('search finds reports and events with highlighted words', { skip }, async () => {
  await page.goto(server.url + '/search?q=tanker');
  await page.waitForSelector('#results .hit');
  assert.ok(await page.locator('#results mark').count() > 0);
  await shot('search');
});

test('a pasted report shows its new events within a second', { skip }, async () => {
  await page.goto(server.url + '/add');
  await page.fill('#add-text', 'Colombian police arrested eleven men in Cartagena on Monday after a raid on a warehouse, the national police said on Tuesday. ' +
    'Officers seized two speedboats and a large load of fuel at the site.');
  await page.fill('input[name=outlet]', 'Test Wire');
  await page.fill('input[name=title]', 'Raid in Cartagena');
  await page.fill('input[name=published]', '2025-11-18');
  const t0 = Date.now();
  await page.click('#add-form button[type=submit]');
  await page.waitForSelector('#new-events li');
  const ms = Date.now() - t0;
  if (process.env.SITREP_BENCH_LOG) process.stderr.write(`add a report → events listed: ${ms} ms\n`);
  assert.ok(ms < 1500, `new events listed after ${ms} ms`);
  assert.match((await page.textContent('#new-events')) ?? '', /COERCE/);
  await shot('add');
});

test('a hostile report renders as text: no script runs, no element is injected', { skip }, async () => {
  const scriptsBefore = await page.evaluate(() => document.scripts.length);
  await page.goto(server.url + '/add');
  const hostile =
    'Officials said the strike hit a boat. <script>window.__pwned = 1; alert("script")</script> ' +
    'A witness posted <img src=x onerror="window.__pwned = 2; alert(\'img\')"> and a link <a href="javascript:alert(\'link\')">click here</a>. ' +
    'See [the source](javascript:alert(1)) too.';
  // uploaded as .txt: kept verbatim (pasted text is sniffed as Markdown, whose ingest drops inline HTML)
  await page.setInputFiles('#add-form input[type=file]', { name: 'hostile.txt', mimeType: 'text/plain', buffer: Buffer.from(hostile) });
  await page.fill('input[name=title]', '<b onmouseover="alert(4)">Bold</b> title');
  await page.fill('input[name=published]', '2025-11-20');
  await page.click('#add-form button[type=submit]');
  await page.waitForSelector('#add-result a[href^="/doc/"]');
  await page.click('#add-result a[href^="/doc/"]');
  await page.waitForSelector('#doc-text');
  const text = (await page.textContent('#doc-text')) ?? '';
  assert.ok(text.includes('<script>window.__pwned = 1; alert("script")</script>'), 'the script tag is shown as text');
  assert.ok(text.includes('onerror='), 'the onerror attribute is shown as text');
  assert.ok(text.includes('javascript:'), 'the javascript: link is shown as text');
  assert.ok((await page.textContent('h1'))!.includes('<b onmouseover'), 'the title is text too');
  assert.equal(await page.locator('#doc-text img, #doc-text script, #doc-text a, h1 b').count(), 0);
  assert.equal(await page.locator('a[href^="javascript:"], [onerror], [onmouseover]').count(), 0);
  assert.equal(await page.evaluate(() => document.scripts.length), scriptsBefore);
  // the events page and search show the same text safely
  await page.goto(server.url + '/search?q=pwned');
  await page.waitForSelector('#results');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.deepEqual(dialogs, [], 'no dialog opened');
});

test('no script errors or CSP violations along the way', { skip }, () => {
  assert.deepEqual(problems.filter((p) => !/GL Driver|WebGL/.test(p)), []);
});
