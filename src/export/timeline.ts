// TimelineJS 3 JSON: one slide per dated event, grouped by PLOVER category; text fields are HTML there, so escaped.
import type { EventRecord } from '../core/types.ts';

export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineSlide {
  start_date: TimelineDate;
  end_date?: TimelineDate;
  text: { headline: string; text: string };
  group?: string;
  unique_id?: string;
  display_date?: string;
}

export interface TimelineDoc {
  title: { text: { headline: string; text: string } };
  events: TimelineSlide[];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML context (TimelineJS renders headline and text as HTML). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** "2025-12-22" → {year, month, day}; "2025-12" and "2025" keep their coarser precision. */
export function timelineDate(iso: string): TimelineDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const d: TimelineDate = { year: Number(m[1]) };
  if (m[2]) d.month = Number(m[2]);
  if (m[3]) d.day = Number(m[3]);
  return d;
}

function headline(e: EventRecord): string {
  const who = e.actor?.name ?? 'Unknown actor';
  const whom = e.recipient ? ` → ${e.recipient.name}` : '';
  const where = e.place ? ` (${e.place.name})` : '';
  return `${e.event}${e.mode ? '/' + e.mode : ''}: ${who}${whom}${where}`;
}

function body(e: EventRecord): string {
  const parts = [`<p>${escapeHtml(e.event_text.replace(/\s+/g, ' ').trim())}</p>`];
  const facts = [`status: ${e.status}`];
  if (e.fatalities) facts.push(`killed: ${e.fatalities.best}${e.fatalities.low !== e.fatalities.high ? ` (${e.fatalities.low}–${e.fatalities.high})` : ''}`);
  const outlets = [...new Set(e.sources.map((s) => s.outlet ?? 'unknown outlet'))];
  if (outlets.length) facts.push(`sources: ${outlets.join('; ')}`);
  parts.push(`<p>${escapeHtml(facts.join(' · '))}</p>`);
  return parts.join('');
}

/** The TimelineJS document; events without a start date cannot be placed on a timeline and are left out. */
export function toTimeline(events: EventRecord[], opts: { title?: string } = {}): TimelineDoc {
  const slides: TimelineSlide[] = [];
  for (const e of events) {
    const start = e.date ? timelineDate(e.date) : null;
    if (!start) continue;
    const slide: TimelineSlide = {
      start_date: start,
      text: { headline: escapeHtml(headline(e)), text: body(e) },
      group: e.event,
      unique_id: e.id,
    };
    const end = e.enddate && e.enddate !== e.date ? timelineDate(e.enddate) : null;
    if (end) slide.end_date = end;
    slides.push(slide);
  }
  const title = opts.title ?? 'sitrep event record';
  return {
    title: { text: { headline: escapeHtml(title), text: escapeHtml(`${slides.length} events, each linked to its sources.`) } },
    events: slides,
  };
}
