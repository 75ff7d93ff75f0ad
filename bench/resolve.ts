// Resolution speed: 100k generated mentions (25k reports × 4) over a year, several categories and seas.
// Blocking by category + week keeps it far from all-pairs. Run: npx tsx bench/resolve.ts [mentions]
import type { DocMeta, Interval, Mention, Place, PloverCategory } from '../src/core/types.ts';
import { resolveEvents, type ResolveInput } from '../src/resolve/resolve.ts';

const total = Number(process.argv[2] ?? 100_000);
const PER_DOC = 4;
const DAY0 = Date.UTC(2025, 0, 1) / 86_400_000;
const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

const SEAS: Place[] = [
  ['Caribbean', 15, -75, 1200, 'sea:caribbean'],
  ['eastern Pacific', 10, -100, 2500, 'sea:eastern-pacific'],
  ['Gulf of Mexico', 25, -90, 800, 'sea:gulf-of-mexico'],
  ['Red Sea', 20, 38, 900, 'sea:red-sea'],
].map(([name, lat, lon, r, gid]) => ({ start: 0, end: 0, text: String(name), name: String(name), kind: 'sea', country: null, lat: Number(lat), lon: Number(lon), radius_km: Number(r), gid: String(gid), by: 'bench' }));
const CATEGORIES: PloverCategory[] = ['ASSAULT', 'ASSAULT', 'COERCE', 'SANCTION', 'ACCUSE', 'MOBILIZE'];

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate(n: number): ResolveInput[] {
  const rand = rng(42);
  const items: ResolveInput[] = [];
  // About 3 reports per happening: happenings are drawn from a pool of ~n/12 (day, sea, category, toll).
  const happenings = Math.max(1, Math.floor(n / 12));
  for (let i = 0; i * PER_DOC < n; i++) {
    const pub = DAY0 + Math.floor(rand() * 365);
    const doc: DocMeta = { id: `doc_${i.toString(16).padStart(8, '0')}`, title: null, outlet: `Outlet ${i % 200}`, url: null, language: 'en', published: `${iso(pub)}T12:00:00Z`, source: null };
    const mentions: Mention[] = [];
    for (let k = 0; k < PER_DOC; k++) {
      const h = Math.floor(rand() * happenings);
      const day = DAY0 + (h % 365);
      const vague = rand() < 0.25;
      const interval: Interval = vague ? { start: iso(day - 6), end: iso(day), granularity: 'open' } : { start: iso(day + (rand() < 0.1 ? 1 : 0)), end: null, granularity: 'day' };
      if (!vague) interval.end = interval.start;
      const toll = (h % 7) + (rand() < 0.05 ? 1 : 0);
      const start = k * 300;
      mentions.push({
        id: `m${k}`, start, end: start + 80, text: `A strike (${h}).`, event: CATEGORIES[h % CATEGORIES.length], mode: null, modality: 'asserted',
        trigger: { start, end: start + 6, text: 'strike' }, actor: { start: 0, end: 0, text: 'US', name: 'United States', code: 'USA', sector: 'GOV', wikidata: null },
        recipient: null, time: null, interval, intervalBy: 'time', place: SEAS[h % SEAS.length], quantities: { killed: { start: 0, end: 0, text: String(toll), value: toll, bound: 'exact' } },
        context: [], tally: rand() < 0.01, corefOf: null, sentence: k,
      });
    }
    items.push({ doc, mentions, claims: [] });
  }
  return items;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const items = generate(total);
  const n = items.reduce((s, it) => s + it.mentions.length, 0);
  resolveEvents(generate(2000)); // warm-up
  const t0 = performance.now();
  const out = resolveEvents(items);
  const ms = performance.now() - t0;
  console.log(`resolved ${n} mentions from ${items.length} reports into ${out.events.length} events in ${(ms / 1000).toFixed(2)} s (${Math.round(n / (ms / 1000))} mentions/s)`);
  const prev = new Map(out.events.map((e) => [e.id, e.mentions.map((m) => `${m.doc}:${m.mention}`)]));
  const t1 = performance.now();
  const again = resolveEvents(items, prev);
  console.log(`re-resolution with previous ids: ${((performance.now() - t1) / 1000).toFixed(2)} s, ${again.history.length} history entries`);
}
