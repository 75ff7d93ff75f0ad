// English rules for stretches and references: durations, "ago", "in recent weeks", present/past
// references, sets ("every week", "daily"), narrative-anchored days ("the next day"), noon and midnight.
import { EN_NUMBERS, EN_VAGUE, EN_WEEKDAYS } from '../lexicons/time-en.ts';
import {
  agoResolve, anchoredDuration, dayOf, durationValue, interval, shift, unresolved, type DurUnit,
} from './time-resolve.ts';
import { L, R, alt, back, lower, rx, type Hit, type Rule } from './time-rule.ts';

const NUM = `(?:\\d+(?:\\.\\d+)?|${alt([...Object.keys(EN_NUMBERS), ...Object.keys(EN_VAGUE)])})`;
const UNIT = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|years?|decades?|century|centuries)';
const WEEKDAYS = alt(Object.keys(EN_WEEKDAYS));

export function unitOf(word: string): DurUnit {
  const w = lower(word).replace(/(?:s|ies)$/, (s) => (s === 'ies' ? 'y' : ''));
  switch (w) {
    case 'second': return 'S';
    case 'minute': return 'MIN';
    case 'hour': return 'H';
    case 'day': case 'night': return 'D';
    case 'week': case 'fortnight': return 'W';
    case 'weekend': return 'WE';
    case 'month': return 'M';
    case 'decade': return 'DE';
    case 'century': case 'centurie': return 'CE';
    default: return 'Y';
  }
}

/** Parses "three", "48", "a", "several": the number and whether TIMEX3 writes it as X. */
export function numberOf(word: string, numbers: Record<string, number>, vague: Record<string, number>): { n: number; vague: boolean } {
  const w = lower(word);
  if (w in vague) return { n: vague[w], vague: true };
  if (w in numbers) return { n: numbers[w], vague: false };
  return { n: Number(w), vague: false };
}

const APPROX: Record<string, string> = {
  'more than': 'MORE_THAN', over: 'MORE_THAN', 'less than': 'LESS_THAN', under: 'LESS_THAN', nearly: 'LESS_THAN',
  almost: 'LESS_THAN', about: 'APPROX', around: 'APPROX', roughly: 'APPROX', some: 'APPROX', 'at least': 'EQUAL_OR_MORE',
  'up to': 'EQUAL_OR_LESS',
};

/** After "a second": a word that makes it the ordinal ("a second strike"), not a unit ("a second later"). */
const ORDINAL_NEXT = /^[ \t]+(?!(?:ago|later|earlier|before|after|of|or|and|to|in|the|for|when|as|that|too|long|late)\b)[a-z]/i;

const duration: Rule = {
  by: 'duration',
  re: rx(`${L}(?<num>${NUM})(?:\\s+|-)(?:and\\s+a\\s+half\\s+)?(?<unit>${UNIT})(?:-long)?${R}(?!-old)(?<ago>\\s+ago${R})?`),
  back: back(`(?:${L}(?<pre>(?:for|over|during|throughout|within|in|after|lasting)\\s+))?(?:${L}(?<the>the\\s+)?(?<anch>past|last|next|previous|coming|first|final|following)\\s+)?(?:${L}(?<approx>more\\s+than|less\\s+than|nearly|almost|about|around|roughly|at\\s+least|up\\s+to|some|over|under)\\s+)?`),
  build(m, env) {
    const g = m.groups!;
    const fraction = /and\s+a\s+half/i.test(m[0]) ? 0.5 : 0;
    if (/^(?:a|an|one)$/i.test(g.num) && g.approx && lower(g.approx) === 'some') return null; // "some a day" is no phrase
    // "a second strike", "a second boat": the ordinal, not a duration of one second.
    if (/^(?:a|an)$/i.test(g.num) && lower(g.unit) === 'second' && !g.ago && ORDINAL_NEXT.test(m.input!.slice(m.index! + m[0].length))) return null;
    const { n: n0, vague } = numberOf(g.num, EN_NUMBERS, EN_VAGUE);
    const n = n0 + fraction;
    if (!Number.isFinite(n) || n <= 0 || n > 1000) return null;
    const unit = unitOf(g.unit);
    const approxMod = g.approx ? APPROX[lower(g.approx)] : undefined;
    if (g.ago) {
      if (vague) return { type: 'DATE', value: 'PAST_REF', interval: null };
      return { type: 'DATE', ...agoResolve(env.ref, n, unit), mod: approxMod, direction: 'past' };
    }
    const value = durationValue(vague ? null : n, unit);
    const anch = lower(g.anch);
    const pre = lower(g.pre);
    let iv = null;
    if (anch === 'past' || anch === 'last' || (anch === 'previous' && !g.the)) iv = anchoredDuration(env.ref, n, unit, 'past');
    else if (anch === 'next' || anch === 'coming') iv = anchoredDuration(env.ref, n, unit, 'future');
    else if (!anch && (pre === 'for' || pre === 'over' || pre === 'throughout' || pre === 'during')) {
      // "for several weeks, X has been warning": the stretch ends at publication; future clauses start there.
      const dir = env.tense(m.index, m.index + m[0].length);
      if (dir === 'future') iv = anchoredDuration(env.ref, n, unit, 'future');
      else if (env.ongoing(m.index)) iv = anchoredDuration(env.ref, n, unit, 'past');
    }
    return { type: 'DURATION', value, interval: iv, mod: approxMod };
  },
};

