// The whole record as one JSON document: documents, events, claims, tallies, revisions.
import type { Claim, DocMeta, EventRecord, SourceRef } from '../core/types.ts';
import { tallyRows, type TallyRow } from '../resolve/tallies.ts';
import type { EventLink, HistoryEntry } from '../resolve/model.ts';

export const RECORD_SCHEMA = 'sitrep.record/1';

export interface RecordInput {
  documents: DocMeta[];
  events: EventRecord[];
  /** Claims with the id of the document they were found in. */
  claims?: (Claim & { doc: string })[];
  links?: EventLink[];
  history?: HistoryEntry[];
}

export type { TallyRow } from '../resolve/tallies.ts';
export { tallyRows } from '../resolve/tallies.ts';

export interface ContradictionRow {
  event: string;
  field: string;
  values: { value: unknown; sources: SourceRef[] }[];
  chosen: unknown;
  rule: string | null;
}

const VALUE_FIELD: Record<string, 'date' | 'fatalities' | 'vessels' | 'strikes'> = { date: 'date', fatalities: 'fatalities', vessels: 'vessels', strikes: 'strikes' };

/** The point a reported value stands for, to match it with a contradiction's value (dates by their start day). */
function pointOf(field: string, v: unknown): unknown {
  if (v == null || typeof v !== 'object') return v;
  const o = v as { start?: string; value?: number; bound?: string };
  if (field === 'date') return o.start?.slice(0, 10);
  if (typeof o.value === 'number') return o.bound === 'more_than' ? o.value + 1 : o.bound === 'less_than' ? Math.max(0, o.value - 1) : o.value;
  return v;
}

/** One line per reporting chain: a report giving a figure in its headline and body is one source of it. */
function uniqueSources(list: SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = `${s.doc}|${s.outlet}|${s.conveyed_by}|${s.cited}|${s.stance}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Contradictions with full source chains: each value's sources are the claims of reports giving that value. */
export function contradictionRows(events: EventRecord[]): ContradictionRow[] {
  const rows: ContradictionRow[] = [];
  for (const e of events) {
    for (const c of e.contradictions) {
      const reported = e.values?.[VALUE_FIELD[c.field] ?? 'date'] ?? [];
      const values = c.values.map((v) => {
        const sources = reported.filter((r) => pointOf(c.field, r.value) === v.value).flatMap((r) => r.sources);
        const fallback = e.sources.filter((s) => v.sources.includes(s.doc));
        return { value: v.value, sources: uniqueSources(sources.length ? sources : fallback) };
      });
      rows.push({ event: e.id, field: c.field, values, chosen: c.chosen ?? null, rule: c.rule ?? null });
    }
  }
  return rows;
}

export interface SitrepRecord {
  schema: string;
  documents: DocMeta[];
  events: EventRecord[];
  claims: (Claim & { doc: string })[];
  tallies: TallyRow[];
  /** Every disagreement between reports, each value with the sources behind it and the rule for the published one. */
  contradictions: ContradictionRow[];
  revisions: (EventRecord['revisions'][number] & { event: string })[];
  links: EventLink[];
  history: HistoryEntry[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function toJsonRecord(input: RecordInput): SitrepRecord {
  const documents = [...input.documents].sort((a, b) => cmp(a.published ?? '\uffff', b.published ?? '\uffff') || cmp(a.id, b.id));
  return {
    schema: RECORD_SCHEMA,
    documents,
    events: input.events,
    claims: input.claims ?? [],
    tallies: tallyRows(input.events, documents),
    contradictions: contradictionRows(input.events),
    revisions: input.events.flatMap((e) => e.revisions.map((r) => ({ event: e.id, ...r }))),
    links: input.links ?? [],
    history: input.history ?? [],
  };
}

export function toJson(input: RecordInput, pretty = true): string {
  return JSON.stringify(toJsonRecord(input), null, pretty ? 2 : undefined);
}
