// Resolution of relative expressions against the reference day; language-independent.
// Every function takes `ref` (epoch day or null) and returns an unresolved X-value when ref is null.
import {
  addMonths, clipToReference, dayOf, decadeOf, interval, isoDate, monthOf, narrow, quarterOf, seasonContaining,
  seasonOf, toDay, weekOf, weekdayNear, yearOf, ymd, type Resolved, type Season,
} from './time-calendar.ts';

export type Direction = 'past' | 'future';
export type Rel = 'last' | 'this' | 'next' | null;
export type PeriodUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | Season;

const UNRESOLVED: Record<string, string> = {
  day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', year: 'XXXX', decade: 'XXX',
};

export const unresolved = (value: string): Resolved => ({ value, interval: null });

function isSeason(u: string): u is Season {
  return u === 'SP' || u === 'SU' || u === 'FA' || u === 'WI';
}

/** The weekend (Saturday–Sunday) of the ISO week holding day n. */
function weekendOf(n: number): Resolved {
  const w = weekOf(n);
  const sat = n - ((n + 3) % 7 + 7) % 7 + 5; // Monday + 5
  return { value: `${w.value}-WE`, interval: interval(sat, sat + 1, 'day') };
}

/** "last week", "this month", "next year", "last summer": the period `offset` steps from the one holding ref. */
export function relativePeriod(ref: number | null, unit: PeriodUnit, offset: -1 | 0 | 1): Resolved {
  if (ref === null) return unresolved(isSeason(unit) ? `XXXX-${unit}` : UNRESOLVED[unit]);
  const { y, m } = ymd(ref);
  switch (unit) {
    case 'day': return dayOf(ref + offset);
    case 'week': return weekOf(ref + 7 * offset);
    case 'weekend': {
      // "last weekend" is the most recent one that is over; "this weekend" the one of this week.
      const sat = ref - ((ref + 3) % 7 + 7) % 7 + 5;
      if (offset === -1) return weekendOf(sat + 1 < ref ? sat : sat - 7);
      return weekendOf(sat + 7 * offset);
    }
    case 'month': return monthOf(...yearMonth(y, m + offset));
    case 'quarter': {
      const q = Math.floor((m - 1) / 3) + offset; // 0-based, may leave the year
      return quarterOf(y + Math.floor(q / 4), ((q % 4) + 4) % 4 + 1);
    }
    case 'year': return yearOf(y + offset);
    case 'decade': return decadeOf(y + 10 * offset);
    default: return seasonRelative(ref, unit, offset);
  }
}

function yearMonth(y: number, m: number): [number, number] {
  const t = y * 12 + (m - 1);
  return [Math.floor(t / 12), (t % 12) + 1];
}

function seasonRelative(ref: number, s: Season, offset: -1 | 0 | 1): Resolved {
  const cur = seasonContaining(ref);
  // "this winter" in January is the winter that began in December; other seasons use the calendar year.
  if (offset === 0) return seasonOf(s === 'WI' && cur.s === 'WI' ? cur.y : ymd(ref).y, s);
  let y: number;
  if (offset === -1) {
    // Most recent season s that has ended before ref.
    for (y = cur.y + 1; y > cur.y - 3; y--) {
      const r = seasonOf(y, s);
      if (r.interval!.end! < isoDate(ref)) return r;
    }
  }
  for (y = cur.y - 1; y < cur.y + 3; y++) {
    const r = seasonOf(y, s);
    if (r.interval!.start > isoDate(ref)) return r;
  }
  return seasonOf(cur.y, s);
}

/** A season named without "last"/"next": the latest one begun by ref (past) or the next to come (future). */
export function seasonByDirection(ref: number | null, s: Season, year: number | null, dir: Direction): Resolved {
  if (year !== null) return seasonOf(year, s);
  if (ref === null) return unresolved(`XXXX-${s}`);
  const today = isoDate(ref);
  const { y } = ymd(ref);
  if (dir === 'future') {
    for (let k = y - 1; k <= y + 1; k++) if (seasonOf(k, s).interval!.end! >= today) return seasonOf(k, s);
  }
  for (let k = y + 1; k >= y - 1; k--) if (seasonOf(k, s).interval!.start <= today) return seasonOf(k, s);
  return seasonOf(y, s);
}

/** A month named without a day: "in October" → the latest October up to ref, or the next one in future clauses. */
export function monthByDirection(ref: number | null, month: number, year: number | null, rel: Rel, dir: Direction): Resolved {
  if (year !== null) return monthOf(year, month);
  const mm = String(month).padStart(2, '0');
  if (ref === null) return unresolved(`XXXX-${mm}`);
  const { y, m } = ymd(ref);
  if (rel === 'this') return monthOf(y, month);
  if (rel === 'last') return monthOf(month < m ? y : y - 1, month);
  if (rel === 'next') return monthOf(month > m ? y : y + 1, month);
  if (dir === 'future') return monthOf(month >= m ? y : y + 1, month);
  return monthOf(month <= m ? y : y - 1, month);
}

