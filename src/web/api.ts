// The HTTP API as the browser sees it (same origin): JSON in, typed shapes out, errors as Error with the API's message.
import type { Contradiction, DocMeta, EventRecord, Layers, Revision } from '../core/types.ts';
import type { EventCollection } from '../export/geojson.ts';

export type { EventRecord };
export type EventFeature = EventCollection['features'][number];
export type EventProps = EventFeature['properties'];

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface Dossier {
  event: EventRecord;
  documents: Record<string, { title: string | null; outlet: string | null; published: string | null; url: string | null }>;
  sentences: Record<string, string>;
  history: { kind: string; detail: unknown; at: string }[];
}

export interface DocumentView {
  meta: DocMeta;
  text: string;
  /** The stored layers (tokens are not stored). */
  layers: Omit<Layers, 'tokens'>;
  messages: { level: string; code: string; text: string }[];
  events: { id: string; event: string; mentions: string[] }[];
}

export interface DocSummary extends DocMeta {
  mentions: number;
  claims: number;
}

export interface Tally {
  event: string;
  what: 'killed' | 'vessels' | 'strikes';
  value: number;
  bound: string;
  text: string;
  as_of: string | null;
  computed: { events: number; value: number };
}

export interface Edge {
  actor: string;
  actor_code: string | null;
  recipient: string;
  recipient_code: string | null;
  category: string;
  events: number;
}

export interface SearchHit {
  type: 'document' | 'event';
  id: string;
  label: string;
  date: string | null;
  snippet: string;
  highlights: { start: number; end: number }[];
}

export interface IngestReply {
  status: 'stored' | 'duplicate' | 'rejected';
  id: string;
  events: string[];
  warnings: string[];
}

export type { Contradiction, Revision };

async function reply<T>(res: Response): Promise<T> {
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

export async function getJson<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return reply<T>(await fetch(qs ? `${path}?${qs}` : path, { headers: { accept: 'application/json' } }));
}

/** Every event, compact (the GeoJSON export, unlocated ones included): the events page filters them in the browser. */
export function allEvents(): Promise<EventCollection> {
  return getJson<EventCollection>('/api/export', { format: 'geojson', unlocated: 'true' });
}

export async function postDocument(body: FormData | Record<string, string>): Promise<IngestReply> {
  const init: RequestInit =
    body instanceof FormData
      ? { method: 'POST', body }
      : { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
  return reply<IngestReply>(await fetch('/api/documents', init));
}
