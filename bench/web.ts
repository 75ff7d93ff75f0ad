// Web app at scale: 10,000 events stored directly (replaceEvents), then the events page in headless Chromium.
// Run: npx tsx bench/web.ts [events] [runs]. Reports time to an interactive events page, filter latency, map idle.
import { openStore } from '../src/store/index.ts';
import { benchEvents as events } from './web-events.ts';
import { startServer } from '../src/cli/serve.ts';
import { ensureWebBuilt, HAVE_CHROMIUM, launch } from '../test/web/harness.ts';

const n = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  if (!HAVE_CHROMIUM) throw new Error('needs Debian chromium at /usr/bin/chromium');
  ensureWebBuilt();
  const store = await openStore({ dbPath: 'memory://' });
  await store.replaceEvents(events(n));
  const server = await startServer(store, '127.0.0.1', 0);
  const browser = await launch();
  const t0 = performance.now();
  const payload = await (await fetch(`${server.url}/api/export?format=geojson&unlocated=true`)).text();
  const apiMs = performance.now() - t0;
  const rows: { ready: number; clickable: number; filter: number; mapIdle: number; filterIdle: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    const start = performance.now();
    await page.goto(server.url + '/');
    await page.waitForSelector('#app[data-ready=events]');
    const ready = await page.evaluate(() => performance.getEntriesByName('sitrep:events-ready')[0].startTime);
    if (process.env.BENCH_DETAIL)
      console.log(await page.evaluate(() => JSON.stringify(performance.getEntriesByType('resource').map((r) => [r.name.replace(location.origin, '').slice(0, 40), Math.round(r.startTime), Math.round((r as PerformanceResourceTiming).responseStart), Math.round((r as PerformanceResourceTiming).responseEnd)]))));
    // interactive: the page answers a filter change (timeline, map and table follow)
    const f0 = performance.now();
    await page.selectOption('#filters select[name=category]', 'ASSAULT');
    await page.waitForFunction(() => /^\d+ of/.test(document.querySelector('#event-count')?.textContent ?? '') && /category=ASSAULT/.test(location.search));
    const filter = performance.now() - f0;
    const clickable = performance.now() - start;
    await page.waitForFunction(() => performance.getEntriesByName('sitrep:map-idle').length > 0, null, { timeout: 60_000 });
    const mapIdle = await page.evaluate(() => performance.getEntriesByName('sitrep:map-idle')[0].startTime);
    const g0 = performance.now();
    await page.selectOption('#filters select[name=category]', 'COERCE');
    await page.waitForFunction(() => /category=COERCE/.test(location.search));
    const filterIdle = performance.now() - g0;
    rows.push({ ready, clickable, filter, mapIdle, filterIdle });
    await page.close();
  }
  console.log(`${n} events · /api/export?format=geojson: ${(payload.length / 1e6).toFixed(1)} MB in ${apiMs.toFixed(0)} ms (cold)`);
  const cols = ['ready', 'clickable', 'filter', 'mapIdle', 'filterIdle'] as const;
  console.log('| run | events page ready (ms from navigation) | goto → first filter applied (ms) | first filter, map loading (ms) | map idle (ms from navigation) | filter, map idle (ms) |');
  console.log('|---|---|---|---|---|---|');
  rows.forEach((r, i) => console.log(`| ${i + 1} | ${cols.map((c) => r[c].toFixed(0)).join(' | ')} |`));
  console.log(`| median | ${cols.map((c) => median(rows.map((r) => r[c])).toFixed(0)).join(' | ')} |`);
  await browser.close();
  await server.close();
  await store.close();
}

await main();
