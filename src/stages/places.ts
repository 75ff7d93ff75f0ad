// The places stage: toponyms → gazetteer candidates → ranking with document context, then the
// phrases around them ("off the coast of X", "a port facility in X", "Venezuelan waters").
import type { Doc, Entity, Place, PlaceRole, Token } from '../core/types.ts';
import type { Stage } from '../pipeline/stage.ts';
import { findToponyms, type Toponym } from '../geo/match.ts';
import { rankCandidates, rankRef, refContext, EMPTY_CONTEXT, type RankContext, type RankOptions, type Resolved } from '../geo/rank.ts';
import { gazetteer } from '../geo/gazetteer.ts';
import { lookupPlace } from '../geo/lookup.ts';
import { placeAround, demonymPlaces } from '../geo/phrases.ts';
import { demonymRole, toponymRole } from '../geo/roles.ts';
import { countiesOf, countyPlace, pickCounty } from '../geo/county.ts';
import { nameKey } from '../geo/names.ts';
import { datelineEnd } from './dateline.ts';
import { stateCue, townCue, usLocalCues, STATE_HOMONYMS } from '../geo/locality.ts';
import { usState } from '../geo/county.ts';
import { findHeadNames, bestContext, type HeadName } from '../geo/heads.ts';
import { FACILITIES } from '../lexicons/places-facilities.ts';

export { lookupPlace, countryByAlpha3 } from '../geo/lookup.ts';

const ORG_LIKE_FACILITIES = new Set(FACILITIES.filter((f) => f.orgLike).map((f) => `facility:${f.id}`));

interface Hit {
  top: Toponym;
  res: Resolved;
}

interface Lite {
  country: string | null;
  adminCode: string | null;
  kind: string;
  score: number;
}

function lite(refs: number[], ctx: RankContext, opts: RankOptions): Lite | null {
  const r = rankRef(refs, ctx, opts);
  return r ? { ...refContext(r.ref), score: r.score } : null;
}

/** Resolves every toponym three times: alone, then twice with what the others say about the country and state. */
function resolveAll(toponyms: Toponym[], entities: Entity[] | undefined, text: string, tokens: Token[]): Hit[] {
  // One sense per discourse: a name used as a town once ("the Jordan City Council") is that town throughout.
  const townKeys = new Set<string>();
  for (const t of toponyms) if (townCue(tokens, t.i, t.j)) townKeys.add(t.key);
  const opts = toponyms.map((t): RankOptions => ({ cityOk: t.cityOk, locative: t.locative, moving: t.moving, town: townKeys.has(t.key) }));
  const doc: DocEvidence = { usCues: usLocalCues(text) };
  const one = (t: Toponym, ctx: RankContext, o: RankOptions): Lite | null => {
    if (!t.county) return lite(t.refs, ctx, o);
    const c = pickCounty(countiesOf(t.key), ctx);
    return c?.sure ? { country: 'USA', adminCode: c.county.state, kind: 'admin', score: 100 } : null;
  };
  let round = toponyms.map((t, n) => one(t, EMPTY_CONTEXT, opts[n]));
  // A second round lets context found in the first one ("Georgia" as a US state) inform the last.
  round = contexts(toponyms, round, entities, doc, tokens).map((ctx, n) => one(toponyms[n], ctx, opts[n]));
  const hits: Hit[] = [];
  contexts(toponyms, round, entities, doc, tokens).forEach((ctx, n) => {
    const t = toponyms[n];
    let res = t.county ? countyPlace(text.slice(t.start, t.end), t.key, t.refs, ctx) : rankCandidates(t.refs, ctx, opts[n]);
    const state = STATE_HOMONYMS[t.key];
    if (res && state && res.kind === 'city' && res.country === 'USA') {
      const prev = hits[hits.length - 1];
      const afterTown = !!prev && prev.top.j === t.i - 2 && tokens[t.i - 1].text === ',' && prev.res.kind === 'city' && prev.res.country === 'USA';
      if (stateCue(tokens, t.i, t.j, afterTown)) res = usState(state) ?? res;
    }
    if (res) hits.push({ top: t, res });
  });
  // "Suffolk" beside "Suffolk County": the bare name is the county the document names, not a town elsewhere.
  const counties = new Map<string, Resolved>();
  for (const h of hits) if (h.top.county && h.res.kind === 'admin') counties.set(h.top.key, h.res);
  if (counties.size) {
    for (const h of hits) {
      if (h.top.county || h.res.kind !== 'city' || h.res.country !== 'USA') continue;
      const c = counties.get(`${h.top.key} county`);
      if (c && c.adminCode !== h.res.adminCode) h.res = c;
    }
  }
  return hits;
}

interface DocEvidence {
  /** Kinds of US local-news cues in the text (0-3). */
  usCues: number;
}

