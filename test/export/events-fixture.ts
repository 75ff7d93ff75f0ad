// Hand-made resolved events (own wording) for the csv, geojson and timeline export tests.
import type { EventRecord, SourceRef } from '../../src/core/types.ts';

const source = (outlet: string | null, extra: Partial<SourceRef> = {}): SourceRef => ({
  doc: 'doc_0000000000000001', outlet, conveyed_by: null, cited: null, stance: 'asserted', hedges: [], start: 0, end: 10, ...extra,
});

export function event(over: Partial<EventRecord> = {}): EventRecord {
  return {
    id: 'evt_000000000001',
    event: 'ASSAULT',
    mode: 'destroy',
    date: '2025-10-21',
    enddate: '2025-10-21',
    date_granularity: 'day',
    actor: { text: 'US forces', start: 0, end: 9, name: 'United States Armed Forces', code: 'USA', sector: 'MIL', wikidata: 'Q11211' },
    recipient: { text: 'a speedboat', start: 20, end: 31, name: 'speedboat', code: null, sector: null, wikidata: null },
    place: { text: 'eastern Pacific', start: 40, end: 55, name: 'eastern Pacific', kind: 'sea', country: null, lat: 10.5, lon: -95.25, radius_km: 800, by: 'test' },
    event_text: 'US forces struck a speedboat in the eastern Pacific, killing three people.',
    context: ['drugs'],
    fatalities: { best: 3, low: 3, high: 4 },
    vessels: null,
    status: 'multiple_sources',
    tally: false,
    sources: [source('Pacific Dispatch'), source('Atlas News', { conveyed_by: 'The Daily Wire' })],
    mentions: [{ doc: 'doc_0000000000000001', mention: 'm0', start: 0, end: 70, text: 'US forces struck…' }],
    contradictions: [],
    revisions: [],
    ...over,
  };
}

/** A report written to attack whoever opens the export: HTML, scripts, formulas, quotes and newlines. */
export const hostile = event({
  id: 'evt_000000000002',
  event: 'ACCUSE',
  mode: null,
  date: '2025-12-01',
  enddate: '2025-12-07',
  date_granularity: 'week',
  actor: { text: 'x', start: 0, end: 1, name: '=HYPERLINK("http://evil.example","click")', code: null, sector: null, wikidata: null },
  recipient: null,
  place: { text: 'Caracas', start: 0, end: 7, name: 'Caracas', kind: 'city', country: 'VEN', lat: 10.48, lon: -66.9, radius_km: 10, by: 'test' },
  event_text: 'He said "<script>alert(1)</script>", then\n<img src=x onerror=alert(2)>, <a href="javascript:alert(3)">here</a>',
  fatalities: null,
  sources: [source('@outlet, "quoted"')],
});

export const unlocated = event({ id: 'evt_000000000003', event: 'THREATEN', mode: 'violence', place: null, date: null, enddate: null, date_granularity: null });
