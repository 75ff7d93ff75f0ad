// GeoJSON (RFC 7946) FeatureCollection of the events that have a point; properties flattened for GIS tools.
import type { EventRecord } from '../core/types.ts';

export interface EventProperties {
  id: string;
  event: string;
  mode: string | null;
  date: string | null;
  enddate: string | null;
  date_granularity: string | null;
  actor: string | null;
  actor_code: string | null;
  recipient: string | null;
  recipient_code: string | null;
  place: string | null;
  place_kind: string | null;
  country: string | null;
  radius_km: number | null;
  fatalities: number | null;
  fatalities_low: number | null;
  fatalities_high: number | null;
  status: string;
  tally: boolean;
  sources: number;
  outlets: string[];
  contradictions: number;
  event_text: string;
}

export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: EventProperties;
}

export interface EventCollection {
  type: 'FeatureCollection';
  features: EventFeature[];
}

export interface GeoJsonOptions {
  /** Also list events without coordinates, with `geometry: null` (RFC 7946 §3.2 "unlocated"); the web app uses them. */
  unlocated?: boolean;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function eventProperties(e: EventRecord): EventProperties {
  const p = e.place;
  return {
    id: e.id,
    event: e.event,
    mode: e.mode,
    date: e.date,
    enddate: e.enddate,
    date_granularity: e.date_granularity,
    actor: e.actor?.name ?? null,
    actor_code: e.actor?.code ?? null,
    recipient: e.recipient?.name ?? null,
    recipient_code: e.recipient?.code ?? null,
    place: p?.name ?? null,
    place_kind: p?.kind ?? null,
    country: p?.country ?? null,
    radius_km: p?.radius_km ?? null,
    fatalities: e.fatalities?.best ?? null,
    fatalities_low: e.fatalities?.low ?? null,
    fatalities_high: e.fatalities?.high ?? null,
    status: e.status,
    tally: e.tally,
    sources: e.sources.length,
    outlets: [...new Set(e.sources.map((s) => s.outlet).filter((o): o is string => !!o))],
    contradictions: e.contradictions.length,
    event_text: e.event_text,
  };
}

/** Events as a FeatureCollection: [lon, lat] points (6 decimals), the event id as feature id. */
export function toGeoJson(events: EventRecord[], opts: GeoJsonOptions = {}): EventCollection {
  const features: EventFeature[] = [];
  for (const e of events) {
    const p = e.place;
    const located = p != null && p.lat != null && p.lon != null && Number.isFinite(p.lat) && Number.isFinite(p.lon);
    if (!located && !opts.unlocated) continue;
    features.push({
      type: 'Feature',
      id: e.id,
      geometry: located ? { type: 'Point', coordinates: [round6(p.lon!), round6(p.lat!)] } : null,
      properties: eventProperties(e),
    });
  }
  return { type: 'FeatureCollection', features };
}
