// English rules for calendar expressions: casual days, weekdays, relative periods, months, years, decades,
// quarters and seasons. Absolute day dates ("Oct. 23") come from chrono (time-chrono.ts).
import { EN_AMBIGUOUS_MONTHS, EN_MONTHS, EN_ORDINALS, EN_PARTS_OF_DAY, EN_SEASONS, EN_WEEKDAYS } from '../lexicons/time-en.ts';
import {
  applyMod, dayOf, decadeOf, monthByDirection, quarterByDirection, relativePeriod, seasonByDirection, unresolved,
  weekdayByDirection, yearOf, type Mod, type PeriodUnit, type Rel,
} from './time-resolve.ts';
import { L, R, alt, back, lower, rx, type Env, type Hit, type Rule } from './time-rule.ts';

const MOD = '(?<mod>early|earlier|late|later|mid|(?:the\\s+)?(?:end|beginning|start|middle|close|turn)\\s+of)';
const MONTHS = alt(Object.keys(EN_MONTHS));
const WEEKDAYS = alt(Object.keys(EN_WEEKDAYS));
const SEASONS = alt(Object.keys(EN_SEASONS));
const YEAR = '(?:1[89]|20)\\d{2}';

export function modOf(word: string | undefined): Mod | null {
  const w = lower(word).replace(/^the /, '');
  if (!w) return null;
  if (w === 'early' || w.startsWith('beginning') || w.startsWith('start') || w.startsWith('turn')) return 'START';
  if (w === 'mid' || w.startsWith('middle')) return 'MID';
  if (w === 'late' || w.startsWith('end') || w.startsWith('close')) return 'END';
  if (w === 'earlier') return 'BEFORE';
  if (w === 'later') return 'AFTER';
  return null;
}

function relOf(word: string | undefined): Rel {
  const w = lower(word);
  if (w === 'last' || w === 'past' || w === 'this past' || w === 'previous') return 'last';
  if (w === 'next' || w === 'coming' || w === 'this coming') return 'next';
  if (w === 'this' || w === 'current') return 'this';
  return null;
}

const isCapitalized = (s: string) => s[0] !== s[0].toLowerCase();
const dirOf = (env: Env, m: RegExpExecArray) => env.tense(m.index, m.index + m[0].length) ?? 'past';

/** Day part suffix → TIME value: "yesterday morning" → 2025-12-29TMO. */
function withPart(h: Hit, part: string | undefined): Hit {
  if (!part) return h;
  return { ...h, type: 'TIME', value: `${h.value}T${EN_PARTS_OF_DAY[lower(part)]}` };
}

const casualDay: Rule = {
  by: 'casual-day',
  re: rx(`${L}(?:(?<day>yesterday|today|tomorrow|tonight|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)(?:\\s+(?<part>morning|afternoon|evening|night))?|(?<lead>this|last|tomorrow|yesterday)\\s+(?<part2>morning|afternoon|evening|night))${R}`),
  build(m, env) {
    const g = m.groups!;
    const word = lower(g.day ?? g.lead);
    const offset = word.includes('before yesterday') ? -2 : word.includes('after tomorrow') ? 2
      : word === 'yesterday' || word === 'last' ? -1 : word === 'tomorrow' ? 1 : 0;
    const r = env.ref === null ? unresolved('XXXX-XX-XX') : dayOf(env.ref + offset);
    const h: Hit = { type: 'DATE', ...r };
    if (word === 'tonight') return { ...h, type: 'TIME', value: `${h.value}TNI` };
    return withPart(h, g.part ?? g.part2);
  },
};

