// The events filter: read from and written to the URL (shareable), applied in the browser to the compact events.
import type { EventProps, EventFeature } from './api.ts';

export interface EventFilter {
  from?: string;
  to?: string;
  category?: string;
  actor?: string;
  place?: string;
  q?: string;
  status?: string;
  doc?: string;
  /** minLon,minLat,maxLon,maxLat */
  bbox?: [number, number, number, number];
}

export const FILTER_KEYS = ['from', 'to', 'category', 'actor', 'place', 'q', 'status', 'doc', 'bbox'] as const;

export function readFilter(search: string): EventFilter {
  const p = new URLSearchParams(search);
  const f: EventFilter = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k)?.trim();
    if (!v) continue;
    if (k === 'bbox') {
      const n = v.split(',').map(Number);
      if (n.length === 4 && n.every(Number.isFinite)) f.bbox = n as EventFilter['bbox'];
    } else if ((k === 'from' || k === 'to') && !/^\d{4}-\d{2}-\d{2}$/.test(v)) continue;
    else f[k] = v;
  }
  return f;
}

export function filterQuery(f: EventFilter): string {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = f[k];
    if (v === undefined || v === '') continue;
    p.set(k, k === 'bbox' ? (v as number[]).map((x) => x.toFixed(2)).join(',') : String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

const has = (hay: string | null, needle: string) => !!hay && hay.toLowerCase().includes(needle);

/** Same meaning as the API's /api/events filters (doc is applied by the page with the API's answer). */
export function matches(e: EventProps, geometry: EventFeature['geometry'], f: EventFilter): boolean {
  if (f.category && e.event !== f.category) return false;
  if (f.status && e.status !== f.status) return false;
  if (f.from && (e.enddate ?? (e.date_granularity === 'open' ? '9999' : e.date) ?? '') < f.from) return false;
  if (f.to && (!e.date || e.date > f.to)) return false;
  if (f.actor) {
    const a = f.actor.toLowerCase();
    if (![e.actor, e.actor_code, e.recipient, e.recipient_code].some((x) => has(x, a))) return false;
  }
  if (f.place) {
    const p = f.place.toLowerCase();
    if (!has(e.place, p) && !has(e.country, p)) return false;
  }
  if (f.q && !has(e.event_text, f.q.toLowerCase())) return false;
  if (f.bbox) {
    if (!geometry) return false;
    const [lon, lat] = geometry.coordinates;
    const [w, s, east, n] = f.bbox;
    if (lat < s || lat > n || (w <= east ? lon < w || lon > east : lon < w && lon > east)) return false;
  }
  return true;
}
