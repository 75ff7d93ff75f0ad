// Generated resolved events for the web benchmark: deterministic, varied categories, dates, places and actors.
import type { EventRecord, PloverCategory } from '../src/core/types.ts';
import { PLOVER_CATEGORIES } from '../src/core/types.ts';

/** A deterministic pseudo-random stream (no clock, no Math.random): the same events every run. */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

const PLACES = [
  { name: 'Caribbean', kind: 'sea', country: null, lat: 15, lon: -73, radius_km: 900 },
  { name: 'eastern Pacific', kind: 'sea', country: null, lat: 10, lon: -100, radius_km: 1200 },
  { name: 'Caracas', kind: 'city', country: 'VEN', lat: 10.49, lon: -66.88, radius_km: 15 },
  { name: 'Maracaibo', kind: 'city', country: 'VEN', lat: 10.65, lon: -71.64, radius_km: 15 },
  { name: 'La Guaira', kind: 'city', country: 'VEN', lat: 10.6, lon: -66.93, radius_km: 10 },
  { name: 'Bogotá', kind: 'city', country: 'COL', lat: 4.71, lon: -74.07, radius_km: 20 },
] as const;
const ACTORS = ['United States Armed Forces', 'Venezuelan Government', 'Donald Trump', 'Gustavo Petro', 'Tren de Aragua', 'Colombian Navy'];

export function benchEvents(count: number): EventRecord[] {
  const r = rng(42);
  const out: EventRecord[] = [];
  for (let i = 0; i < count; i++) {
    const start = Date.UTC(2025, 0, 1) + Math.floor(r() * 365) * 86_400_000;
    const days = r() < 0.6 ? 0 : Math.floor(r() * 14);
    const date = new Date(start).toISOString().slice(0, 10);
    const enddate = new Date(start + days * 86_400_000).toISOString().slice(0, 10);
    const p = PLACES[Math.floor(r() * PLACES.length)];
    const jitter = () => (r() - 0.5) * 4;
    const actor = ACTORS[Math.floor(r() * ACTORS.length)];
    const recipient = ACTORS[Math.floor(r() * ACTORS.length)];
    const ref = (name: string) => ({ text: name, start: 0, end: name.length, name, code: null, sector: null, wikidata: null });
    const killed = r() < 0.4 ? Math.floor(r() * 12) : null;
    out.push({
      id: `evt_${i.toString(16).padStart(12, '0')}`,
      event: PLOVER_CATEGORIES[Math.floor(r() * PLOVER_CATEGORIES.length)] as PloverCategory,
      mode: null, date, enddate, date_granularity: days ? 'week' : 'day',
      actor: ref(actor), recipient: ref(recipient),
      place: { ...p, text: p.name, start: 0, end: p.name.length, lat: p.lat + jitter(), lon: p.lon + jitter(), by: 'bench' },
      event_text: `${actor} and ${recipient}: generated event ${i} near ${p.name}.`,
      context: [], fatalities: killed === null ? null : { best: killed, low: killed, high: killed }, vessels: null,
      status: 'single_source', tally: false,
      sources: [{ doc: 'doc_bench000000000000', outlet: 'Bench Wire', conveyed_by: null, cited: null, stance: 'asserted', hedges: [], start: 0, end: 10 }],
      mentions: [{ doc: 'doc_bench000000000000', mention: `m${i}`, start: 0, end: 10, text: 'generated' }],
      contradictions: [], revisions: [],
    });
  }
  return out;
}