const weekday: Rule = {
  by: 'weekday',
  re: rx(`${L}(?:(?<rel>this\\s+past|this\\s+coming|last|next|this|past|coming)\\s+)?(?:(?<mod>early|late)\\s+)?(?<wd>${WEEKDAYS})(?:['’]s)?(?:\\s+(?<part>morning|afternoon|evening|night))?${R}`),
  build(m, env) {
    const g = m.groups!;
    if (!isCapitalized(g.wd)) return null;
    const rel = relOf(g.rel);
    const direction = rel === 'next' ? 'future' : rel === 'last' ? 'past' : dirOf(env, m);
    const r = weekdayByDirection(env.ref, EN_WEEKDAYS[lower(g.wd)], rel, direction);
    const mod = g.mod ? (lower(g.mod) === 'early' ? 'START' : 'END') : undefined;
    return withPart({ type: 'DATE', ...r, mod, direction }, g.part);
  },
};

const PERIOD_UNITS: Record<string, PeriodUnit> = { week: 'week', weekend: 'weekend', month: 'month', year: 'year', quarter: 'quarter', ...EN_SEASONS };

const relativePeriodRule: Rule = {
  by: 'relative-period',
  re: rx(`${L}(?<rel>this\\s+past|this\\s+coming|last|this|next|past|current)\\s+(?:fiscal\\s+)?(?<unit>week|weekend|month|year|quarter|${SEASONS})${R}`),
  back: back(`${L}${MOD}(?:\\s+|-)(?:the\\s+)?`),
  build(m, env) {
    const g = m.groups!;
    if (!g.mod && /\bthe\s+$/i.test(env.text.slice(Math.max(0, m.index - 5), m.index))) return null; // "the past week" is a duration
    const rel = relOf(g.rel);
    const offset = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
    const r = relativePeriod(env.ref, PERIOD_UNITS[lower(g.unit)], offset);
    return { type: 'DATE', ...applyMod(r, modOf(g.mod), env.ref) };
  },
};

/** "mid-year", "the end of the month", "year-end": a part of the current period. */
const periodPart: Rule = {
  by: 'period-part',
  re: rx(`${L}(?:${MOD}(?:\\s+|-)?(?:the\\s+)?(?<unit>week|month|year)|(?<unit2>year|month)-end)${R}`),
  build(m, env) {
    const g = m.groups!;
    const mod = g.unit2 ? 'END' : modOf(g.mod);
    if (!mod || mod === 'BEFORE' || mod === 'AFTER') return null;
    if (!g.unit2 && !/the|mid|-/i.test(m[0])) return null; // "late week" is not a phrase; "mid-year", "the end of the month" are
    const r = relativePeriod(env.ref, PERIOD_UNITS[lower(g.unit ?? g.unit2)], 0);
    return { type: 'DATE', ...applyMod(r, mod, env.ref) };
  },
};

const month: Rule = {
  by: 'month',
  re: rx(`${L}(?<month>${MONTHS})${R}(?<dot>\\.(?=\\s+\\S))?(?!\\.?\\s*\\d{1,2}(?:st|nd|rd|th)?${R})(?:,?\\s+(?:of\\s+)?(?<year>${YEAR})${R})?`),
  back: back(`${L}(?<pre>(?:in|on|since|by|until|till|through|during|from|of|before|after|to|around|throughout)\\s+)|${L}(?<rel>this\\s+past|this\\s+coming|last|next|this)\\s+|${L}${MOD}(?:\\s+|-)`),
  build(m, env) {
    const g = m.groups!;
    const name = lower(g.month);
    if (!isCapitalized(g.month)) return null;
    if (name.length <= 4 && name !== 'june' && name !== 'july' && !g.dot && !g.year && name !== 'may') return null;
    if (EN_AMBIGUOUS_MONTHS.has(name) && !g.pre && !g.rel && !g.mod && !g.year) return null;
    const rel = relOf(g.rel);
    const direction = rel === 'next' ? 'future' : rel === 'last' ? 'past' : dirOf(env, m);
    const r = monthByDirection(env.ref, EN_MONTHS[name], g.year ? +g.year : null, rel, direction);
    const abbreviated = name.length <= 4 && name !== 'june' && name !== 'july' && name !== 'may';
    const end = g.dot && !abbreviated && !g.year ? m.index + m[0].length - 1 : undefined; // "in May." keeps the full stop out
    return { type: 'DATE', ...applyMod(r, modOf(g.mod), env.ref), direction: g.year ? undefined : direction, end };
  },
};