/** 0-3: US local-news strength, unless another country dominates the names that can't be US places. */
function usLocalOf(solid: Map<string, number>, us: number, cues: number): number {
  for (const [k, v] of solid) if (k !== 'USA' && v > us) return 0;
  return Math.min(3, cues + (us >= 2 ? 1 : 0));
}

const US_CANDIDATE = new Map<string, boolean>();
/** True when one of the name's candidates is a US town or state. */
function hasUsCandidate(t: Toponym): boolean {
  let out = US_CANDIDATE.get(t.key);
  if (out !== undefined) return out;
  out = t.refs.some((r) => refContext(r).country === 'USA');
  if (!t.county) US_CANDIDATE.set(t.key, out);
  return out;
}

/** The context each toponym is ranked in: every other mention's country and state, minus its own name's. */
function contexts(toponyms: Toponym[], first: (Lite | null)[], entities: Entity[] | undefined, doc: DocEvidence, tokens: Token[]): RankContext[] {
  const total: RankContext = { countries: new Map(), admins: new Map() };
  const bump = (m: Map<string, number>, k: string, d: number) => m.set(k, (m.get(k) ?? 0) + d);
  const own = new Map<string, { countries: Map<string, number>; admins: Map<string, number> }>();
  const solid = new Map<string, number>();
  first.forEach((r, n) => {
    const key = toponyms[n].key;
    let o = own.get(key);
    if (!o) own.set(key, (o = { countries: new Map(), admins: new Map() }));
    // "Clarke County": a county is US local evidence even when no town shares its name.
    if (toponyms[n].county && !r) {
      bump(total.countries, 'USA', 1);
      bump(o.countries, 'USA', 1);
    }
    if (!r || !r.country || (r.kind === 'city' && r.score < 60)) return;
    // Names that could be US places ("Paris") don't count against the document being US local news.
    if (!hasUsCandidate(toponyms[n])) bump(solid, r.country, 1);
    bump(total.countries, r.country, 1);
    bump(o.countries, r.country, 1);
    if (r.adminCode) {
      bump(total.admins, `${r.country}-${r.adminCode}`, 1);
      bump(o.admins, `${r.country}-${r.adminCode}`, 1);
    }
  });
  for (const e of entities ?? []) if (e.actor?.code && /^[A-Z]{3}$/.test(e.actor.code)) bump(total.countries, e.actor.code, 1);
  const support = areaSupport(toponyms);
  const ctxCache = new Map<string, RankContext>();
  const ctxFor = (key: string): RankContext => {
    let c = ctxCache.get(key);
    if (c) return c;
    const o = own.get(key);
    const minus = (m: Map<string, number>, sub?: Map<string, number>) => {
      if (!sub) return m;
      const out = new Map(m);
      for (const [k, v] of sub) out.set(k, (out.get(k) ?? 0) - v);
      return out;
    };
    const countries = minus(total.countries, o?.countries);
    c = { countries, admins: minus(total.admins, o?.admins), support: minus(support.total, support.own.get(key)), usLocal: usLocalOf(solid, total.countries.get('USA') ?? 0, doc.usCues) };
    ctxCache.set(key, c);
    return c;
  };
  // "Palm Beach, Florida": the area after a comma narrows the name before it, and every other mention of it.
  const nearOf = toponyms.map((t, n) => {
    const next = toponyms[n + 1];
    const f = next ? first[n + 1] : null;
    if (next && f && f.country && (f.kind === 'admin' || f.kind === 'country') && next.i === t.j + 2 && tokens[t.j + 1].text === ',' && tokens[next.i].sentence === tokens[t.j].sentence) return { country: f.country, adminCode: f.kind === 'admin' ? f.adminCode : null };
    return null;
  });
  const nearByKey = new Map<string, { country: string; adminCode: string | null }>();
  nearOf.forEach((nr, n) => {
    if (nr && !nearByKey.has(toponyms[n].key)) nearByKey.set(toponyms[n].key, nr);
  });
  return toponyms.map((t, n) => {
    const near = nearOf[n] ?? nearByKey.get(t.key);
    const ctx = ctxFor(t.key);
    return near ? { ...ctx, near } : ctx;
  });
}

// The gazetteer is static, so a name's candidate areas are too: computed once per name.
const AREAS_BY_KEY = new Map<string, string[]>();
function areasOf(t: Toponym): string[] {
  let out = AREAS_BY_KEY.get(t.key);
  if (out) return out;
  const set = new Set<string>();
  const counties = t.county ? countiesOf(t.key) : [];
  for (const c of counties) set.add(`USA-${c.state}`);
  if (!counties.length && t.refs.length <= 400) {
    for (const r of t.refs) {
      const c = refContext(r);
      if (c.country && c.adminCode && (c.kind === 'city' || c.kind === 'admin')) set.add(`${c.country}-${c.adminCode}`);
    }
  }
  out = [...set];
  AREAS_BY_KEY.set(t.key, out);
  return out;
}

