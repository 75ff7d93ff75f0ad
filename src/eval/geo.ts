// Scores the places layer on GeoWebNews and LGL: toponym recognition P/R/F1 (one-to-one span overlap)
// and geocoding accuracy@161 km, mean/median error and AUC, on all documents and on the held-out half.
// Run: npx tsx src/eval/geo.ts [geoparsing folder] [--errors]
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Place } from '../core/types.ts';
import { haversineKm } from '../geo/names.ts';
import { annotateForEval } from './annotate.ts';
import { geoSummary, isHeldOut, prf, spanCounts, type GeoSummary, type Prf } from './metrics.ts';

export interface GeoGold {
  start: number;
  end: number;
  text: string;
  lat: number | null;
  lon: number | null;
  type?: string;
}
export interface GeoArticle {
  id: string;
  text: string;
  published: string | null;
  gold: GeoGold[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&apos;': "'" };
const decode = (s: string) => s.replace(/&(amp|quot|lt|gt|apos);/g, (m) => ENTITIES[m]);
const tag = (s: string, name: string) => s.match(new RegExp(`<${name}(?: [^>]*)?>([\\s\\S]*?)</${name}>`))?.[1] ?? null;
const cdata = (s: string) => s.replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1');
/** GeoWebNews types that are not toponyms (non-toponyms, common-noun location phrases) or not places (languages). */
export const GWN_SKIP = new Set(['Non_Toponym', 'Literal_Expression', 'Non_Lit_Expression', 'Language']);

export function parseGwn(xml: string): GeoArticle[] {
  return [...xml.matchAll(/<article file="([^"]*)"[^>]*>([\s\S]*?)<\/article>/g)].map(([, file, a]) => {
    const text = decode(tag(a, 'text') ?? '');
    const gold: GeoGold[] = [];
    for (const [, t] of a.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const type = tag(t, 'type') ?? '';
      if (GWN_SKIP.has(type)) continue;
      const lat = tag(t, 'latitude');
      const lon = tag(t, 'longitude');
      gold.push({ start: +tag(t, 'start')!, end: +tag(t, 'end')!, text: decode(tag(t, 'extractedName') ?? ''), lat: lat ? +lat : null, lon: lon ? +lon : null, type });
    }
    return { id: `gwn-${file}`, text, published: null, gold };
  });
}

export function parseLgl(xml: string): GeoArticle[] {
  return [...xml.matchAll(/<article docid="([^"]*)"[^>]*>([\s\S]*?)<\/article>/g)].map(([, docid, a]) => {
    const text = cdata(tag(a, 'text') ?? '');
    const dl = tag(a, 'dltime');
    const gold: GeoGold[] = [];
    for (const [, t] of a.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const lat = tag(t, 'lat');
      const lon = tag(t, 'lon');
      gold.push({ start: +tag(t, 'start')!, end: +tag(t, 'end')!, text: tag(t, 'phrase') ?? '', lat: lat ? +lat : null, lon: lon ? +lon : null });
    }
    return { id: `lgl-${docid}`, text, published: dl ? dl.slice(0, 10) : null, gold };
  });
}

export interface GeoScore {
  articles: number;
  gold: number;
  recognition: Prf & { exact: number };
  /** Errors over gold toponyms with coordinates that were recognised and resolved. */
  geocoding: GeoSummary;
  /** acc@161 over all gold toponyms with coordinates (a miss counts as wrong). */
  acc161All: number;
  placesMsPerArticle: number;
}

export interface GeoRun {
  all: GeoScore;
  heldOut: GeoScore;
  errors: string[];
}

interface Tally {
  articles: number; tp: number; fp: number; fn: number; exact: number; errs: number[]; withCoords: number; ms: number;
}
const tally = (): Tally => ({ articles: 0, tp: 0, fp: 0, fn: 0, exact: 0, errs: [], withCoords: 0, ms: 0 });

function finish(t: Tally): GeoScore {
  const g = geoSummary(t.errs);
  return {
    articles: t.articles,
    gold: t.tp + t.fn,
    recognition: { ...prf(t.tp, t.fp, t.fn), exact: t.tp + t.fn ? t.exact / (t.tp + t.fn) : 0 },
    geocoding: g,
    acc161All: t.withCoords ? t.errs.filter((e) => e <= 161).length / t.withCoords : 0,
    placesMsPerArticle: t.articles ? t.ms / t.articles : 0,
  };
}

