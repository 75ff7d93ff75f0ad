// Choosing the published value of each field from every reported value, keeping contradictions and revisions.
import type { Bound, Contradiction, Fatalities, Granularity, Quantity, Revision } from '../core/types.ts';
import { dayIso } from './days.ts';
import type { Member } from './model.ts';
import { isAnonymous, isOfficial } from './sources.ts';

/** The count a bounded figure commits to: "more than 100" → 101, "fewer than 10" → 9, else the number. */
export function boundPoint(value: number, bound: Bound): number {
  if (bound === 'more_than') return value + 1;
  if (bound === 'less_than') return Math.max(0, value - 1);
  return value;
}

interface Report {
  point: number;
  member: Member;
  day: string;
  official: boolean;
  /** Every claim behind it is from unnamed sources. */
  anonymous: boolean;
}

export interface QuantityChoice {
  range: Fatalities | null;
  contradiction: Contradiction | null;
  revisions: Revision[];
}

type QuantityField = 'killed' | 'vessels' | 'strikes';
const FIELD_NAME: Record<QuantityField, string> = { killed: 'fatalities', vessels: 'vessels', strikes: 'strikes' };

/**
 * Each publication day has one figure: the latest given by an official or party that day, else the day's lowest.
 * A later day's different figure is a revision; best = the last day's figure. A later day on which only unnamed
 * sources give a figure does not revise an official one: it is a contradiction, and the official figure stands. low/high: min/max of all figures
 * (tallies, which grow: of the latest day only). Different figures on one day are a contradiction.
 */
export function chooseQuantity(members: Member[], field: QuantityField, tally: boolean): QuantityChoice {
  const reports: Report[] = [];
  for (const m of members) {
    const q: Quantity | undefined = m.mention.quantities[field];
    if (!q) continue;
    const anonymous = m.claims.length > 0 && m.claims.every(isAnonymous);
    reports.push({ point: boundPoint(q.value, q.bound), member: m, day: (m.doc.published ?? '').slice(0, 10), official: m.claims.some(isOfficial), anonymous });
  }
  if (reports.length === 0) return { range: null, contradiction: null, revisions: [] };
  const name = FIELD_NAME[field];
  const days = [...new Set(reports.map((r) => r.day))].sort();
  const revisions: Revision[] = [];
  let previous: number | null = null;
  let previousOfficial = false;
  let conflictingDay = false;
  let rule = '';
  for (const day of days) {
    const onDay = reports.filter((r) => r.day === day);
    const points = new Set(onDay.map((r) => r.point));
    if (points.size > 1) conflictingDay = true;
    // Reports are in canonical (publication) order: the last official one of the day is the most recent.
    const official = onDay.filter((r) => r.official).at(-1);
    // Unnamed sources do not revise an official figure: a later day with only them disputes it.
    if (!tally && !official && previousOfficial && onDay.every((r) => r.anonymous)) {
      if ([...points].some((p) => p !== previous)) conflictingDay = true;
      continue;
    }
    const value = official ? official.point : Math.min(...points);
    previousOfficial = !!official;
    rule = official ? 'most recent official or party figure' : 'most conservative (lowest) reported figure';
    if (previous !== null && value !== previous) {
      const by = (official ?? onDay.find((r) => r.point === value)!).member;
      revisions.push({ field: name, old: previous, new: value, at: by.doc.published, doc: by.doc.id });
    }
    previous = value;
  }
  const latestDay = days[days.length - 1];
  const best = previous!;
  if (revisions.length > 0) rule = `later reports supersede earlier ones; on the latest day: ${rule}`;
  const ranged = tally ? reports.filter((r) => r.day === latestDay) : reports;
  const points = ranged.map((r) => r.point);
  const range = { best, low: Math.min(...points), high: Math.max(...points) };
  let contradiction: Contradiction | null = null;
  if (conflictingDay) {
    const byValue = new Map<number, string[]>();
    for (const r of reports) {
      const docs = byValue.get(r.point) ?? [];
      if (!docs.includes(r.member.doc.id)) docs.push(r.member.doc.id);
      byValue.set(r.point, docs);
    }
    const values = [...byValue.entries()].sort((a, b) => a[0] - b[0]).map(([value, sources]) => ({ value, sources }));
    contradiction = { field: name, values, chosen: best, rule };
  }
  return { range, contradiction, revisions };
}

export interface DateChoice {
  date: string | null;
  enddate: string | null;
  granularity: Granularity | null;
  contradiction: Contradiction | null;
}

/** Day-precise reports agree → that day; differ → the day most documents give (ties: earlier); none → the narrowest interval. */
export function chooseDate(members: Member[], tally: boolean): DateChoice {
  const dated = members.filter((m) => m.iv && m.mention.interval);
  if (dated.length === 0) return { date: null, enddate: null, granularity: null, contradiction: null };
  if (tally) {
    const s = Math.min(...dated.map((m) => m.iv!.s));
    const e = Math.max(...dated.map((m) => m.iv!.e));
    const single = new Set(dated.map((m) => `${m.iv!.s}/${m.iv!.e}`)).size === 1;
    return { date: dayIso(s), enddate: e === Infinity ? null : dayIso(e), granularity: single ? dated[0].mention.interval!.granularity : 'open', contradiction: null };
  }
  const days = dated.filter((m) => m.iv!.day);
  if (days.length > 0) {
    const byDay = new Map<number, string[]>();
    for (const m of days) {
      const docs = byDay.get(m.iv!.s) ?? [];
      if (!docs.includes(m.doc.id)) docs.push(m.doc.id);
      byDay.set(m.iv!.s, docs);
    }
    const ordered = [...byDay.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
    const chosen = dayIso(ordered[0][0]);
    const contradiction: Contradiction | null =
      byDay.size > 1
        ? {
            field: 'date',
            values: [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([d, sources]) => ({ value: dayIso(d), sources })),
            chosen,
            rule: 'the day most reports give; ties go to the earlier day',
          }
        : null;
    return { date: chosen, enddate: chosen, granularity: 'day', contradiction };
  }
  let best = dated[0];
  for (const m of dated) if (m.iv!.e - m.iv!.s < best.iv!.e - best.iv!.s) best = m;
  const iv = best.mention.interval!;
  return { date: iv.start.slice(0, 10), enddate: iv.end ? iv.end.slice(0, 10) : null, granularity: iv.granularity, contradiction: null };
}
