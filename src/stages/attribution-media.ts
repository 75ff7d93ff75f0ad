// Resolves generic references to news outlets ("the newspaper", "the paper") to the outlet last named before them.
import { MEDIA_NOUNS, MEDIA_OUTLETS } from '../lexicons/attribution.ts';
import { entityName, isMedia, stripThe, type DocIndex } from './attribution.ts';
import type { Speaker } from '../core/types.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest names first so "CBS News" wins over "CBS"; short acronyms must be upper case.
const OUTLET_RE = new RegExp(
  '\\b(?:' +
    [...MEDIA_OUTLETS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|') +
    ')\\b',
  'gi',
);

/** Every outlet named in the text, in order, with its canonical name. */
let last: { text: string; out: { start: number; end: number; name: string }[] } | null = null;

export function outletsNamed(text: string): { start: number; end: number; name: string }[] {
  if (last?.text === text) return last.out; // quotes and claims ask about the same document in turn
  const out: { start: number; end: number; name: string }[] = [];
  last = { text, out };
  OUTLET_RE.lastIndex = 0;
  for (let m = OUTLET_RE.exec(text); m; m = OUTLET_RE.exec(text)) {
    const key = m[0].toLowerCase();
    if (key.length <= 3 && m[0] !== m[0].toUpperCase()) continue;
    out.push({ start: m.index, end: m.index + m[0].length, name: MEDIA_OUTLETS.get(key)! });
  }
  return out;
}

/** True for "the newspaper", "el diario": a generic outlet reference needing an antecedent. */
export function isGenericMedia(text: string): boolean {
  const words = stripThe(text).toLowerCase().split(/\s+/);
  return words.length <= 2 && MEDIA_NOUNS.has(words.at(-1) ?? '');
}

/** The outlet most recently named (entity with media actor or a known outlet name) before offset pos. */
export function outletBefore(ix: DocIndex, named: { start: number; end: number; name: string }[], pos: number): string | null {
  let best: { start: number; name: string } | null = null;
  for (let k = 0; k < ix.entities.length; k++) {
    const e = ix.entities[k];
    if (e.end > pos || isGenericMedia(e.text)) continue;
    const { name, actor } = entityName(ix, k);
    if (!isMedia({ name, text: e.text, actor })) continue;
    if (!best || e.start > best.start) best = { start: e.start, name };
  }
  for (const o of named) if (o.start < pos && (!best || o.start > best.start)) best = o;
  return best?.name ?? null;
}

/** Gives a generic outlet speaker ("the newspaper") the name of the outlet it refers back to. */
export function resolveMediaSpeaker(ix: DocIndex, named: { start: number; end: number; name: string }[], sp: Speaker): Speaker {
  // A known outlet name overlapping the speaker wins ("the Miami Herald" when the tagger split it).
  const o = named.find((n) => n.start < sp.end && sp.start < n.end);
  if (o && !sp.actor) {
    const start = Math.min(sp.start, o.start);
    const end = Math.max(sp.end, o.end);
    return { ...sp, start, end, text: ix.text.slice(start, end), name: o.name };
  }
  if (sp.actor || !isGenericMedia(sp.name)) return sp;
  const name = outletBefore(ix, named, sp.start);
  return name ? { ...sp, name } : sp;
}
