// Running tallies: each reported count ("at least 87 killed in 22 strikes since September") as a bounded value
// with its as-of date, next to the count sitrep computes from its own single-happening events, and why they differ.
import type { Bound, DocMeta, EventRecord, SourceRef } from '../core/types.ts';

export type TallyField = 'killed' | 'vessels' | 'strikes';

export interface TallyRow {
  event: string;
  what: TallyField;
  value: number;
  bound: Bound;
  text: string;
  /** The interval the figure covers: [tally start, as-of day]. */
  low: number;
  high: number | null;
  /** Publication time of the earliest report giving this figure (the figure's as-of time). */
  as_of: string | null;
  /** Start of the period the report counts from ("since September" → 2025-09-01), when known. */
  since: string | null;
  sources: SourceRef[];
  /** What sitrep's own events add up to: same category and actor, from `since` up to the as-of day. */
  computed: { events: number; value: number };
  /** How many of those events have no reported toll (they add nothing to a `killed` sum). */
  unknown_tolls: number;
  /** Computed minus the nearest value the report allows (0 when the computed count fits the bound). */
  divergence: number;
  why: string[];
}

const FIELDS = { killed: 'fatalities', vessels: 'vessels', strikes: 'strikes' } as const;

/** The range a bounded figure allows: "at least 87" → [87, ∞), "more than 100" → [101, ∞), "about 30" → [27, 33]. */
export function boundRange(value: number, bound: Bound): [number, number | null] {
  switch (bound) {
    case 'at_least': return [value, null];
    case 'more_than': return [value + 1, null];
    case 'at_most': return [0, value];
    case 'less_than': return [0, Math.max(0, value - 1)];
    case 'about': return [Math.floor(value * 0.9), Math.ceil(value * 1.1)];
    default: return [value, value];
  }
}

function computedSum(tally: EventRecord, events: EventRecord[], what: TallyField, since: string | null, asOf: string | null): { events: number; value: number; unknown: number } {
  const day = asOf ? asOf.slice(0, 10) : null;
  let count = 0;
  let value = 0;
  let unknown = 0;
  for (const e of events) {
    if (e.tally || e.event !== tally.event) continue;
    if (tally.actor?.code && e.actor?.code && e.actor.code !== tally.actor.code) continue;
    if (day && e.date && e.date > day) continue;
    if (since && e.date && e.date < since) continue;
    count++;
    if (what === 'killed') {
      if (e.fatalities) value += e.fatalities.best;
      else unknown++;
    } else if (what === 'vessels') value += e.vessels?.best ?? 1;
    else value += 1;
  }
  return { events: count, value, unknown };
}

function explain(row: Omit<TallyRow, 'why' | 'divergence'>, divergence: number): string[] {
  const why: string[] = [];
  const c = row.computed;
  const what = row.what === 'killed' ? 'deaths' : row.what === 'vessels' ? 'vessels' : 'strikes';
  if (divergence === 0) {
    why.push(`sitrep's ${c.value} ${what} from ${c.events} events fits the reported "${row.text}"`);
    return why;
  }
  if (divergence < 0) {
    why.push(`sitrep counts ${c.value} ${what} from ${c.events} events, ${-divergence} short of the reported "${row.text}"`);
    why.push(row.what === 'strikes' ? 'the report counts strikes no ingested report describes' : "sitrep holds fewer of the campaign's strikes than the report counts (reports not ingested)");
    if (row.unknown_tolls > 0) why.push(`${row.unknown_tolls} of sitrep's events have no reported toll`);
  } else {
    why.push(`sitrep counts ${c.value} ${what} from ${c.events} events, ${divergence} above the reported "${row.text}"`);
    why.push('the report may count only confirmed strikes, predate later revisions, or cover a shorter period');
  }
  return why;
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
        const since = t.date;
        const { unknown, ...computed } = computedSum(t, events, what, since, asOf);
        const [low, high] = boundRange(q.value, q.bound);
        const divergence = computed.value < low ? computed.value - low : high !== null && computed.value > high ? computed.value - high : 0;
        const base = { event: t.id, what, value: q.value, bound: q.bound, text: q.text, low, high, as_of: asOf, since, sources: v.sources, computed, unknown_tolls: what === 'killed' ? unknown : 0 };
        rows.push({ ...base, divergence, why: explain(base, divergence) });
      }
    }
  }
  return rows.sort((a, b) => (a.as_of ?? '').localeCompare(b.as_of ?? '') || a.what.localeCompare(b.what) || a.value - b.value);
}
