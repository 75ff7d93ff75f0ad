// The shape of a time rule (a regex plus a builder, chrono-style) and the clause-tense helper they share.
import type { Interval, Sentence, TimexType } from '../core/types.ts';
import type { Direction } from './time-resolve.ts';

/** What a rule sees besides its match. */
export interface Env {
  text: string;
  /** Reference day (epoch days) or null when publication is unknown. */
  ref: number | null;
  /** Tense of the clause around [start, end): past, future, or null when nothing says. */
  tense(start: number, end: number, near?: number): Direction | null;
  /** True when the sentence describes something still going on ("has been warning", "is deploying"). */
  ongoing(start: number): boolean;
}

export interface Hit {
  type: TimexType;
  value: string;
  interval: Interval | null;
  mod?: string;
  direction?: Direction;
  /** Offsets override the match span (default: the match minus the `pre` group, trimmed). */
  start?: number;
  end?: number;
}

export interface Rule {
  by: string;
  /** Starts at the rule's keyword, so the scan stays fast (no optional groups before it). */
  re: RegExp;
  /** Optional words before the keyword ("in", "early", "the past"), matched backwards; ends with `$`. */
  back?: RegExp;
  build(m: RegExpExecArray, env: Env): Hit | null;
}

const BACK_WINDOW = 40;

/** Extends a keyword match with what `rule.back` finds just before it (groups merged, index moved back). */
export function withBack(rule: Rule, m: RegExpExecArray, text: string): RegExpExecArray {
  if (!rule.back) return m;
  const from = Math.max(0, m.index - BACK_WINDOW);
  const b = rule.back.exec(text.slice(from, m.index));
  if (!b || !b[0]) return m;
  const out = [b[0] + m[0], ...m.slice(1)] as unknown as RegExpExecArray;
  out.index = m.index - b[0].length;
  out.input = text;
  const groups: Record<string, string> = { ...(m.groups ?? {}) };
  for (const [k, v] of Object.entries(b.groups ?? {})) if (v !== undefined) groups[k] = v;
  out.groups = groups;
  return out;
}

/** A backward regex (non-global, anchored at the end). */
export function back(src: string, unicode = false): RegExp {
  return new RegExp(`(?:${src})$`, unicode ? 'iu' : 'i');
}

/** ASCII word edges: fast, and right for English (irregexp skips ahead quickly without the `u` flag). */
export const L = '\\b';
export const R = '\\b';
/** Word edges that also hold next to accented letters (Spanish); these rules use `rx(src, true)`. */
export const LU = '(?<![\\p{L}\\p{N}_])';
export const RU = '(?![\\p{L}\\p{N}_])';

export function rx(src: string, unicode = false): RegExp {
  return new RegExp(src, unicode ? 'giu' : 'gi');
}

/** Alternation of literal words, longest first, spaces matching any run of whitespace. */
export function alt(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

export const lower = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Naive sentence split for when no sentence layer is given. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[.!?]["”’)]*\s+(?=["“¿¡(]?[\p{Lu}\d])|\n\s*/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, end: m.index + 1 });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

interface Cue { start: number; end: number }

const PASSIVE_AUX = /\b(?:be|been|being|ser|sido)\s+$/i;

/** Builds env.tense / env.ongoing over sentences, caching each sentence's cue positions. */
export function makeTense(text: string, sentences: Sentence[], future: RegExp, past: RegExp, ongoingRe: RegExp) {
  const cache = new Map<number, { fut: Cue[]; past: Cue[]; ongoing: boolean }>();
  const sentenceAt = (pos: number): number => {
    let lo = 0, hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= pos) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const cues = (si: number) => {
    let c = cache.get(si);
    if (c) return c;
    const s = sentences[si] ?? { start: 0, end: text.length };
    const body = text.slice(s.start, s.end);
    const fut: Cue[] = [];
    const pst: Cue[] = [];
    for (const m of body.matchAll(future)) fut.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length });
    for (const m of body.matchAll(past)) {
      const a = s.start + m.index!, b = a + m[0].length;
      if (fut.some((f) => f.start < b && a < f.end)) continue;
      if (PASSIVE_AUX.test(text.slice(Math.max(s.start, a - 7), a))) continue; // "will be held": the auxiliary carries the tense
      pst.push({ start: a, end: b });
    }
    ongoingRe.lastIndex = 0;
    c = { fut, past: pst, ongoing: ongoingRe.test(body) };
    cache.set(si, c);
    return c;
  };
  const distance = (list: Cue[], a: number, b: number, near: number) => {
    let best = Infinity;
    for (const c of list) {
      if (c.start < b && a < c.end) continue; // a cue inside the expression itself says nothing
      const d = c.end <= a ? a - c.end : c.start - b;
      if (d > near) continue;
      if (near < Infinity && /[,;:—]/.test(c.end <= a ? text.slice(c.end, a) : text.slice(b, c.start))) continue;
      best = Math.min(best, d);
    }
    return best;
  };
  return {
    /** With `near`, only cues within that many characters and the same clause count. */
    tense(a: number, b: number, near = Infinity): Direction | null {
      const c = cues(sentenceAt(a));
      const df = distance(c.fut, a, b, near), dp = distance(c.past, a, b, near);
      if (df === Infinity && dp === Infinity) return null;
      return df < dp ? 'future' : 'past';
    },
    ongoing(a: number): boolean {
      return cues(sentenceAt(a)).ongoing;
    },
  };
}
