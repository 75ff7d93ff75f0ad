// The time stage: finds time expressions (TIMEX3 DATE/TIME/DURATION/SET), resolves them against the
// publication day into inclusive date intervals, and leaves them unresolved (X values) when it is unknown.
import type { Doc, Sentence, TimeExpr } from '../core/types.ts';
import type { Stage } from '../pipeline/stage.ts';
import { EN_FUTURE_CUES, EN_PAST_CUES } from '../lexicons/time-en.ts';
import { ES_FUTURE_CUES, ES_PAST_CUES } from '../lexicons/time-es.ts';
import { parseReference } from './time-calendar.ts';
import { chronoHits } from './time-chrono.ts';
import { EN_DATE_RULES } from './time-en-dates.ts';
import { EN_SPAN_RULES } from './time-en-spans.ts';
import { ES_RULES } from './time-es.ts';
import { mergeAdjacent, openSince, type Candidate } from './time-merge.ts';
import { L, LU, R, RU, makeTense, rx, splitSentences, withBack, type Env, type Rule } from './time-rule.ts';

const EN_RULES: Rule[] = [...EN_DATE_RULES, ...EN_SPAN_RULES];

interface Lang {
  rules: Rule[];
  future: RegExp;
  past: RegExp;
  ongoing: RegExp;
  since: RegExp;
}

let langs: Record<string, Lang> | null = null;
function langFor(language: string): Lang {
  langs ??= {
    en: {
      rules: EN_RULES,
      future: rx(`${L}(?:${EN_FUTURE_CUES})${R}`),
      past: rx(`${L}(?:${EN_PAST_CUES}|[a-z]{3,}ed)${R}`),
      ongoing: rx(`${L}(?:(?:has|have|had)\\s+(?:been|[a-z]+ed|[a-z]+en)|(?:is|are)\\s+[a-z]+ing|continues?|still|ongoing)${R}`),
      since: /(?:^|[^\p{L}])since\s+$/iu,
    },
    es: {
      rules: ES_RULES,
      future: rx(`${LU}(?:${ES_FUTURE_CUES})${RU}`, true),
      past: rx(`${LU}(?:${ES_PAST_CUES})${RU}`, true),
      ongoing: rx(`${LU}(?:(?:ha|han)\\s+(?:estado|venido|\\p{L}+ado|\\p{L}+ido)|(?:está|están|sigue|siguen|continúa|continúan|lleva|llevan)\\s+\\p{L}+|desde\\s+hace)${RU}`, true),
      since: /(?:^|[^\p{L}])desde\s+(?:(?:el|la|los|las)\s+)?$/iu,
    },
  };
  return langs[language] ?? langs.en;
}

/** Extracts and normalises the time expressions of a text; `ref` is the publication time (ISO) or null. */
export function extractTimes(text: string, ref: string | null, language: string, sentences?: Sentence[]): TimeExpr[] {
  const lang = langFor(language);
  const refDay = parseReference(ref);
  const sents = sentences?.length ? sentences : splitSentences(text);
  const tense = makeTense(text, sents, lang.future, lang.past, lang.ongoing);
  const env: Env = { text, ref: refDay, tense: tense.tense, ongoing: tense.ongoing };
  const sinceBefore = (pos: number) => lang.since.test(text.slice(Math.max(0, pos - 16), pos));

  const found: Candidate[] = [];
  for (const rule of lang.rules) {
    rule.re.lastIndex = 0;
    for (const m0 of text.matchAll(rule.re)) {
      const m = withBack(rule, m0, text);
      const hit = rule.build(m, env);
      if (!hit) continue;
      let start = hit.start ?? m.index + (m.groups?.pre?.length ?? 0);
      let end = hit.end ?? m.index + m[0].length;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end > start) found.push({ ...hit, start, end, by: rule.by, day: null, clock: null });
    }
  }
  for (const h of chronoHits(text, env, language, sinceBefore)) found.push({ ...h, by: 'chrono' });

  // Longest match wins; among equals the earlier rule (rules before chrono).
  const order = found.map((c, i) => ({ c, i })).sort((a, b) => (b.c.end - b.c.start) - (a.c.end - a.c.start) || a.i - b.i);
  const taken: Candidate[] = [];
  for (const { c } of order) {
    if (!taken.some((t) => t.start < c.end && c.start < t.end)) taken.push(c);
  }
  taken.sort((a, b) => a.start - b.start);
  const merged = mergeAdjacent(text, taken, language);
  return merged.map((c) => openSince(text, c, lang.since)).map(toTimeExpr(text));
}

const toTimeExpr = (text: string) => (c: Candidate): TimeExpr => {
  const t: TimeExpr = { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, value: c.value, interval: c.interval, by: c.by };
  if (c.mod) t.mod = c.mod;
  if (c.direction) t.direction = c.direction;
  return t;
};

export const timeStage: Stage = {
  name: 'time',
  requires: ['sentences'],
  provides: ['times'],
  run(doc: Doc, ctx) {
    const ref = ctx.referenceTime;
    if (ref && parseReference(ref) === null) {
      doc.messages.push({ level: 'warn', code: 'time.bad-reference', text: `reference time "${ref}" is not an ISO date; relative dates left unresolved` });
    }
    doc.layers.times = extractTimes(doc.text, ref, ctx.language, doc.layers.sentences);
  },
};
