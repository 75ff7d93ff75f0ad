// Store and worker benchmarks: ingest + resolve on PostgreSQL with 1..n workers and on PGlite, CLI cold start, watch memory.
// Run: npx tsx bench/ingest.ts pg [N] [workers...] [--no-resolve] [--dense] | pglite [N] [--dense] | coldstart [store] | watch [hours]
// --no-resolve: workers only annotate and store (a backfill); the one resolution at the end is timed on its own.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestString, type IngestResult } from '../src/ingest/index.ts';
import { openStore } from '../src/store/index.ts';
import { openQueue, type IngestJobData } from '../src/store/queue.ts';
import { ingestOne, isStored } from '../src/app/ingest.ts';
import { resolveIfStale, resolveLocked } from '../src/app/resolve-incremental.ts';
import { runWorker } from '../src/app/worker.ts';
import { watchLoop } from '../src/ingest/watch.ts';
import { pgSandbox } from '../test/reliability/pg.ts';
import { generateCorpus, generateReports } from './corpus.ts';

const args = process.argv.slice(2);
const resolveAsYouGo = !args.includes('--no-resolve');
const [mode = 'pg', ...rest] = args.filter((a) => !a.startsWith('--'));
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;

/**
 * The generated newsroom-like corpus (`generateReports`: ~300 words, ~7 mentions per report, a year of happenings
 * told ~3 times each) as ingested documents, as `sitrep ingest` would read them from files.
 * `--dense` uses the older corpus (600 words, ~48 mentions per report) instead.
 */
function inputs(n: number): IngestResult[] {
  const now = new Date('2026-01-01T00:00:00Z');
  if (args.includes('--dense')) return generateCorpus(n).map((c) => ingestString(c.text, `${c.id}.txt`, { published: c.published, now }, 'text'));
  return generateReports(n).map((c) => ingestString(c.text, `${c.id}.txt`, { published: c.published, outlet: c.outlet, now }, 'text'));
}

/** One worker process: drains the queue, prints its totals and peak RSS as JSON. */
async function child(): Promise<void> {
  const url = process.env.DATABASE_URL!;
  const store = await openStore({ url, poolSize: 6, asyncCommit: true }); // as `sitrep worker` opens it
  const queue = await openQueue({ url, supervise: true });
  const resolve = process.env.BENCH_RESOLVE !== '0';
  const totals = await runWorker({ store, queue, concurrency: 2, batchSize: 8, idleMs: 200, debounceMs: 2000, drain: true, resolve, onError: (e) => console.error(e) });
  await queue.close();
  await store.close();
  console.log(JSON.stringify({ ...totals, peakRss: peakRss() }));
}

