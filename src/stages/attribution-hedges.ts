// Hedges that govern a mention: in the trigger's clause, in the mention's span, or a parenthetical right after it.
import type { Doc, Mention } from '../core/types.ts';
import { HEDGES, SENTENCE_HEDGES_ES } from '../lexicons/attribution.ts';
import type { DocIndex } from './attribution.ts';

// ASCII \b is enough: every hedge starts and ends with an ASCII letter; no `u` flag keeps the scan fast.
const HEDGE_RE = new RegExp(`\\b(?:${[...HEDGES].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+')})\\b`, 'gi');

export interface HedgeHit {
  at: number;
  end: number;
  word: string;
}

/** All hedge words of a document, found in one pass. */
export function findHedges(text: string): HedgeHit[] {
  const out: HedgeHit[] = [];
  HEDGE_RE.lastIndex = 0;
  for (let h = HEDGE_RE.exec(text); h; h = HEDGE_RE.exec(text)) out.push({ at: h.index, end: h.index + h[0].length, word: h[0].toLowerCase().replace(/\s+/g, ' ') });
  return out;
}
const BOUNDARY = new Set([',', ';', '(', ')', ':', '—', '–', '“', '”', '"', '«', '»']);

/** Token index range [a, b) of the clause around token ti within [lo, hi). */
function clauseAround(ix: DocIndex, ti: number, lo: number, hi: number): [number, number] {
  let a = ti;
  while (a > lo && !BOUNDARY.has(ix.tokens[a - 1].normal)) a--;
  let b = ti + 1;
  while (b < hi && !BOUNDARY.has(ix.tokens[b].normal)) b++;
  return [a, b];
}

/** The hedge words governing mention m (lower case, in text order, unique). */
export function hedgesFor(doc: Doc, ix: DocIndex, m: Mention, mentions: Mention[], all: HedgeHit[]): string[] {
  const range = ix.sentTok[m.sentence];
  if (!range || range[1] <= range[0]) return [];
  const [lo, hi] = range;
  const sStart = ix.tokens[lo].start;
  const sEnd = ix.tokens[hi - 1].end;
  const found = all.filter((h) => h.at >= sStart && h.end <= sEnd);
  if (!found.length) return [];
  let ti = lo;
  while (ti < hi - 1 && ix.tokens[ti].end <= m.trigger.start) ti++;
  const [a, b] = clauseAround(ix, ti, lo, hi);
  // The clause only: mention spans can run over asides that are not the mention's ("..., which supposedly ...").
  const c0 = ix.tokens[a].start;
  const c1 = ix.tokens[b - 1].end;
  const out: string[] = [];
  for (const h of found) {
    let governs = h.at >= c0 && h.end <= c1;
    // "atacó una lancha que supuestamente transportaba drogas": a Spanish hedge in a relative clause hedges the description.
    if (governs && SENTENCE_HEDGES_ES.has(h.word) && h.at > m.trigger.end && /(?:^|\s)(?:que|quien|quienes|cuya|cuyo)\s/i.test(doc.text.slice(m.trigger.end, h.at))) governs = false;
    // "Al parecer, fuerzas estadounidenses incautaron ...": a Spanish sentence adverb governs the whole sentence.
    if (!governs && SENTENCE_HEDGES_ES.has(h.word) && /^[\s¿¡"“«]*$/.test(doc.text.slice(sStart, h.at))) governs = true;
    if (!governs) {
      // A parenthetical hedge (", it claims,") governs the nearest mention before it.
      const pre = doc.text.slice(Math.max(sStart, h.at - 3), h.at);
      const post = doc.text.slice(h.end, h.end + 2);
      if (/,\s*$/.test(pre) && /^\s*,/.test(post)) {
        let best: Mention | null = null;
        for (const o of mentions) if (o.sentence === m.sentence && o.trigger.start < h.at && (!best || o.trigger.start > best.trigger.start)) best = o;
        governs = best === m;
      }
    }
    if (governs && !out.includes(h.word)) out.push(h.word);
  }
  return out;
}