/** For each first-level area, how many distinct names in the document have a candidate town or state there. */
function areaSupport(toponyms: Toponym[]): { total: Map<string, number>; own: Map<string, Map<string, number>> } {
  const total = new Map<string, number>();
  const own = new Map<string, Map<string, number>>();
  for (const t of toponyms) {
    if (own.has(t.key)) continue;
    const areas = new Map<string, number>();
    for (const k of areasOf(t)) areas.set(k, 1);
    own.set(t.key, areas);
    for (const k of areas.keys()) total.set(k, (total.get(k) ?? 0) + 1);
  }
  return { total, own };
}

/** What the entities layer says of a toponym: inside a person's name (dropped), inside an organisation's (an agent). */
function insideName(h: Hit, entities: Entity[], text: string): 'person' | 'org' | null {
  for (const e of entities) {
    if (e.start > h.top.start || e.end < h.top.end) continue;
    const exact = e.start === h.top.start && e.end === h.top.end;
    if (e.type === 'PERSON') {
      // A person tag adding no other name to a region's name ("Tamil Nadu said", "Governor of Sokoto State")
      // is the tagger's guess; a town's name alone is more often a surname ("Jordan", "Lincoln").
      const rest = text.slice(e.start, h.top.start) + ' ' + text.slice(h.top.end, e.end);
      if (h.res.kind !== 'city' && !/\p{Lu}/u.test(rest)) continue;
      return 'person';
    }
    if (e.type === 'ORG' && !exact) return 'org';
  }
  return null;
}

function toPlace(doc: Doc, start: number, end: number, r: Omit<Resolved, 'type' | 'score' | 'adminCode' | 'gid'> & { gid: string | null }, by: string, role: PlaceRole): Place {
  return {
    start,
    end,
    text: doc.text.slice(start, end),
    name: r.name,
    kind: r.kind,
    country: r.country,
    lat: r.lat,
    lon: r.lon,
    radius_km: r.radius_km,
    gid: r.gid,
    by,
    role,
  };
}

/** Finds and resolves the places a document names. */
export function extractPlaces(doc: Doc): Place[] {
  const tokens: Token[] = doc.layers.tokens ?? [];
  const entities = doc.layers.entities;
  const { toponyms, demonyms } = findToponyms(doc.text, tokens);
  const places: Place[] = [];
  const hits = resolveAll(toponyms, entities, doc.text, tokens);
  const byKey = new Map<string, Resolved>();
  for (const h of hits) if (!byKey.has(h.top.key)) byKey.set(h.top.key, h.res);
  const heads = findHeadNames(tokens);
  const innerOf = new Map<HeadName, Resolved & { at: number }>();
  for (const h of hits) {
    // "Washington Square", "Santa Clara Valley": the longer head-word name wins over the town inside it.
    const head = heads.find((x) => x.start <= h.top.start && h.top.end <= x.end);
    if (head && (head.start < h.top.start || head.end > h.top.end)) {
      if (!innerOf.has(head)) innerOf.set(head, { ...h.res, at: h.top.start });
      continue;
    }
    const inside = entities?.length ? insideName(h, entities, doc.text) : null;
    if (inside === 'person') continue;
    // "University of Pennsylvania": the place inside an organisation's name is kept, as part of an agent.
    const embedded = h.top.embedded || inside === 'org';
    if (h.top.glued) {
      doc.messages.push({ level: 'info', code: 'places.glued-word', text: `"${doc.text.slice(h.top.start, h.top.start + tokens[h.top.i].text.length)}" read as "${h.res.name}" + next word`, start: h.top.start, end: h.top.end });
    }
    const around = placeAround(tokens, h.top.i, h.top.j, h.top.end, h.res);
    if (around) places.push(toPlace(doc, around.start, around.end, around.place, around.by, 'location'));
    else places.push(toPlace(doc, h.top.start, h.top.end, h.res, h.top.glued ? 'gazetteer-glued' : h.top.county ? 'county' : 'gazetteer', toponymRole(tokens, h.top.i, h.top.j, h.res.kind, embedded)));
  }
  placeHeads(doc, heads, innerOf, places);
  for (const d of demonymPlaces(tokens, demonyms)) {
    // "U.S." is both a country name and a demonym: the toponym already stands for it.
    if (d.by === 'demonym' && places.some((p) => p.start < d.end && d.start < p.end)) continue;
    const role = d.by === 'demonym' && d.i !== undefined && d.j !== undefined ? demonymRole(tokens, d.i, d.j) : 'location';
    places.push(toPlace(doc, d.start, d.end, d.place, d.by, role));
  }
  // GPE/LOC entities the matcher missed (multi-word names written another way).
  for (const e of entities ?? []) {
    if (e.type !== 'GPE' && e.type !== 'LOC') continue;
    if (places.some((p) => p.start < e.end && e.start < p.end)) continue;
    // One sense per discourse: a name resolved elsewhere in the document keeps that reading.
    const r = byKey.get(nameKey(e.text)) ?? lookupPlace(e.text);
    if (r) places.push(toPlace(doc, e.start, e.end, r, 'entity', 'location'));
  }
  places.sort((a, b) => a.start - b.start || b.end - a.end);
  return places;
}