/** "the past week", "the coming weeks", "for weeks", "for years": a duration without a count. */
const bareDuration: Rule = {
  by: 'duration',
  re: rx(`${L}(?:(?<the>the\\s+)(?<anch>past|last|next|coming)\\s+(?<unit>week|month|year|day|weeks|months|years|days|decades)|(?<pre>(?:for|over|within|in|after|take|takes|took|taking)\\s+)(?<unit2>minutes|hours|days|weeks|months|years|decades)|(?<unit3>minutes|hours|days|weeks|months)(?=\\s+(?:before|after|later|earlier)${R}))${R}(?!\\s+(?:of|ago|and)${R})`),
  build(m, env) {
    const g = m.groups!;
    const word = g.unit ?? g.unit2 ?? g.unit3;
    const unit = unitOf(word);
    const plural = /s$/i.test(word);
    if (!plural && unit === 'D' && g.anch && !/past|last/i.test(g.anch)) return null; // "the next day" is anchored, not a span
    const n = plural ? 3 : 1;
    const value = durationValue(plural ? null : 1, unit);
    const anch = lower(g.anch);
    const dir = anch === 'next' || anch === 'coming' ? 'future' : anch ? 'past' : env.tense(m.index, m.index + m[0].length);
    const iv = anch || env.ongoing(m.index) || dir === 'future' ? anchoredDuration(env.ref, n, unit, dir === 'future' ? 'future' : 'past') : null;
    return { type: 'DURATION', value, interval: iv };
  },
};

// How far back "recent" reaches, by unit (a convention; the interval is marked open).
const RECENT_SPAN: Record<string, [number, DurUnit]> = { days: [7, 'D'], weeks: [4, 'W'], months: [3, 'M'], years: [3, 'Y'] };

/** "in recent weeks" → [ref − 4 weeks, ref], granularity open; "recently" likewise. */
const recent: Rule = {
  by: 'recent-weeks',
  re: rx(`${L}(?:recent\\s+(?<unit>days|weeks|months|years)|(?<adv>recently|lately))${R}`),
  build(m, env) {
    const g = m.groups!;
    const [k, u] = RECENT_SPAN[lower(g.unit ?? 'weeks')];
    const iv = env.ref === null ? null : interval(shift(env.ref, -k, u), env.ref, 'open');
    return { type: 'DATE', value: 'PAST_REF', interval: iv };
  },
};

const reference: Rule = {
  by: 'reference',
  re: rx(`${L}(?:(?<now>now|currently|at\\s+present|presently|nowadays|right\\s+now|at\\s+the\\s+moment|these\\s+days)|(?<pre>in\\s+)the\\s+(?:(?<past>past)|(?:near\\s+|distant\\s+)?(?<fut>future)))${R}(?![-–])`),
  build(m, env) {
    const g = m.groups!;
    if (g.now) return { type: 'DATE', value: 'PRESENT_REF', interval: env.ref === null ? null : dayOf(env.ref).interval };
    return { type: 'DATE', value: g.past ? 'PAST_REF' : 'FUTURE_REF', interval: null };
  },
};

