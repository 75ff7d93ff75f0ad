// Absolute day dates and clock times through chrono-node: a trimmed chrono (only its formal parsers, so
// "May", "Sun" or "now" never fire), with the year of "Oct. 23" chosen by the clause's tense.
import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { isoDate, toDay, ymd } from './time-calendar.ts';
import { dayOf, interval, monthDayByDirection, type Direction } from './time-resolve.ts';
import type { Env, Hit } from './time-rule.ts';

const EN_KEEP = new Set([
  'ISOFormatParser', 'ENYearMonthDayParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENTimeExpressionParser',
]);
const ES_KEEP = new Set(['ISOFormatParser', 'SlashDateFormatParser', 'ESMonthNameLittleEndianParser', 'ESTimeExpressionParser']);

let enChrono: chrono.Chrono | null = null;
let esChrono: chrono.Chrono | null = null;

function chronoFor(language: string): chrono.Chrono {
  if (language === 'es') {
    return (esChrono ??= new chrono.Chrono({
      parsers: chrono.es.strict.parsers.filter((p) => ES_KEEP.has(p.constructor.name)),
      refiners: chrono.es.strict.refiners,
    }));
  }
  return (enChrono ??= new chrono.Chrono({
    parsers: chrono.en.strict.parsers.filter((p) => EN_KEEP.has(p.constructor.name)),
    refiners: chrono.en.strict.refiners,
  }));
}

// Chrono reads local-time getters, so the reference is given as local noon of the reference day.
// Without a reference a fixed mid-year day is used and only components chrono is certain of are kept.
function chronoReference(ref: number | null): Date {
  const { y, m, d } = ymd(ref ?? toDay(2000, 6, 15));
  return new Date(y, m - 1, d, 12);
}

const LEAD = /^(?:at|on|from|around|about|by|as\s+of|a\s+las|las|a\s+la|la)\s+/i;
const TAIL = /^(?:\s*\(?(?:local\s+time|hora\s+local|GMT|UTC|ET|EST|EDT|PT)\)?)+/;
const ES_DAYPART = /^\s+(?:de|por)\s+la\s+(mañana|tarde|noche|madrugada)/i;

export interface ChronoHit extends Hit {
  start: number;
  end: number;
  /** Epoch day when the hit names a day; null for a bare clock time. */
  day: number | null;
  /** "T10:00" when the hit carries a clock time. */
  clock: string | null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function dayFrom(c: ParsedComponents, env: Env, dir: Direction | null): { day: number | null; value: string } | null {
  if (!c.isCertain('day') || !c.isCertain('month')) return null;
  const m = c.get('month')!, d = c.get('day')!;
  if (c.isCertain('year')) {
    const day = toDay(c.get('year')!, m, d);
    return { day, value: isoDate(day) };
  }
  const day = monthDayByDirection(env.ref, m, d, dir);
  return day === null ? { day: null, value: `XXXX-${pad2(m)}-${pad2(d)}` } : { day, value: isoDate(day) };
}

function accept(r: ParsedResult, text: string): boolean {
  const tags = r.tags();
  if (tags.has('parser/SlashDateFormatParser') && !r.start.isCertain('year')) return false; // "1/2", "9/11"
  if (!r.start.isCertain('day') && r.start.isCertain('hour')) {
    // A bare clock time needs a.m./p.m., a colon, or a Spanish day part: "at 5" is not a time.
    if (!r.start.isCertain('meridiem') && !/[:h]\d\d/.test(r.text) && !ES_DAYPART.test(text.slice(r.index + r.text.length))) return false;
  }
  return true;
}

/** Runs the trimmed chrono over the text and turns its results into hits. */
export function chronoHits(text: string, env: Env, language: string, sinceBefore: (pos: number) => boolean): ChronoHit[] {
  const out: ChronoHit[] = [];
  const results = chronoFor(language).parse(text, chronoReference(env.ref));
  for (const r of results) {
    if (!accept(r, text)) continue;
    let start = r.index;
    let body = r.text;
    const lead = LEAD.exec(body);
    if (lead && lead[0].length < body.length) { start += lead[0].length; body = body.slice(lead[0].length); }
    let end = start + body.length;
    let hour = r.start.isCertain('hour') ? r.start.get('hour')! : null;
    const part = ES_DAYPART.exec(text.slice(end));
    if (part && hour !== null) {
      end += part[0].length;
      if (/tarde|noche/i.test(part[1]) && hour < 12) hour += 12;
    }
    const tail = hour !== null ? TAIL.exec(text.slice(end)) : null;
    if (tail) end += tail[0].length;
    // A date without a year takes the year nearest publication unless a verb right next to it says otherwise.
    const dir = sinceBefore(start) ? 'past' : env.tense(start, end, 25);
    const date = dayFrom(r.start, env, dir);
    const clock = hour === null ? null : `T${pad2(hour)}:${pad2(r.start.get('minute') ?? 0)}`;
    if (!date && !clock) continue;
    let iv = date?.day != null ? dayOf(date.day).interval : null;
    if (date?.day != null && r.end) {
      const endDate = dayFrom(r.end, env, dir);
      if (endDate?.day != null) {
        const e = endDate.day < date.day ? toDay(ymd(endDate.day).y + 1, ymd(endDate.day).m, ymd(endDate.day).d) : endDate.day;
        iv = interval(date.day, e, 'day');
      }
    }
    let value: string;
    if (date) value = clock ? date.value + clock : date.value;
    else if (env.ref !== null) { value = isoDate(env.ref) + clock; iv = interval(env.ref, env.ref, 'time'); }
    else value = 'XXXX-XX-XX' + clock;
    out.push({
      type: clock ? 'TIME' : 'DATE', value, interval: iv, start, end,
      day: date?.day ?? null, clock, direction: date && !r.start.isCertain('year') ? (dir ?? undefined) : undefined,
    });
  }
  return out;
}