const HOST_KINDS = new Set(['city', 'facility', 'admin']);

/** The place a local name is said to be in or at: "St Giles Chapel at Windsor Castle", "Brooklyn's Barclays Center". */
function hostOf(tokens: Token[], x: HeadName, places: Place[]): Place | null {
  if (!x.local) return null;
  const after = tokens[x.j + 1];
  const next = tokens[x.j + 2];
  const found = (start: number) => places.find((p) => p.start === start && HOST_KINDS.has(p.kind) && p.lat !== null && p.by !== 'head-word') ?? null;
  if (after && next && (after.normal === 'in' || after.normal === 'at') && next.sentence === after.sentence) {
    const p = found(next.start);
    if (p) return p;
  }
  // "Brooklyn's Barclays Center": a place with a possessive right before the name.
  const poss = tokens[x.i - 1];
  if (poss && (poss.text === "'s" || poss.text === '’s') && x.i >= 2) {
    const p = places.find((q) => q.end === poss.start && HOST_KINDS.has(q.kind) && q.lat !== null && q.by !== 'head-word');
    if (p) return p;
  }
  return null;
}

/** Head-word names no gazetteer entry covers, placed at the town they are in (or near, for rivers and valleys). */
function placeHeads(doc: Doc, heads: HeadName[], innerOf: Map<HeadName, Resolved & { at: number }>, places: Place[]): void {
  if (!heads.length) return;
  const ctx = bestContext(places);
  for (const x of heads) {
    if (places.some((p) => p.start < x.end && x.start < p.end)) continue;
    const text = doc.text.slice(x.start, x.end);
    // "Mt. Pleasant" is the gazetteer's "Mount Pleasant".
    const known = /^Mt\.? /.test(text) ? lookupPlace(text.replace(/^Mt\.? /, 'Mount '), ctx?.country ?? undefined) : null;
    if (known && known.lat !== null) {
      places.push(toPlace(doc, x.start, x.end, known, 'gazetteer', 'location'));
      continue;
    }
    const inner = innerOf.get(x);
    // "Vancouver International Airport": a town that starts the name is where the thing is.
    // "Heathrow Animal Reception Center": so does a known facility, unless it mostly names an institution ("White House").
    const leading = inner && inner.at === x.start && (inner.kind !== 'facility' || !ORG_LIKE_FACILITIES.has(inner.gid));
    const host = leading ? null : hostOf(doc.layers.tokens ?? [], x, places);
    const at = host ?? (leading || (inner && !ctx) ? { name: inner!.name, country: inner!.country, lat: inner!.lat, lon: inner!.lon } : ctx);
    if (!at || at.lat === null || at.lon === null) continue;
    places.push({ start: x.start, end: x.end, text, name: text, kind: x.kind, country: at.country, lat: at.lat, lon: at.lon, radius_km: x.local ? 10 : 50, gid: null, by: 'head-word', role: 'location' });
  }
}

/** "CARACAS (Gulf Courier) — …": a name inside a dateline's parentheses is the outlet, not a place ("Gulf"). */
function withoutDatelineOutlets(doc: Doc, places: Place[]): Place[] {
  const spans: [number, number][] = [];
  for (const s of doc.layers.sentences ?? []) {
    const end = datelineEnd(doc.text, s.start);
    if (end < 0) continue;
    const open = doc.text.lastIndexOf('(', end);
    if (open > s.start) spans.push([open, end]);
  }
  return spans.length ? places.filter((p) => !spans.some(([a, b]) => p.start > a && p.end < b)) : places;
}

export const placesStage: Stage = {
  name: 'places',
  requires: ['tokens'],
  provides: ['places'],
  run(doc: Doc) {
    if (!doc.layers.tokens) {
      doc.messages.push({ level: 'warn', code: 'places.no-tokens', text: 'no token layer: places not extracted' });
      doc.layers.places = [];
      return;
    }
    gazetteer();
    doc.layers.places = withoutDatelineOutlets(doc, extractPlaces(doc));
  },
};
