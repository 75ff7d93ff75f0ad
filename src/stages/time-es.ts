// Spanish rules: "ayer", "el lunes", "la semana pasada", "a principios de este mes", "desde mediados de año",
// "en las últimas semanas", "durante varias semanas", "hace tres días", sets and references.
// Day dates ("el 23 de octubre") and clock times come from chrono (time-chrono.ts).
import { ES_MONTHS, ES_NUMBERS, ES_SEASONS, ES_VAGUE, ES_WEEKDAYS } from '../lexicons/time-es.ts';
import { numberOf } from './time-en-spans.ts';
import {
  agoResolve, anchoredDuration, applyMod, dayOf, decadeOf, durationValue, interval, monthByDirection, relativePeriod,
  seasonByDirection, shift, unresolved, weekdayByDirection, yearOf, type DurUnit, type Mod, type PeriodUnit, type Rel,
} from './time-resolve.ts';
import { LU as L, RU as R, alt, lower, rx, type Env, type Hit, type Rule } from './time-rule.ts';

const MONTHS = alt(Object.keys(ES_MONTHS));
const WEEKDAYS = alt(Object.keys(ES_WEEKDAYS));
const YEAR = '(?:1[89]|20)\\d{2}';
const NUM = `(?:\\d+(?:[.,]\\d+)?|${alt([...Object.keys(ES_NUMBERS), ...Object.keys(ES_VAGUE)])})`;
const PART: Record<string, string> = { mañana: 'MO', tarde: 'AF', noche: 'NI', madrugada: 'NI' };
const PERIOD: Record<string, PeriodUnit> = { semana: 'week', 'fin de semana': 'weekend', mes: 'month', año: 'year', trimestre: 'quarter', ...ES_SEASONS };

const dirOf = (env: Env, m: RegExpExecArray) => env.tense(m.index, m.index + m[0].length) ?? 'past';

function relOf(word: string | undefined): Rel {
  const w = lower(word);
  if (!w) return null;
  if (/^pasad|^últim|^anterior/.test(w)) return 'last';
  if (/^próxim|que viene|entrante/.test(w)) return 'next';
  if (/^est/.test(w)) return 'this';
  return null;
}

function modOf(word: string | undefined): Mod | null {
  const w = lower(word);
  if (/^(principios|comienzos|inicios)$/.test(w)) return 'START';
  if (w === 'mediados') return 'MID';
  if (/^(finales|fines)$/.test(w)) return 'END';
  return null;
}

function unitOf(word: string): DurUnit {
  const w = lower(word);
  if (w.startsWith('segundo')) return 'S';
  if (w.startsWith('minuto')) return 'MIN';
  if (w.startsWith('hora')) return 'H';
  if (w.startsWith('día') || w.startsWith('dia')) return 'D';
  if (w.startsWith('semana')) return 'W';
  if (w.startsWith('mes')) return 'M';
  if (w.startsWith('década')) return 'DE';
  return 'Y';
}

const withPart = (h: Hit, part: string | undefined): Hit => (part ? { ...h, type: 'TIME', value: `${h.value}T${PART[lower(part)]}` } : h);

const casual: Rule = {
  by: 'casual-day',
  re: rx(`${L}(?:(?<w>anteayer|antier|ayer|hoy|anoche|pasado\\s+mañana|mañana)(?:\\s+(?:por\\s+la\\s+|en\\s+la\\s+)?(?<part>mañana|tarde|noche|madrugada))?|(?<esta>esta)\\s+(?<part2>mañana|tarde|noche|madrugada))${R}(?!\\s+en\\s+día)`, true),
  build(m, env) {
    const g = m.groups!;
    const w = lower(g.w ?? 'hoy');
    // "la mañana", "cada mañana" are parts of a day; a word that only ends so ("Venezuela mañana") is none of them.
    if (w === 'mañana' && /(?:^|[^\p{L}])(?:la|esta|cada|una|toda|de|por)\s+$/iu.test(env.text.slice(Math.max(0, m.index - 8), m.index))) return null;
    const offset = w === 'anteayer' || w === 'antier' ? -2 : w === 'ayer' || w === 'anoche' ? -1 : w === 'mañana' ? 1 : w.startsWith('pasado') ? 2 : 0;
    const r = env.ref === null ? unresolved('XXXX-XX-XX') : dayOf(env.ref + offset);
    if (w === 'anoche') return { type: 'TIME', value: `${r.value}TNI`, interval: r.interval };
    return withPart({ type: 'DATE', ...r }, g.part ?? g.part2);
  },
};

