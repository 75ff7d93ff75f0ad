// Quotes stage: direct quotations (with speaker, cue and place from the reporting clause), scare quotes,
// and indirect speech ("X said that ...", "according to X, ...", "..., as revealed by X").
import type { Doc, Quote, Speaker } from '../core/types.ts';
import type { Stage } from '../pipeline/stage.ts';
import { buildIndex, cueAt, placeInClause, speakerAfter, subjectBefore, type DocIndex } from './attribution.ts';
import { scanQuotes, wordCount, type QuoteMarks } from './attribution-marks.ts';
import { outletsNamed, resolveMediaSpeaker } from './attribution-media.ts';
import { indirectQuotes } from './attribution-indirect.ts';

/** Index of the first token starting at or after offset (binary search). */
export function tokenAt(ix: DocIndex, offset: number): number {
  let lo = 0;
  let hi = ix.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const QUOTE_MARK = /^[“”"«»‘’„‹›]$/;

interface Attribution {
  speaker: Speaker | null;
  cue: string | null;
  place: string | null;
  /** Token index of the cue, so indirect-speech detection skips it. */
  cueTok: number;
}

const NONE: Attribution = { speaker: null, cue: null, place: null, cueTok: -1 };

/** "according to X" / "según X" starting at token i: the speaker after it. */
function accordingTo(ix: DocIndex, i: number, hi: number): Attribution | null {
  const t = ix.tokens[i];
  if (t.normal === 'according' && ix.tokens[i + 1]?.normal === 'to') {
    const sp = speakerAfter(ix, i + 2, hi);
    return sp ? { speaker: sp, cue: 'according to', place: null, cueTok: i } : null;
  }
  if (t.normal === 'según') {
    const sp = speakerAfter(ix, i + 1, hi);
    return sp ? { speaker: sp, cue: 'según', place: null, cueTok: i } : null;
  }
  return null;
}

/** A reporting clause after the closing mark: ", the Republican told reporters at ..." or ", said Trump". */
function clauseAfter(ix: DocIndex, a: number, b: number): Attribution | null {
  while (a < b && /^[,—–-]$/.test(ix.tokens[a].normal)) a++;
  for (let v = a; v < Math.min(b, a + 14); v++) {
    if (QUOTE_MARK.test(ix.tokens[v].normal)) break;
    const acc = accordingTo(ix, v, b);
    if (acc) return acc;
    const cls = cueAt(ix, v);
    if (!cls) continue;
    // "X called it “an act of piracy” and said …": a coordinated cue belongs to the subject before the quotation.
    if (v > a && /^(?:and|but)$/.test(ix.tokens[v - 1].normal)) return null;
    const speaker = v === a ? speakerAfter(ix, v + 1, b) : subjectBefore(ix, v, a) ?? speakerAfter(ix, v + 1, b);
    if (!speaker) continue;
    return { speaker, cue: ix.tokens[v].normal, place: placeInClause(ix, v + 1, b), cueTok: v };
  }
  return null;
}

/** A reporting clause before the opening mark: "X said:", "X told reporters that", "according to X,". */
function clauseBefore(ix: DocIndex, lo: number, open: number, near: boolean): Attribution | null {
  const limit = near ? Math.max(lo, open - 7) : lo;
  for (let v = open - 1; v >= limit; v--) {
    const t = ix.tokens[v];
    if (QUOTE_MARK.test(t.normal) || near && /^[,;]$/.test(t.normal)) break;
    const acc = accordingTo(ix, v, open);
    if (acc) return acc;
    const cls = cueAt(ix, v);
    if (!cls || near && cls === 'believed') continue;
    const speaker = subjectBefore(ix, v, lo);
    if (!speaker) continue;
    return { speaker, cue: t.normal, place: placeInClause(ix, v + 1, open), cueTok: v };
  }
  return null;
}

function attribute(ix: DocIndex, q: QuoteMarks, doc: Doc): { attr: Attribution; sentence: number; scare: boolean } {
  const openTok = tokenAt(ix, q.open);
  const closeTok = q.close >= 0 ? tokenAt(ix, q.close) : tokenAt(ix, q.end) - 1;
  const sOpen = ix.tokens[openTok]?.sentence ?? 0;
  const sClose = ix.tokens[Math.min(closeTok, ix.tokens.length - 1)]?.sentence ?? sOpen;
  const [lo] = ix.sentTok[sOpen] ?? [0, 0];
  const [, hi] = ix.sentTok[sClose] ?? [0, 0];
  // A previous quotation in the same sentence bounds the clause before this one.
  let from = lo;
  for (let k = openTok - 1; k >= lo; k--) if (QUOTE_MARK.test(ix.tokens[k].normal)) { from = k + 1; break; }
  const words = wordCount(doc.text.slice(q.start, q.end));
  const textBefore = openTok - from > 0 && ix.tokens.slice(from, openTok).some((t) => t.pos !== 'PUNCT');
  const after = q.close >= 0 ? clauseAfter(ix, closeTok + 1, hi) : null;
  const scare = words <= 3 && textBefore && !after;
  if (scare) return { attr: clauseBefore(ix, from, openTok, true) ?? NONE, sentence: sOpen, scare };
  return { attr: after ?? clauseBefore(ix, from, openTok, false) ?? NONE, sentence: sOpen, scare };
}

function cueSpanOf(ix: DocIndex, a: Attribution): { start: number; end: number } {
  const t = ix.tokens[a.cueTok];
  const last = a.cue === 'according to' ? ix.tokens[a.cueTok + 1] : t;
  return { start: t.start, end: last.end };
}

/** Finds quotes in a document with its tokens and entities. */
export function findQuotes(doc: Doc): Quote[] {
  const ix = buildIndex(doc);
  if (!ix.tokens.length) return [];
  const named = outletsNamed(doc.text);
  const marks = scanQuotes(doc.text);
  const quotes: Quote[] = [];
  const usedCues = new Set<number>();
  const chainAttr = new Map<number, Attribution>();
  const found = marks.map((q) => attribute(ix, q, doc));
  found.forEach((f, k) => {
    if (f.attr.speaker && !chainAttr.has(marks[k].chain)) chainAttr.set(marks[k].chain, f.attr);
  });
  marks.forEach((q, k) => {
    const attr = found[k].attr.speaker ? found[k].attr : chainAttr.get(q.chain) ?? NONE;
    if (attr.cueTok >= 0) usedCues.add(attr.cueTok);
    if (q.close < 0) doc.messages.push({ level: 'info', code: 'quote-unclosed', text: 'quotation runs to the end of its paragraph', start: q.open, end: q.end });
    quotes.push({
      start: q.start,
      end: q.end,
      text: doc.text.slice(q.start, q.end),
      speaker: attr.speaker ? resolveMediaSpeaker(ix, named, attr.speaker) : null,
      cue: attr.cue,
      cueSpan: attr.cueTok >= 0 ? cueSpanOf(ix, attr) : null,
      direct: true,
      place: attr.place,
      sentence: found[k].sentence,
    });
  });
  const inside = (off: number) => marks.some((m) => off >= m.open && off <= (m.close >= 0 ? m.close : m.end));
  for (const q of indirectQuotes(ix, usedCues, inside)) {
    quotes.push({ ...q, speaker: q.speaker ? resolveMediaSpeaker(ix, named, q.speaker) : null });
  }
  return quotes.sort((a, b) => a.start - b.start || a.end - b.end);
}

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['entities'],
  provides: ['quotes'],
  run(doc: Doc) {
    doc.layers.quotes = findQuotes(doc);
  },
};
