// Joins neighbouring hits ("Monday, Dec. 29", "Monday at 10 a.m.") and opens intervals after "since".
import type { Granularity, Interval, TimexType } from '../core/types.ts';
import { midpoint } from './time-calendar.ts';
import type { Direction } from './time-resolve.ts';

export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  interval: Interval | null;
  by: string;
  mod?: string;
  direction?: Direction;
  /** Epoch day when chrono named a day; null otherwise. */
  day: number | null;
  /** "T10:00" for a chrono clock time. */
  clock: string | null;
}

const DAY_VALUE = /^(?:\d{4}-\d{2}-\d{2}|XXXX-XX-XX|XXXX-WXX-\d|XXXX-\d{2}-\d{2})$/;
const isDayDate = (c: Candidate) => c.type === 'DATE' && DAY_VALUE.test(c.value);
const isBareClock = (c: Candidate) => c.by === 'chrono' && c.day === null && c.clock !== null;

const WEEKDAY_THEN_DATE = /^,?\s*(?:the\s+)?$/i;
const DAY_THEN_CLOCK = /^,?\s*(?:at|around|about|by|a\s+las|a\s+la|hacia\s+las)?\s*$/i;
const CLOCK_THEN_DAY = /^,?\s*(?:on|del|el)?\s*$/i;

function withClock(day: Candidate, clock: string, start: number, end: number): Candidate {
  const interval = day.interval ? { ...day.interval, granularity: 'time' as Granularity } : null;
  return { ...day, type: 'TIME', value: day.value + clock, interval, start, end, by: `${day.by}+clock` };
}

/** Merges a weekday with the date that follows it, and a day with a clock time next to it. */
export function mergeAdjacent(text: string, list: Candidate[], _language: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const prev = out[out.length - 1];
    if (prev) {
      const gap = text.slice(prev.end, c.start);
      if (prev.by === 'weekday' && isDayDate(prev) && c.by === 'chrono' && c.day !== null && WEEKDAY_THEN_DATE.test(gap)) {
        out[out.length - 1] = { ...c, start: prev.start };
        continue;
      }
      if (isDayDate(prev) && isBareClock(c) && DAY_THEN_CLOCK.test(gap)) {
        out[out.length - 1] = withClock(prev, c.clock!, prev.start, c.end);
        continue;
      }
      if (isBareClock(prev) && isDayDate(c) && CLOCK_THEN_DAY.test(gap)) {
        out[out.length - 1] = withClock(c, prev.clock!, prev.start, c.end);
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

const SINCE_WORD = /(?:since|desde)(?:\s+(?:el|la|los|las))?\s+$/iu;

/** "since mid-year", "since Sept. 2": an interval open at the end, starting where the expression starts. */
export function openSince(text: string, c: Candidate, since: RegExp): Candidate {
  if (c.type !== 'DATE' && c.type !== 'TIME') return c;
  const before = text.slice(Math.max(0, c.start - 20), c.start);
  if (!since.test(before)) return c;
  const w = SINCE_WORD.exec(before);
  const start = w ? c.start - w[0].length : c.start;
  let interval: Interval | null = null;
  if (c.interval) {
    const from = c.mod === 'MID' ? midpoint({ value: c.value, interval: c.interval }) ?? c.interval.start : c.interval.start;
    interval = { start: from, end: null, granularity: 'open' };
  }
  return { ...c, start, interval, by: `since+${c.by}` };
}