async function postgres(n: number, workerCounts: number[]): Promise<void> {
  const docs = inputs(n).flatMap((r) => (r.ok ? [{ meta: r.input.meta, text: r.input.text, warnings: r.input.warnings } as IngestJobData] : []));
  console.log(`corpus: ${docs.length} generated reports (${args.includes('--dense') ? 'dense, ~600 words' : '~300 words, ~7 mentions'}), PostgreSQL ${process.env.TEST_DATABASE_URL ?? '127.0.0.1:5432'}`);
  console.log(resolveAsYouGo ? 'workers resolve as documents arrive (debounced, under the lock)' : 'workers only store (--no-resolve); one resolution afterwards');
  console.log('| workers | articles/s (workers) | wall s | resolutions in workers | resolving s in workers | left to resolve after, s | articles/s incl. that | peak RSS per worker | one full resolution, s |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const w of workerCounts) {
    const box = await pgSandbox('bench');
    try {
      const store = await openStore({ url: box.url });
      const queue = await openQueue({ url: box.url, schema: box.queueSchema });
      const t0 = performance.now();
      await queue.enqueue(docs);
      const enqueueS = (performance.now() - t0) / 1000;
      await queue.close();
      const t1 = performance.now();
      const results = await Promise.all(
        Array.from({ length: w }, () =>
          new Promise<{ stored: number; resolutions: number; resolveMs: number; peakRss: number }>((res, rej) => {
            const env = { ...box.env, BENCH_RESOLVE: resolveAsYouGo ? '1' : '0' };
            const p = spawn(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, 'child'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
            let out = '';
            p.stdout.on('data', (c: Buffer) => (out += c.toString()));
            p.on('exit', (code) => (code === 0 ? res(JSON.parse(out.trim().split('\n').at(-1)!)) : rej(new Error(`worker exited ${code}`))));
          }),
        ),
      );
      const wall = (performance.now() - t1) / 1000;
      const t2 = performance.now();
      await resolveLocked(store); // what is left to resolve when the workers are done (everything after a backfill)
      const resolveMs = performance.now() - t2;
      const t3 = performance.now();
      await resolveIfStale(store, { full: true }); // for scale: one resolution of everything on this store
      const fullMs = performance.now() - t3;
      const stored = results.reduce((s, r) => s + r.stored, 0);
      const counts = await store.counts();
      if (counts.documents !== docs.length) throw new Error(`stored ${counts.documents} of ${docs.length}`);
      const inWorkers = results.reduce((s, r) => s + r.resolveMs, 0) / 1000;
      console.log(
        `| ${w} | ${(stored / wall).toFixed(1)} | ${wall.toFixed(1)} | ${results.reduce((s, r) => s + r.resolutions, 0)} | ${inWorkers.toFixed(1)} | ` +
          `${(resolveMs / 1000).toFixed(1)} | ${(stored / (wall + resolveMs / 1000)).toFixed(1)} | ` +
          `${mb(Math.max(...results.map((r) => r.peakRss)))} | ${(fullMs / 1000).toFixed(1)} |  (enqueue ${(docs.length / enqueueS).toFixed(0)} jobs/s; ${counts.events} events)`,
      );
      await store.close();
    } finally {
      await box.drop();
    }
  }
}

async function pglite(n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  try {
    const results = inputs(n);
    const store = await openStore({ dbPath: join(dir, 'db') });
    const t0 = performance.now();
    let done = 0;
    for (const r of results) {
      await ingestOne(store, r);
      if (++done % 10_000 === 0) console.log(`  ${done} stored in ${((performance.now() - t0) / 1000).toFixed(0)} s (${(done / ((performance.now() - t0) / 1000)).toFixed(1)}/s), RSS ${mb(process.memoryUsage().rss)}`);
    }
    const ingestS = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    await resolveLocked(store);
    const resolveS = (performance.now() - t1) / 1000;
    const counts = await store.counts();
    await store.close();
    console.log(`PGlite file store, ${n} generated reports, one process (what \`sitrep ingest\` does):`);
    console.log(`ingest ${(n / ingestS).toFixed(1)} articles/s (${ingestS.toFixed(1)} s), resolve ${resolveS.toFixed(1)} s → ${counts.events} events; ` +
      `overall ${(n / (ingestS + resolveS)).toFixed(1)} articles/s; peak RSS ${mb(peakRss())}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Wall time of `sitrep events` on an existing store, and of what it is made of. */
function coldStart(dbPath?: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cold-'));
  const db = dbPath ?? join(dir, 'db');
  const bin = new URL('../bin/sitrep.js', import.meta.url).pathname;
  const env = { ...process.env, DATABASE_URL: '' };
  if (!dbPath) spawnSync(process.execPath, [bin, '--db', db, '-q', 'demo', '--keep'], { env });
  const time = (args: string[]) => {
    const ms: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      ms.push(performance.now() - t);
    }
    return ms.sort((a, b) => a - b)[2].toFixed(0);
  };
  console.log('| what | median of 5, ms |');
  console.log('|---|---|');
  console.log(`| node -e "" | ${time(['-e', ''])} |`);
  console.log(`| sitrep --help (compiled lib/ when current, else tsx; commander) | ${time([bin, '--help'])} |`);
  console.log(`| open the store only | ${time(['--import', 'tsx', '-e', `const {openStore}=await import(${JSON.stringify(new URL('../src/store/index.ts', import.meta.url).pathname)}); const s=await openStore({dbPath:${JSON.stringify(db)}}); await s.close();`])} |`);
  console.log(`| sitrep events | ${time([bin, '--db', db, 'events'])} |`);
  rmSync(dir, { recursive: true, force: true });
}

/** A simulated watch: `hours` of rounds every 30 s with no real waiting; a folder and a feed that change now and then. */
async function watchMemory(hours: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-watch-'));
  const corpus = generateCorpus(400, 7);
  let feedVersion = 0;
  const server = createServer((req, res) => {
    const etag = `"v${feedVersion}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
    const items = corpus.slice(feedVersion * 5, feedVersion * 5 + 20).map((c) => `<item><guid>${c.id}</guid><title>${c.id}</title><description>${c.text}</description></item>`);
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(`<rss version="2.0"><channel><title>Bench wire</title>${items.join('')}</channel></rss>`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const feed = `http://127.0.0.1:${(server.address() as { port: number }).port}/feed.xml`;
  const store = await openStore({ dbPath: 'memory://' });
  const rounds = Math.round((hours * 3600) / 30);
  const heap: number[] = [];
  let file = 0;
  const totals = await watchLoop({
    sources: [dir, feed],
    intervalMs: 30_000,
    rounds,
    sleep: async () => {},
    handle: async (r) => (await ingestOne(store, r)).status,
    isKnown: (id) => isStored(store, id),
    afterRound: async (s) => {
      if (s.stored) await resolveLocked(store);
      if (s.round % 10 === 0) writeFileSync(join(dir, `new-${file}.txt`), corpus[200 + (file++ % 200)].text); // a file every 5 min
      if (s.round % 60 === 0) feedVersion++; // the feed changes every 30 min
      if (s.round % (rounds / 6) === 0) {
        globalThis.gc?.();
        heap.push(process.memoryUsage().heapUsed);
      }
    },
  });
  server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`${rounds} rounds (${hours} h at 30 s) in fast time: ${totals.stored} stored, ${totals.known} known, ${totals.unchanged} unchanged`);
  console.log(`heap after GC at each sixth: ${heap.map(mb).join(', ')}; peak RSS ${mb(peakRss())}${globalThis.gc ? '' : ' (run with --expose-gc for after-GC numbers)'}`);
}

if (mode === 'child') await child();
else if (mode === 'pg') await postgres(Number(rest[0] ?? 2000), rest.length > 1 ? rest.slice(1).map(Number) : [1, 2, 4]);
else if (mode === 'pglite') await pglite(Number(rest[0] ?? 1000));
else if (mode === 'coldstart') coldStart(rest[0]);
else if (mode === 'watch') await watchMemory(Number(rest[0] ?? 1));
else throw new Error(`unknown mode ${mode}: pg | pglite | coldstart | watch`);