/** A weekday: "last Monday" strictly before ref, "next Monday" strictly after, else by the clause's tense. */
export function weekdayByDirection(ref: number | null, wd: number, rel: Rel, dir: Direction): Resolved {
  if (ref === null) return unresolved(`XXXX-WXX-${wd}`);
  if (rel === 'this') return dayOf(ref - ((ref + 3) % 7 + 7) % 7 + wd - 1);
  if (rel === 'last') return dayOf(weekdayNear(ref, wd, 'past', true));
  if (rel === 'next') return dayOf(weekdayNear(ref, wd, 'future', true));
  return dayOf(weekdayNear(ref, wd, dir));
}

/** A month and day without a year ("Oct. 23"): past or future by tense, else the closest to ref. */
export function monthDayByDirection(ref: number | null, month: number, day: number, dir: Direction | null): number | null {
  if (ref === null) return null;
  const { y } = ymd(ref);
  const cands = [y - 1, y, y + 1].map((k) => toDay(k, month, day));
  if (dir === 'past') return cands.filter((c) => c <= ref).pop() ?? cands[0];
  if (dir === 'future') return cands.find((c) => c >= ref) ?? cands[2];
  return cands.reduce((a, b) => (Math.abs(b - ref) < Math.abs(a - ref) ? b : a));
}

/** A quarter without a year: the latest one begun by ref, or the next in future clauses. */
export function quarterByDirection(ref: number | null, q: number, year: number | null, dir: Direction): Resolved {
  if (year !== null) return quarterOf(year, q);
  if (ref === null) return unresolved(`XXXX-Q${q}`);
  const { y, m } = ymd(ref);
  const cur = Math.floor((m - 1) / 3) + 1;
  if (dir === 'future') return quarterOf(q >= cur ? y : y + 1, q);
  return quarterOf(q <= cur ? y : y - 1, q);
}

export type Mod = 'START' | 'MID' | 'END' | 'BEFORE' | 'AFTER';

/** early/mid/late narrow a period; earlier/later keep its part before/after ref. */
export function applyMod(r: Resolved, mod: Mod | null, ref: number | null): Resolved {
  if (!mod) return r;
  if (mod === 'BEFORE' || mod === 'AFTER') {
    return ref === null || !r.interval ? { ...r, mod } : clipToReference(r, ref, mod === 'BEFORE' ? 'before' : 'after');
  }
  return r.interval ? narrow(r, mod) : { ...r, mod };
}

export type DurUnit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'WE' | 'M' | 'Y' | 'DE' | 'CE';

/** TIMEX3 duration value: P3W, PT48H, PXD (vague), P1DE. */
export function durationValue(n: number | null, unit: DurUnit): string {
  const q = n === null ? 'X' : String(n);
  if (unit === 'S') return `PT${q}S`;
  if (unit === 'MIN') return `PT${q}M`;
  if (unit === 'H') return `PT${q}H`;
  // TimeML writes decades and centuries in years ("a decade" → P10Y).
  if (unit === 'DE' || unit === 'CE') return `P${n === null ? 'X' : n * (unit === 'DE' ? 10 : 100)}Y`;
  return `P${q}${unit}`;
}

/** Shifts day n by k units (k may be negative); sub-day units stay on the day. */
export function shift(n: number, k: number, unit: DurUnit): number {
  switch (unit) {
    case 'D': return n + Math.round(k);
    case 'W': case 'WE': return n + Math.round(7 * k);
    case 'M': return addMonths(n, Math.round(k));
    case 'Y': return addMonths(n, Math.round(12 * k));
    case 'DE': return addMonths(n, Math.round(120 * k));
    case 'CE': return addMonths(n, Math.round(1200 * k));
    default: return n + (unit === 'H' ? Math.trunc(k / 24) : 0);
  }
}

/** The stretch a duration anchored at publication covers: [ref − d, ref] (ongoing) or [ref, ref + d] (future). */
export function anchoredDuration(ref: number | null, n: number, unit: DurUnit, dir: Direction) {
  if (ref === null) return null;
  return dir === 'future' ? interval(ref, shift(ref, n, unit), 'open') : interval(shift(ref, -n, unit), ref, 'open');
}

/** "three days ago", "two weeks ago", "a year ago": the period that far back, at the unit's granularity. */
export function agoResolve(ref: number | null, n: number, unit: DurUnit): Resolved {
  const u = unit === 'D' || unit === 'S' || unit === 'MIN' || unit === 'H' ? 'day' : unit === 'W' || unit === 'WE' ? 'week' : unit === 'M' ? 'month' : 'year';
  if (ref === null) return unresolved(UNRESOLVED[u]);
  const n2 = shift(ref, -n, unit);
  if (u === 'day') return dayOf(n2);
  if (u === 'week') return weekOf(n2);
  if (u === 'month') { const { y, m } = ymd(n2); return monthOf(y, m); }
  return yearOf(ymd(n2).y);
}

export { dayOf, decadeOf, monthOf, quarterOf, seasonOf, weekOf, yearOf, isoDate, interval, type Resolved, type Season };
