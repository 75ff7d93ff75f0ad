// Window resolution: what a resolution over only some documents needs to know to give exactly what a resolution over
// all of them would. The clustering is greedy in canonical order (published, doc id), so every document before the
// earliest new one (the "prefix") keeps its clusters; only the rest (the "suffix") is re-clustered, against the prefix
// clusters it can see through its blocking keys. src/app/resolve.ts does the reading and writing.
import { mentionKey } from '../core/ids.ts';
import { blockOf, WIDE_WEEKS } from './cluster.ts';
import { toDayInterval } from './days.ts';
import type { ResolveInput } from './model.ts';
import { collectMembers, isCampaign } from './resolve.ts';

/** The blocking facts of one mention, as the store's mention_index keeps them. */
export interface IndexRow {
  doc: string;
  mention: string;
  event: string;
  /** Days since 1970-01-01; null when the mention has no usable date. */
  dayStart: number | null;
  /** null when open-ended (or undated). */
  dayEnd: number | null;
  campaign: boolean;
}

/** Index rows of the asserted mentions: only they found events or tallies (the others join through their antecedent). */
export function indexRows(input: ResolveInput[]): IndexRow[] {
  const rows: IndexRow[] = [];
  for (const item of input) {
    for (const m of item.mentions) {
      if (m.modality !== 'asserted') continue;
      const iv = toDayInterval(m.interval);
      rows.push({
        doc: item.doc.id,
        mention: m.id,
        event: m.event,
        dayStart: iv ? iv.s : null,
        dayEnd: iv && iv.e !== Infinity ? iv.e : null,
        campaign: isCampaign(m),
      });
    }
  }
  return rows;
}

/** Stored mentions of a category whose interval is longer than this are read whatever the window (they block as "wide"). */
export const WIDE_DAYS = 40;
/**
 * Slack around the window, in days. A mention's comparison date can move to a day its own document's anaphor gives
 * (within one day of its interval) and its blocking weeks round outwards: two weeks covers both.
 */
export const WINDOW_SLACK_DAYS = 14;

/** What the suffix's mentions can reach. */
export interface ResolveWindow {
  /** Blocking keys the suffix's founders look up (`cat|week`, `cat|wide`, `cat|undated`). */
  lookups: Set<string>;
  /** Per category: merged day ranges (with slack) whose stored mentions may block with the suffix. */
  ranges: Map<string, [number, number][]>;
  /** Categories of the suffix's running tallies: all stored tallies of these categories take part. */
  tallyCategories: Set<string>;
  /** Categories of the suffix's founders. */
  categories: Set<string>;
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** The window of the documents to re-cluster. */
export function windowOf(suffix: ResolveInput[]): ResolveWindow {
  const { founders, tallies } = collectMembers(suffix);
  const lookups = new Set<string>();
  const raw = new Map<string, [number, number][]>();
  for (const m of founders) {
    const { lookup } = blockOf(m);
    for (const k of lookup) lookups.add(k);
    const weeks = lookup.map((k) => Number(k.slice(k.lastIndexOf('|') + 1))).filter((w) => Number.isFinite(w));
    if (weeks.length === 0) continue;
    const cat = m.mention.event;
    const list = raw.get(cat) ?? [];
    list.push([Math.min(...weeks) * 7 - WINDOW_SLACK_DAYS, Math.max(...weeks) * 7 + 6 + WINDOW_SLACK_DAYS]);
    raw.set(cat, list);
  }
  const ranges = new Map([...raw].map(([cat, list]) => [cat, mergeRanges(list)] as [string, [number, number][]]));
  return { lookups, ranges, tallyCategories: new Set(tallies.map((m) => m.mention.event)), categories: new Set(founders.map((m) => m.mention.event)) };
}

const weekOf = (day: number) => Math.floor(day / 7);

/**
 * Stored (prefix) mentions a suffix founder could meet, from their index rows alone: a founder indexed under a key the
 * suffix looks up, or a tally of a category the suffix has tallies in. Errs on the side of more: a row's own interval
 * is widened by the days an anaphor of its document can move it (a day-precise anaphor within a day of it; an undated
 * or open-ended one can move anywhere), and anaphors pass as founders. Their events, whole, are what the window replays.
 */
export function reachableKeys(rows: IndexRow[], win: ResolveWindow): Set<string> {
  const weeks = new Map<string, number[]>();
  for (const k of win.lookups) {
    const bar = k.lastIndexOf('|');
    const w = Number(k.slice(bar + 1));
    if (!Number.isFinite(w)) continue;
    const cat = k.slice(0, bar);
    const list = weeks.get(cat) ?? [];
    list.push(w);
    weeks.set(cat, list);
  }
  for (const list of weeks.values()) list.sort((a, b) => a - b);
  const anyWeekIn = (cat: string, lo: number, hi: number): boolean => {
    const list = weeks.get(cat);
    if (!list) return false;
    let a = 0;
    let b = list.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (list[mid] < lo) a = mid + 1;
      else b = mid;
    }
    return a < list.length && list[a] <= hi;
  };
  const out = new Set<string>();
  for (const r of rows) {
    const key = mentionKey(r.doc, r.mention);
    if (r.campaign) {
      if (win.tallyCategories.has(r.event)) out.add(key);
      continue;
    }
    if (!win.categories.has(r.event)) continue;
    if (r.dayStart === null) {
      out.add(key);
      continue;
    }
    const end = r.dayEnd ?? Infinity;
    const wide = (end === Infinity ? Infinity : Math.floor((end + 1) / 7)) - Math.floor((r.dayStart - 1) / 7) > WIDE_WEEKS;
    if ((wide && win.lookups.has(`${r.event}|wide`)) || anyWeekIn(r.event, weekOf(r.dayStart - 3), end === Infinity ? Infinity : weekOf(end + 3))) out.add(key);
  }
  return out;
}