const weekday: Rule = {
  by: 'weekday',
  re: rx(`${L}(?:(?:el|este)\\s+)?(?:(?<rel>próximo|pasado)\\s+)?(?<wd>${WEEKDAYS})(?:\\s+(?<rel2>pasado|próximo|que\\s+viene))?(?:\\s+(?:por\\s+la\\s+|en\\s+la\\s+)?(?<part>mañana|tarde|noche|madrugada))?${R}`, true),
  build(m, env) {
    const g = m.groups!;
    // a set ("los martes", "cada lunes"); "atacada el martes", "Carlos el lunes" only end in those letters.
    if (/(?:^|[^\p{L}])(?:los|todos\s+los|cada)\s+$/iu.test(env.text.slice(Math.max(0, m.index - 12), m.index))) return null;
    const rel = relOf(g.rel ?? g.rel2) ?? (/^este/i.test(m[0]) ? 'this' : null);
    const direction = rel === 'next' ? 'future' : rel === 'last' ? 'past' : dirOf(env, m);
    const r = weekdayByDirection(env.ref, ES_WEEKDAYS[lower(g.wd)], rel, direction);
    return withPart({ type: 'DATE', ...r, direction }, g.part);
  },
};

const relativePeriodRule: Rule = {
  by: 'relative-period',
  re: rx(`${L}(?:(?<art>la|el|este|esta)\\s+)?(?:(?<relpre>próxima|próximo)\\s+)?(?<unit>semana|fin\\s+de\\s+semana|mes|año|trimestre|primavera|verano|otoño|invierno)(?:\\s+(?<rel>pasad[oa]|próxim[oa]|que\\s+viene|entrante))?${R}`, true),
  build(m, env) {
    const g = m.groups!;
    const rel = relOf(g.relpre ?? g.rel) ?? (/^est/i.test(g.art ?? '') ? 'this' : null);
    if (!rel) return null;
    const r = relativePeriod(env.ref, PERIOD[lower(g.unit)], rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
    return { type: 'DATE', ...r };
  },
};

/** "a principios de este mes", "a mediados de diciembre", "desde mediados de año", "a finales de 2024". */
const periodPart: Rule = {
  by: 'period-part',
  re: rx(`${L}(?<pre>(?:a|hasta|para)\\s+)?(?<mod>principios|comienzos|inicios|mediados|finales|fines)\\s+del?\\s+(?:(?<thisw>este|esta)\\s+(?<u1>mes|año|semana)|(?:(?:el|la)\\s+)?(?<u2>mes|año|semana)(?:\\s+(?<rel>pasad[oa]|próxim[oa]|que\\s+viene))?|(?<month>${MONTHS})(?:\\s+del?\\s+(?<my>${YEAR}))?|(?<year>${YEAR}))${R}`, true),
  build(m, env) {
    const g = m.groups!;
    const mod = modOf(g.mod);
    let r;
    if (g.year) r = yearOf(+g.year);
    else if (g.month) r = monthByDirection(env.ref, ES_MONTHS[lower(g.month)], g.my ? +g.my : null, null, dirOf(env, m));
    else {
      const rel = relOf(g.rel);
      r = relativePeriod(env.ref, PERIOD[lower(g.u1 ?? g.u2)], rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
    }
    return { type: 'DATE', ...applyMod(r, mod, env.ref) };
  },
};

const month: Rule = {
  by: 'month',
  re: rx(`${L}(?:(?<pre>(?:en|desde|hasta|para|durante|antes\\s+de|después\\s+de|entre|a\\s+partir\\s+de)\\s+))?(?<month>${MONTHS})(?:\\s+del?\\s+(?<year>${YEAR}))?(?:\\s+(?<rel>pasado|próximo|que\\s+viene))?${R}`, true),
  build(m, env) {
    const g = m.groups!;
    if (!g.pre && !g.year && !g.rel) return null;
    const rel = relOf(g.rel);
    const direction = rel === 'next' ? 'future' : rel === 'last' ? 'past' : dirOf(env, m);
    const r = monthByDirection(env.ref, ES_MONTHS[lower(g.month)], g.year ? +g.year : null, rel, direction);
    return { type: 'DATE', ...r, direction: g.year ? undefined : direction };
  },
};

const year: Rule = {
  by: 'year',
  re: rx(`${L}(?<pre>(?:en|desde|hasta|durante|de|del|antes\\s+de|después\\s+de|entre|a\\s+partir\\s+de|el\\s+año)\\s+)(?<year>${YEAR})(?![\\d.,]\\d)${R}`, true),
  build(m) {
    return { type: 'DATE', ...yearOf(+m.groups!.year) };
  },
};

const DECADE_WORDS: Record<string, number> = { cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 };
const decade: Rule = {
  by: 'decade',
  re: rx(`${L}(?:los\\s+(?:años\\s+)?(?:(?<d>[2-9]0)|(?<w>cincuenta|sesenta|setenta|ochenta|noventa))|la\\s+década\\s+de(?:\\s+los)?\\s+(?:(?<full>(?:1[89]|20)\\d0)|(?<d2>[2-9]0)|(?<w2>cincuenta|sesenta|setenta|ochenta|noventa)))${R}`, true),
  build(m) {
    const g = m.groups!;
    const y = g.full ? +g.full : 1900 + +(g.d ?? g.d2 ?? DECADE_WORDS[lower(g.w ?? g.w2)]);
    return { type: 'DATE', ...decadeOf(y) };
  },
};

const season: Rule = {
  by: 'season',
  re: rx(`${L}(?<pre>(?:en|durante|desde|hasta|a\\s+lo\\s+largo\\s+de)\\s+)(?:el\\s+)?(?<s>primavera|verano|otoño|invierno)(?:\\s+del?\\s+(?<year>${YEAR}))?${R}`, true),
  build(m, env) {
    const g = m.groups!;
    return { type: 'DATE', ...seasonByDirection(env.ref, ES_SEASONS[lower(g.s)], g.year ? +g.year : null, dirOf(env, m)) };
  },
};

const duration: Rule = {
  by: 'duration',
  re: rx(`${L}(?<pre>(?:durante|por|en|desde\\s+hace|hace|tras|después\\s+de|dentro\\s+de|a\\s+lo\\s+largo\\s+de)\\s+)?(?:(?<ult>(?:las|los)\\s+(?:últim[oa]s|próxim[oa]s|pasad[oa]s))\\s+)?(?:(?<approx>más\\s+de|menos\\s+de|casi|unos|unas|alrededor\\s+de|cerca\\s+de|al\\s+menos)\\s+)?(?<num>${NUM})\\s+(?<unit>segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?|décadas?)${R}`, true),
  build(m, env) {
    const g = m.groups!;
    const { n, vague } = numberOf(g.num.replace(',', '.'), ES_NUMBERS, ES_VAGUE);
    if (!Number.isFinite(n) || n <= 0 || n > 1000) return null;
    const unit = unitOf(g.unit);
    const pre = lower(g.pre);
    if (pre === 'hace') {
      if (vague) return { type: 'DATE', value: 'PAST_REF', interval: null };
      return { type: 'DATE', ...agoResolve(env.ref, n, unit), start: m.index, direction: 'past' };
    }
    const value = durationValue(vague ? null : n, unit);
    const ult = lower(g.ult);
    let iv = null;
    if (pre === 'desde hace' || /últim|pasad/.test(ult)) iv = anchoredDuration(env.ref, n, unit, 'past');
    else if (/próxim/.test(ult)) iv = anchoredDuration(env.ref, n, unit, 'future');
    else if (pre === 'durante' || pre === 'por' || pre === 'a lo largo de') {
      const dir = env.tense(m.index, m.index + m[0].length);
      if (dir === 'future') iv = anchoredDuration(env.ref, n, unit, 'future');
      else if (env.ongoing(m.index)) iv = anchoredDuration(env.ref, n, unit, 'past');
    }
    return { type: 'DURATION', value, interval: iv, start: pre === 'desde hace' ? m.index : undefined };
  },
};

const RECENT_SPAN: Record<string, [number, DurUnit]> = { d: [7, 'D'], s: [4, 'W'], m: [3, 'M'], a: [3, 'Y'] };

/** "en las últimas semanas" / "recientemente": [ref − 4 weeks, ref], open; "las próximas semanas" looks ahead. */
const recent: Rule = {
  by: 'recent-weeks',
  re: rx(`${L}(?:(?<art>las|los)\\s+(?<which>últim[oa]s|recientes|próxim[oa]s)\\s+(?<unit>días|semanas|meses|años)|(?<unit2>días|semanas|meses|años)\\s+recientes|(?<adv>recientemente|últimamente))${R}`, true),
  build(m, env) {
    const g = m.groups!;
    const key = lower(g.unit ?? g.unit2 ?? 'semanas')[0];
    const [k, u] = RECENT_SPAN[key] ?? RECENT_SPAN.s;
    if (/^próxim/i.test(g.which ?? '')) {
      return { type: 'DURATION', value: durationValue(null, unitOf(g.unit)), interval: anchoredDuration(env.ref, 3, unitOf(g.unit), 'future') };
    }
    const iv = env.ref === null ? null : interval(shift(env.ref, -k, u), env.ref, 'open');
    return { type: 'DATE', value: 'PAST_REF', interval: iv };
  },
};

const reference: Rule = {
  by: 'reference',
  re: rx(`${L}(?:(?<now>ahora|actualmente|en\\s+la\\s+actualidad|hoy\\s+en\\s+día|hoy\\s+día)|en\\s+el\\s+(?<past>pasado)|en\\s+el\\s+(?<fut>futuro))${R}`, true),
  build(m, env) {
    const g = m.groups!;
    if (g.now) return { type: 'DATE', value: 'PRESENT_REF', interval: env.ref === null ? null : dayOf(env.ref).interval };
    return { type: 'DATE', value: g.past ? 'PAST_REF' : 'FUTURE_REF', interval: null };
  },
};

const SET_UNIT: Record<string, string> = { hora: 'PT1H', día: 'P1D', dia: 'P1D', semana: 'P1W', mes: 'P1M', año: 'P1Y', noche: 'P1D', diariamente: 'P1D', semanalmente: 'P1W', mensualmente: 'P1M', anualmente: 'P1Y', diario: 'P1D' };

const set: Rule = {
  by: 'set',
  re: rx(`${L}(?:cada\\s+(?:(?<num>dos|tres|cuatro|\\d+)\\s+)?(?<unit>hora|día|semana|mes|año|noche|mañana|${WEEKDAYS})s?|tod[oa]s\\s+l[oa]s\\s+(?<unit2>horas|días|semanas|meses|años|noches|mañanas|${WEEKDAYS})|(?<adv>diariamente|semanalmente|mensualmente|anualmente|a\\s+diario)|(?:una|dos|tres|\\d+)\\s+veces?\\s+(?:al|a\\s+la|por)\\s+(?<unit3>día|semana|mes|año)|los\\s+(?<wd>${WEEKDAYS}))${R}`, true),
  build(m) {
    const g = m.groups!;
    const raw = lower(g.unit ?? g.unit2 ?? g.unit3 ?? g.wd ?? g.adv).replace(/^a /, '');
    const wdKey = Object.keys(ES_WEEKDAYS).find((w) => raw === w);
    if (wdKey) return { type: 'SET', value: `XXXX-WXX-${ES_WEEKDAYS[wdKey]}`, interval: null };
    if (raw.startsWith('mañana')) return { type: 'SET', value: 'XXXX-XX-XXTMO', interval: null };
    const singular = raw.replace(/es$/, '').replace(/s$/, '').replace('mese', 'mes');
    const base = SET_UNIT[raw] ?? SET_UNIT[singular] ?? 'P1D';
    const k = g.num ? numberOf(g.num, ES_NUMBERS, {}).n : 1;
    return { type: 'SET', value: k === 1 ? base : base.replace('1', String(k)), interval: null };
  },
};

const anchored: Rule = {
  by: 'anchored',
  re: rx(`${L}(?:al\\s+(?<u1>día)\\s+siguiente|el\\s+(?<u2>día)\\s+(?:anterior|siguiente)|la\\s+(?<u3>semana)\\s+(?:siguiente|anterior)|(?:ese|aquel)\\s+(?<u4>día|mes|año)|(?:esa|aquella)\\s+(?<u5>semana|noche))${R}`, true),
  build(m) {
    const g = m.groups!;
    const u = lower(g.u1 ?? g.u2 ?? g.u3 ?? g.u4 ?? g.u5);
    const value = u === 'semana' ? 'XXXX-WXX' : u === 'mes' ? 'XXXX-XX' : u === 'año' ? 'XXXX' : u === 'noche' ? 'XXXX-XX-XXTNI' : 'XXXX-XX-XX';
    return { type: u === 'noche' ? 'TIME' : 'DATE', ...unresolved(value) };
  },
};

export const ES_RULES: Rule[] = [casual, weekday, relativePeriodRule, periodPart, month, year, decade, season, duration, recent, reference, set, anchored];