const SET_UNIT: Record<string, string> = {
  second: 'PT1S', minute: 'PT1M', hour: 'PT1H', day: 'P1D', night: 'P1D', week: 'P1W', weekend: 'P1WE', month: 'P1M', year: 'P1Y',
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', quarterly: 'P3M', yearly: 'P1Y', annually: 'P1Y',
};
const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV' };

const set: Rule = {
  by: 'set',
  re: rx(`${L}(?:(?:every|each)\\s+(?:(?<num>other|\\d+|two|three|four|five|six|few)\\s+)?(?:(?<wd>${WEEKDAYS})|(?<part>morning|afternoon|evening)|(?<unit>second|minute|hour|day|night|week|weekend|month|year))s?|(?<adv>hourly|daily|nightly|weekly|biweekly|monthly|quarterly|yearly|annually)|(?<freq>once|twice|three\\s+times|four\\s+times|\\d+\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<unit2>hour|day|week|month|year)|(?<wdp>${WEEKDAYS})s)${R}`),
  build(m, env) {
    const g = m.groups!;
    if (g.adv && g.adv[0] !== g.adv[0].toLowerCase() && !/[.!?"“]\s*$|^\s*$/.test(env.text.slice(Math.max(0, m.index - 3), m.index))) return null; // "the Daily Mail"
    const wd = g.wd ?? g.wdp;
    if (wd) return { type: 'SET', value: `XXXX-WXX-${EN_WEEKDAYS[lower(wd)]}`, interval: null };
    if (g.part) return { type: 'SET', value: `XXXX-XX-XXT${PARTS[lower(g.part)]}`, interval: null };
    const base = SET_UNIT[lower(g.unit ?? g.unit2 ?? g.adv)];
    const k = g.num ? (lower(g.num) === 'other' ? 2 : numberOf(g.num, EN_NUMBERS, { few: 3 }).n) : 1;
    const value = k === 1 ? base : base.replace('1', lower(g.num) === 'few' ? 'X' : String(k));
    return { type: 'SET', value, interval: null };
  },
};

const ANCHORED_VALUE: Record<string, string> = {
  day: 'XXXX-XX-XX', morning: 'XXXX-XX-XXTMO', afternoon: 'XXXX-XX-XXTAF', evening: 'XXXX-XX-XXTEV', night: 'XXXX-XX-XXTNI',
  week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', year: 'XXXX',
};

/** Days told relative to the narrative, not to publication: kept, never resolved ("the next day"). */
const anchored: Rule = {
  by: 'anchored',
  re: rx(`${L}(?:the\\s+(?:next|following|previous|preceding|prior)\\s+(?<u1>day|morning|afternoon|evening|night|week|weekend|month|year)|the\\s+(?<u2>day)\\s+(?:before|after)|(?:that|the\\s+same)\\s+(?<u3>day|morning|afternoon|evening|night|week|month|year))${R}(?!\\s*[-–])`),
  build(m) {
    const g = m.groups!;
    const u = lower(g.u1 ?? g.u2 ?? g.u3);
    const type = u === 'morning' || u === 'afternoon' || u === 'evening' || u === 'night' ? 'TIME' : 'DATE';
    return { type, ...unresolved(ANCHORED_VALUE[u]) };
  },
};

const noon: Rule = {
  by: 'noon',
  re: rx(`${L}(?<w>noon|midday|midnight)${R}`),
  build(m, env) {
    const hhmm = lower(m.groups!.w) === 'midnight' ? 'T24:00' : 'T12:00';
    const day = env.ref === null ? unresolved('XXXX-XX-XX') : dayOf(env.ref);
    const h: Hit = { type: 'TIME', value: day.value + hhmm, interval: day.interval };
    return h;
  },
};

export const EN_SPAN_RULES: Rule[] = [duration, bareDuration, recent, reference, set, anchored, noon];