const year: Rule = {
  by: 'year',
  re: rx(`${L}(?<year>${YEAR})(?<poss>['’]s)?(?!\\s*(?:%|percent)|[\\d,.]\\d)${R}`),
  back: back(`(?:${L}(?<pre>(?:in|since|by|until|till|through|during|from|of|before|after|to|between|around|throughout|fiscal|and)\\s+)|(?<pre2>${YEAR}[-–])|${L}(?<the>(?:the|a|an|his|her|its|their|our)\\s+))?(?:${L}${MOD}(?:\\s+|-)(?:of\\s+)?)?`),
  build(m, env) {
    const g = m.groups!;
    if (!g.pre && !g.pre2 && !g.mod && !g.poss && !g.the && !/^[-–]\d{4}/.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
    if (g.the && !g.mod && !/^\s+[a-z]/.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null; // "the 2024 election"
    return { type: 'DATE', ...applyMod(yearOf(+g.year), modOf(g.mod), env.ref), start: m.index + (g.pre ?? g.pre2 ?? g.the ?? '').length };
  },
};

const decade: Rule = {
  by: 'decade',
  re: rx(`${L}(?:(?:early|mid|late)(?:\\s+|-))?(?:(?<full>(?:1[89]|20)\\d0)|['’](?<short>\\d0))['’]?s${R}`),
  build(m, env) {
    const g = m.groups!;
    const y = g.full ? +g.full : +g.short! >= 30 ? 1900 + +g.short! : 2000 + +g.short!;
    const mod = /^(early|mid|late)/i.exec(m[0])?.[1];
    return { type: 'DATE', ...applyMod(decadeOf(y), modOf(mod), env.ref) };
  },
};

const quarter: Rule = {
  by: 'quarter',
  re: rx(`${L}(?:(?:the\\s+)?(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)\\s+quarter(?:\\s+of\\s+(?:the\\s+year|(?<year>${YEAR}))|,?\\s+(?<year2>${YEAR}))?|(?<q>Q[1-4])(?:\\s+(?<year3>${YEAR}))?)${R}`),
  build(m, env) {
    const g = m.groups!;
    if (g.q && g.q[0] !== 'Q') return null;
    const q = g.q ? +g.q[1] : lower(g.ord) === 'final' ? 4 : EN_ORDINALS[lower(g.ord)];
    const y = g.year ?? g.year2 ?? g.year3;
    const r = quarterByDirection(env.ref, q, y ? +y : null, dirOf(env, m));
    return { type: 'DATE', ...r };
  },
};

const season: Rule = {
  by: 'season',
  re: rx(`${L}(?<season>${SEASONS})(?:\\s+(?:of\\s+)?(?<year>${YEAR}))?${R}`),
  back: back(`(?:${L}(?<pre>(?:in|since|during|over|through|throughout|by|until|of|before|after)\\s+))?(?:${L}(?<the>the\\s+))?(?:${L}${MOD}(?:\\s+|-)(?:the\\s+)?)?`),
  build(m, env) {
    const g = m.groups!;
    if (!g.year && !g.pre && !g.mod) return null;
    const s = EN_SEASONS[lower(g.season)];
    const r = seasonByDirection(env.ref, s, g.year ? +g.year : null, dirOf(env, m));
    return { type: 'DATE', ...applyMod(r, modOf(g.mod), env.ref), start: m.index + (g.pre ?? '').length };
  },
};

export const EN_DATE_RULES: Rule[] = [casualDay, weekday, relativePeriodRule, periodPart, month, year, decade, quarter, season];
