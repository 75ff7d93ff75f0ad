// ACLED-like CSV (CODEBOOK §2 "Others"): one row per event, RFC 4180 quoting, guarded against spreadsheet formulas.
import { createRequire } from 'node:module';
import type { EventRecord, Place } from '../core/types.ts';

/** The ACLED-like columns first (the contract), then sitrep's extras. */
export const CSV_COLUMNS = [
  'event_id', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'location',
  'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities',
  'event_end_date', 'date_granularity', 'iso3', 'actor1_code', 'actor2_code', 'status', 'tally',
] as const;

type Cell = string | number | boolean | null;

let countryNames: ((alpha3: string) => string | undefined) | null = null;

/** English country name for an ISO 3166-1 alpha-3 code (loaded once). */
function countryName(alpha3: string | null): string {
  if (!alpha3) return '';
  if (!countryNames) {
    const require = createRequire(import.meta.url);
    const iso = require('i18n-iso-countries') as {
      registerLocale(l: unknown): void;
      alpha3ToAlpha2(c: string): string | undefined;
      getName(c: string, lang: string): string | undefined;
    };
    iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
    countryNames = (c) => {
      const a2 = iso.alpha3ToAlpha2(c);
      return a2 ? iso.getName(a2, 'en') : undefined;
    };
  }
  return countryNames(alpha3) ?? alpha3;
}

/** ACLED's geo_precision: 1 the place itself (town, facility), 2 near it or a small region, 3 a large area. */
export function geoPrecision(p: Place | null): number | null {
  if (!p || p.lat == null || p.lon == null) return null;
  if (p.kind === 'facility' || p.kind === 'city') return 1;
  if (p.kind === 'admin' || p.radius_km <= 50) return 2;
  return 3;
}

// OWASP: a cell starting with one of these is a formula in Excel, LibreOffice and Google Sheets.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: text is guarded against formula injection; every cell is quoted when RFC 4180 requires it. */
export function csvCell(v: Cell): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function sourcesOf(e: EventRecord): string {
  const outlets = new Set<string>();
  for (const s of e.sources) outlets.add([s.outlet, s.conveyed_by].filter(Boolean).join(' via ') || 'unknown outlet');
  return [...outlets].join('; ');
}

function row(e: EventRecord): Cell[] {
  const p = e.place;
  return [
    e.id, e.date, e.event, e.mode, e.actor?.name ?? null, e.recipient?.name ?? null,
    countryName(p?.country ?? null), p?.name ?? null, p?.lat ?? null, p?.lon ?? null, geoPrecision(p),
    sourcesOf(e), e.event_text.replace(/\s+/g, ' ').trim(), e.fatalities?.best ?? null,
    e.enddate, e.date_granularity, p?.country ?? null, e.actor?.code ?? null, e.recipient?.code ?? null, e.status, e.tally,
  ];
}

/** The whole CSV: header plus one CRLF-terminated row per event (fatalities empty when no report gives a number). */
export function toCsv(events: EventRecord[]): string {
  const lines = [CSV_COLUMNS.join(','), ...events.map((e) => row(e).map(csvCell).join(','))];
  return lines.map((l) => l + '\r\n').join('');
}
