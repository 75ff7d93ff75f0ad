// The whole record as one JSON document: documents, events, claims, tallies, revisions.
import type { Bound, Claim, DocMeta, EventRecord, SourceRef } from '../core/types.ts';
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

/** One reported running count, next to the sum sitrep computes from its own single-happening events. */
export interface TallyRow {
  event: string;
  what: 'killed' | 'vessels' | 'strikes';
  value: number;
  bound: Bound;
  text: string;
  /** Publication time of the earliest report giving this figure (the figure's as-of time). */
  as_of: string | null;
  sources: SourceRef[];
  /** What sitrep's own events add up to, same category and actor, up to the as-of day. */
  computed: { events: number; value: number };
}

export interface SitrepRecord {
  schema: string;
  documents: DocMeta[];
  events: EventRecord[];
  claims: (Claim & { doc: string })[];
  tallies: TallyRow[];
  revisions: (EventRecord['revisions'][number] & { event: string })[];
  links: EventLink[];
  history: HistoryEntry[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const FIELDS = { killed: 'fatalities', vessels: 'vessels', strikes: 'strikes' } as const;

function computedSum(tally: EventRecord, events: EventRecord[], what: TallyRow['what'], asOf: string | null): TallyRow['computed'] {
  const day = asOf ? asOf.slice(0, 10) : null;
  let count = 0;
  let value = 0;
  for (const e of events) {
    if (e.tally || e.event !== tally.event) continue;
    if (tally.actor?.code && e.actor?.code && e.actor.code !== tally.actor.code) continue;
    if (day && e.date && e.date > day) continue;
    count++;
    if (what === 'killed') value += e.fatalities?.best ?? 0;
    else if (what === 'vessels') value += e.vessels?.best ?? 1;
    else value += 1;
  }
  return { events: count, value };
}

export function tallyRows(events: EventRecord[], documents: DocMeta[]): TallyRow[] {
  const published = new Map(documents.map((d) => [d.id, d.published]));
  const rows: TallyRow[] = [];
  for (const t of events) {
    if (!t.tally) continue;
    for (const what of ['killed', 'vessels', 'strikes'] as const) {
      for (const v of t.values?.[FIELDS[what]] ?? []) {
        const q = v.value as { value: number; bound: Bound; text: string };
        const times = v.sources.map((s) => published.get(s.doc) ?? null).filter((x): x is string => !!x).sort();
        const asOf = times[0] ?? null;
        rows.push({ event: t.id, what, value: q.value, bound: q.bound, text: q.text, as_of: asOf, sources: v.sources, computed: computedSum(t, events, what, asOf) });
      }
    }
  }
  return rows;
}

export function toJsonRecord(input: RecordInput): SitrepRecord {
  const documents = [...input.documents].sort((a, b) => cmp(a.published ?? '\uffff', b.published ?? '\uffff') || cmp(a.id, b.id));
  return {
    schema: RECORD_SCHEMA,
    documents,
    events: input.events,
    claims: input.claims ?? [],
    tallies: tallyRows(input.events, documents),
    revisions: input.events.flatMap((e) => e.revisions.map((r) => ({ event: e.id, ...r }))),
    links: input.links ?? [],
    history: input.history ?? [],
  };
}

export function toJson(input: RecordInput, pretty = true): string {
  return JSON.stringify(toJsonRecord(input), null, pretty ? 2 : undefined);
}
