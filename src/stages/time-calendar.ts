// Calendar arithmetic on epoch days (UTC, no clock, no time zones) and TIMEX3 value/interval builders.
import type { Granularity, Interval } from '../core/types.ts';

const DAY_MS = 86_400_000;

/** A resolved date: TIMEX3 value plus its inclusive interval. */
export interface Resolved {
  value: string;
  interval: Interval | null;
  mod?: string;
}

export function toDay(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function ymd(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

export function isoDate(n: number): string {
  const { y, m, d } = ymd(n);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/** ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Parses the calendar date written in an ISO time ("2025-12-30T08:00-05:00" → that day), or null. */
export function parseReference(ref: string | null): number | null {
  if (!ref) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ref.trim());
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return toDay(y, mo, d);
}

export function interval(a: number, b: number | null, granularity: Granularity): Interval {
  return { start: isoDate(a), end: b === null ? null : isoDate(b), granularity };
}

export function dayOf(n: number): Resolved {
  return { value: isoDate(n), interval: interval(n, n, 'day') };
}

export function weekOf(n: number): Resolved {
  const monday = n - isoWeekday(n) + 1;
  const thursday = monday + 3;
  const wy = ymd(thursday).y;
  const week = Math.floor((thursday - toDay(wy, 1, 1)) / 7) + 1;
  return { value: `${pad4(wy)}-W${pad2(week)}`, interval: interval(monday, monday + 6, 'week') };
}

export function monthOf(y: number, m: number): Resolved {
  return { value: `${pad4(y)}-${pad2(m)}`, interval: interval(toDay(y, m, 1), toDay(y, m, daysInMonth(y, m)), 'month') };
}

export function yearOf(y: number): Resolved {
  return { value: pad4(y), interval: interval(toDay(y, 1, 1), toDay(y, 12, 31), 'year') };
}

export function quarterOf(y: number, q: number): Resolved {
  const m0 = (q - 1) * 3 + 1;
  return { value: `${pad4(y)}-Q${q}`, interval: interval(toDay(y, m0, 1), toDay(y, m0 + 2, daysInMonth(y, m0 + 2)), 'quarter') };
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Meteorological seasons, northern hemisphere; winter Y runs December Y to February Y+1. */
export function seasonOf(y: number, s: Season): Resolved {
  const m0 = SEASON_START[s];
  const a = toDay(y, m0, 1);
  const b = toDay(y, m0 + 3, 1) - 1; // Date.UTC rolls month 13+ into the next year
  return { value: `${pad4(y)}-${s}`, interval: interval(a, b, 'season') };
}

/** The season (year, code) that contains day n. */
export function seasonContaining(n: number): { y: number; s: Season } {
  const { y, m } = ymd(n);
  if (m <= 2) return { y: y - 1, s: 'WI' };
  if (m <= 5) return { y, s: 'SP' };
  if (m <= 8) return { y, s: 'SU' };
  if (m <= 11) return { y, s: 'FA' };
  return { y, s: 'WI' };
}

export function decadeOf(startYear: number): Resolved {
  const d = Math.floor(startYear / 10);
  return { value: String(d), interval: interval(toDay(d * 10, 1, 1), toDay(d * 10 + 9, 12, 31), 'decade') };
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(n: number, k: number): number {
  const { y, m, d } = ymd(n);
  const t = y * 12 + (m - 1) + k;
  const ty = Math.floor(t / 12), tm = (t % 12) + 1;
  return toDay(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** Weekday wd (1–7) on or before n (past) or on or after n (future). */
export function weekdayNear(n: number, wd: number, dir: 'past' | 'future', strict = false): number {
  const cur = isoWeekday(n);
  if (dir === 'past') {
    const back = (cur - wd + 7) % 7 || (strict ? 7 : 0);
    return n - back;
  }
  const fwd = (wd - cur + 7) % 7 || (strict ? 7 : 0);
  return n + fwd;
}

export type PeriodMod = 'START' | 'MID' | 'END';

/** Narrows a resolved period to its early/mid/late third (years by months, others by days). */
export function narrow(r: Resolved, mod: PeriodMod): Resolved {
  if (!r.interval || r.interval.end === null) return { ...r, mod };
  const a = parseReference(r.interval.start)!;
  const b = parseReference(r.interval.end)!;
  let lo: number, hi: number;
  if (r.interval.granularity === 'year' || r.interval.granularity === 'decade') {
    const { y } = ymd(a);
    const span = ymd(b).y - y + 1;
    // Years split Jan–Apr / May–Aug / Sep–Dec; decades split 0–3 / 4–6 / 7–9.
    if (span === 1) {
      const [m1, m2] = mod === 'START' ? [1, 4] : mod === 'MID' ? [5, 8] : [9, 12];
      lo = toDay(y, m1, 1);
      hi = toDay(y, m2, daysInMonth(y, m2));
    } else {
      const [y1, y2] = mod === 'START' ? [0, 3] : mod === 'MID' ? [4, 6] : [7, 9];
      lo = toDay(y + y1, 1, 1);
      hi = toDay(y + y2, 12, 31);
    }
  } else {
    const len = b - a + 1;
    const third = Math.max(1, Math.floor(len / 3));
    [lo, hi] = mod === 'START' ? [a, a + third - 1] : mod === 'MID' ? [a + third, b - third] : [b - third + 1, b];
  }
  return { value: r.value, interval: interval(lo, hi, r.interval.granularity), mod };
}

/** The first day of a period's middle: "since mid-year" starts on 1 July, "since mid-December" on the 16th. */
export function midpoint(r: Resolved): string | null {
  if (!r.interval || r.interval.end === null) return null;
  const a = parseReference(r.interval.start)!;
  const b = parseReference(r.interval.end)!;
  if (r.interval.granularity === 'year') return isoDate(toDay(ymd(a).y, 7, 1));
  return isoDate(a + Math.floor((b - a + 1) / 2));
}

/** Keeps the part of a period before (or after) the reference day: "earlier this month", "later this year". */
export function clipToReference(r: Resolved, ref: number, side: 'before' | 'after'): Resolved {
  if (!r.interval || r.interval.end === null) return r;
  const a = parseReference(r.interval.start)!;
  const b = parseReference(r.interval.end)!;
  const g = r.interval.granularity;
  if (side === 'before') return { ...r, interval: interval(a, Math.max(a, Math.min(b, ref - 1)), g), mod: 'BEFORE' };
  return { ...r, interval: interval(Math.min(b, Math.max(a, ref + 1)), b, g), mod: 'AFTER' };
}