/** Adds one article's places against its gold to the tallies; returns error lines for inspection. */
export function scoreArticle(a: GeoArticle, places: Place[], into: Tally[]): string[] {
  const c = spanCounts(a.gold, places);
  const lines: string[] = [];
  const errs: number[] = [];
  let withCoords = 0;
  a.gold.forEach((g, gi) => {
    const p = c.match[gi] >= 0 ? places[c.match[gi]] : null;
    if (!p) lines.push(`${a.id}\tMISS\t${g.text}\t${g.type ?? ''}\t${a.text.slice(Math.max(0, g.start - 40), g.end + 30).replace(/\s+/g, ' ')}`);
    if (g.lat === null || g.lon === null) return;
    withCoords++;
    if (!p || p.lat === null || p.lon === null) return;
    const d = haversineKm(p.lat, p.lon, g.lat, g.lon);
    errs.push(d);
    if (d > 161) lines.push(`${a.id}\tFAR\t${g.text}\t${Math.round(d)} km\tgot ${p.name} (${p.country}, ${p.kind}) gold ${g.lat},${g.lon}`);
  });
  const used = new Set(c.match);
  places.forEach((p, k) => {
    if (!used.has(k)) lines.push(`${a.id}\tEXTRA\t${p.text}\t${p.kind}\t${a.text.slice(Math.max(0, p.start - 40), p.end + 30).replace(/\s+/g, ' ')}`);
  });
  for (const t of into) {
    t.articles++;
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
    t.exact += c.exact;
    t.withCoords += withCoords;
    t.errs.push(...errs);
  }
  return lines;
}

/** Runs the pipeline on each article and scores its places layer. */
export function scoreGeo(articles: GeoArticle[]): GeoRun {
  const all = tally();
  const held = tally();
  const errors: string[] = [];
  // Warm-up: the gazetteer and lexicons load on first use and would count against the first article.
  if (articles.length) annotateForEval({ id: 'warm-up', text: articles[0].text });
  for (const a of articles) {
    const timings: { stage: string; ms: number }[] = [];
    const doc = annotateForEval({ id: a.id, text: a.text, published: a.published }, timings);
    const into = isHeldOut(a.id) ? [all, held] : [all];
    const ms = timings.find((t) => t.stage === 'places')?.ms ?? 0;
    for (const t of into) t.ms += ms;
    errors.push(...scoreArticle(a, doc.layers.places ?? [], into));
  }
  return { all: finish(all), heldOut: finish(held), errors };
}

export interface GeoDatasets {
  gwn: GeoArticle[] | null;
  lgl: GeoArticle[] | null;
}

/** Loads GeoWebNews and LGL from a geoparsing folder; null for a file that is absent. */
export function loadGeo(dir: string): GeoDatasets {
  const gwn = join(dir, 'GeoWebNews/GWN.xml');
  const lgl = join(dir, 'lgl.xml');
  return {
    gwn: existsSync(gwn) ? parseGwn(readFileSync(gwn, 'utf8')) : null,
    lgl: existsSync(lgl) ? parseLgl(readFileSync(lgl, 'utf8')) : null,
  };
}

export function formatGeo(name: string, r: GeoRun): string {
  const p = (x: number) => (100 * x).toFixed(1);
  const line = (label: string, s: GeoScore) =>
    `${name} ${label}: ${s.articles} articles, ${s.gold} gold | recognition P ${p(s.recognition.p)} R ${p(s.recognition.r)} F1 ${p(s.recognition.f1)} (exact ${p(s.recognition.exact)}%) | acc@161 ${p(s.geocoding.acc161)}% of ${s.geocoding.n} (all ${p(s.acc161All)}%), median ${s.geocoding.medianKm.toFixed(0)} km, AUC ${s.geocoding.auc.toFixed(3)} | places ${s.placesMsPerArticle.toFixed(3)} ms/article`;
  return `${line('all', r.all)}\n${line('held-out', r.heldOut)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../../../shared/data/geoparsing', import.meta.url));
  const which = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const d = loadGeo(dir);
  for (const [name, arts] of [['GeoWebNews', d.gwn], ['LGL', d.lgl]] as const) {
    if (!arts || (which && which !== name)) continue;
    const r = scoreGeo(arts);
    console.log(formatGeo(name, r));
    if (process.argv.includes('--errors')) for (const e of r.errors) console.log(e);
  }
}
