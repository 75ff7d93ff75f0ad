// Scores the places stage on GeoWebNews and LGL: toponym recognition P/R/F1 (span overlap and exact)
// and geocoding accuracy@161 km. Run: npx tsx src/eval/geo.ts [data folder]
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc, Place } from '../core/types.ts';
import { tokenize } from '../stages/sentences.ts';
import { placesStage } from '../stages/places.ts';
import { gazetteer } from '../geo/gazetteer.ts';
import { haversineKm } from '../geo/names.ts';

interface Gold {
  start: number;
  end: number;
  text: string;
  lat: number | null;
  lon: number | null;
}
interface Article {
  text: string;
  gold: Gold[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&apos;': "'" };
const decode = (s: string) => s.replace(/&(amp|quot|lt|gt|apos);/g, (m) => ENTITIES[m]);
const tag = (s: string, name: string) => s.match(new RegExp(`<${name}(?: [^>]*)?>([\\s\\S]*?)</${name}>`))?.[1] ?? null;
const cdata = (s: string) => s.replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1');
// Non-toponyms and common-noun location phrases are not geoparsing targets; we do not tag demonyms or languages.
const GWN_SKIP = new Set(['Non_Toponym', 'Literal_Expression', 'Non_Lit_Expression', 'Demonym', 'Language']);

function loadGwn(path: string): Article[] {
  const xml = readFileSync(path, 'utf8');
  return [...xml.matchAll(/<article [^>]*>([\s\S]*?)<\/article>/g)].map(([, a]) => {
    const text = decode(tag(a, 'text') ?? '');
    const gold: Gold[] = [];
    for (const [, t] of a.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      if (GWN_SKIP.has(tag(t, 'type') ?? '')) continue;
      const lat = tag(t, 'latitude');
      const lon = tag(t, 'longitude');
      gold.push({ start: +tag(t, 'start')!, end: +tag(t, 'end')!, text: decode(tag(t, 'extractedName') ?? ''), lat: lat ? +lat : null, lon: lon ? +lon : null });
    }
    return { text, gold };
  });
}

function loadLgl(path: string): Article[] {
  const xml = readFileSync(path, 'utf8');
  return [...xml.matchAll(/<article [^>]*>([\s\S]*?)<\/article>/g)].map(([, a]) => {
    const text = cdata(tag(a, 'text') ?? '');
    const gold: Gold[] = [];
    for (const [, t] of a.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const lat = tag(t, 'lat');
      const lon = tag(t, 'lon');
      gold.push({ start: +tag(t, 'start')!, end: +tag(t, 'end')!, text: tag(t, 'phrase') ?? '', lat: lat ? +lat : null, lon: lon ? +lon : null });
    }
    return { text, gold };
  });
}

function runPlaces(text: string): { places: Place[]; tokMs: number; placeMs: number } {
  const doc: Doc = { meta: { id: 'e', title: null, outlet: null, url: null, language: 'en', published: null, source: null }, text, layers: {}, messages: [] };
  const t0 = performance.now();
  Object.assign(doc.layers, tokenize(text));
  const t1 = performance.now();
  placesStage.run(doc, { referenceTime: null, language: 'en' });
  return { places: doc.layers.places!, tokMs: t1 - t0, placeMs: performance.now() - t1 };
}

function score(name: string, articles: Article[]) {
  let tp = 0, fp = 0, fn = 0, exact = 0, geo = 0, geoHit = 0, geoAll = 0, tokMs = 0, placeMs = 0;
  const errs: number[] = [];
  for (const a of articles) {
    const r = runPlaces(a.text);
    tokMs += r.tokMs;
    placeMs += r.placeMs;
    const used = new Set<Place>();
    for (const g of a.gold) {
      const p = r.places.find((x) => x.start < g.end && g.start < x.end);
      if (p) {
        tp++;
        used.add(p);
        if (p.start === g.start && p.end === g.end) exact++;
      } else fn++;
      if (g.lat === null || g.lon === null) continue;
      geoAll++;
      if (p && p.lat !== null && p.lon !== null) {
        geo++;
        const d = haversineKm(p.lat, p.lon, g.lat, g.lon);
        errs.push(d);
        if (d <= 161) geoHit++;
      }
    }
    fp += r.places.filter((p) => !used.has(p)).length;
  }
  const P = tp / (tp + fp), R = tp / (tp + fn), F = (2 * P * R) / (P + R);
  errs.sort((x, y) => x - y);
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(`${name}: ${articles.length} articles, ${tp + fn} gold toponyms`);
  console.log(`  recognition (overlap): P ${pct(P)}  R ${pct(R)}  F1 ${pct(F)};  exact-span matches ${pct(exact / (tp + fn))}% of gold`);
  console.log(`  geocoding: acc@161 ${pct(geoHit / geo)}% of ${geo} recognised gold with coords (${pct(geoHit / geoAll)}% of all ${geoAll}); median error ${errs[errs.length >> 1]?.toFixed(0)} km`);
  console.log(`  speed: tokenize ${(tokMs / articles.length).toFixed(2)} ms/article, places ${(placeMs / articles.length).toFixed(3)} ms/article`);
}

const dir = process.argv[2] ?? '/work/shared/data/geoparsing';
const t0 = performance.now();
const g = gazetteer();
const mem = process.memoryUsage();
console.log(`gazetteer: ${g.index.size} names, loaded in ${(performance.now() - t0).toFixed(0)} ms, heap ${(mem.heapUsed / 1e6).toFixed(0)} MB, rss ${(mem.rss / 1e6).toFixed(0)} MB`);
const gwn = join(dir, 'GeoWebNews/GWN.xml');
const lgl = join(dir, 'lgl.xml');
if (existsSync(gwn)) score('GeoWebNews', loadGwn(gwn));
if (existsSync(lgl)) score('LGL', loadLgl(lgl));
