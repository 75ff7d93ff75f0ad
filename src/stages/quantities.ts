// Counted quantities in a sentence: killed, injured, vessels, strikes, arrested, missing, with a bound.
// Conventions: number words up to the millions; "a dozen" = 12 exact; "dozens" = 24 at_least,
// "hundreds" = 200 at_least, "thousands" = 2000 at_least (the smallest value the plural allows);
// "no fatalities" / "no one was killed" = killed 0 exact.
import type { Bound, Quantities, Quantity, Token } from '../core/types.ts';

export type QuantityKind = keyof Quantities;

/** Spanish counts ("mataron a cuatro personas", "al menos 87 fallecidos") live in quantities-es.ts. */
export { findQuantitiesEs } from './quantities-es.ts';

export interface FoundQuantity {
  kind: QuantityKind;
  quantity: Quantity;
  /** Index of the number token (for attaching to the nearest trigger). */
  token: number;
}

const UNITS = new Map(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((w, i) => [w, i] as [string, number]),
);
const TENS = new Map(
  'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, (i + 2) * 10] as [string, number]),
);
const SCALES = new Map([['hundred', 100], ['thousand', 1000], ['million', 1_000_000]]);
const VAGUE_PLURALS = new Map([['dozens', 24], ['hundreds', 200], ['thousands', 2000]]);
const DIGITS = /^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$/;

const BOUND_PHRASES: [string[], Bound][] = [
  // Negated comparatives first (the first phrase that matches wins): "no fewer than 115" is at least 115.
  [['no', 'fewer', 'than'], 'at_least'], [['no', 'less', 'than'], 'at_least'], [['not', 'less', 'than'], 'at_least'], [['not', 'fewer', 'than'], 'at_least'],
  [['no', 'more', 'than'], 'at_most'], [['not', 'more', 'than'], 'at_most'],
  [['more', 'than'], 'more_than'], [['over'], 'more_than'], [['upwards', 'of'], 'more_than'],
  [['at', 'least'], 'at_least'], [['a', 'minimum', 'of'], 'at_least'],
  [['about'], 'about'], [['around'], 'about'], [['approximately'], 'about'], [['roughly'], 'about'], [['some'], 'about'], [['an', 'estimated'], 'about'], [['estimated'], 'about'],
  [['nearly'], 'at_most'], [['almost'], 'at_most'], [['up', 'to'], 'at_most'], [['as', 'many', 'as'], 'at_most'], [['at', 'most'], 'at_most'],
  [['fewer', 'than'], 'less_than'], [['less', 'than'], 'less_than'], [['under'], 'less_than'],
];

const VESSEL = new Set(['boat', 'vessel', 'ship', 'tanker', 'speedboat', 'submarine', 'semi-submersible', 'narco-sub', 'yacht', 'skiff', 'launch']);
const STRIKE = new Set(['strike', 'attack', 'airstrike', 'raid', 'bombing']);
const KILLED_AFTER = new Set(['dead', 'death', 'fatality', 'killed', 'kill', 'die', 'died', 'casualty', 'body', 'victim']);
const INJURED_AFTER = new Set(['injured', 'wounded', 'injure', 'wound', 'hurt', 'injury']);
const ARRESTED_AFTER = new Set(['arrested', 'detained', 'arrest', 'detain', 'detainee', 'captured']);
const MISSING_AFTER = new Set(['missing']);
const KILLED_BEFORE = new Set(['kill', 'killing', 'death', 'claim', 'leave']);
const INJURED_BEFORE = new Set(['injure', 'wound', 'injuring', 'wounding']);
const ARRESTED_BEFORE = new Set(['arrest', 'detain', 'detention']);
const ZERO_KILLED = new Set(['fatality', 'death', 'casualty', 'dead', 'victim', 'people']);

function word(t: Token): string {
  return t.lemma;
}

/** Parses a number starting at token i; returns its value and the last token used. */
export function parseNumber(tokens: Token[], i: number, to: number): { value: number; last: number; vague: boolean } | null {
  const t = tokens[i];
  // Most tokens are no number: reject them before any allocation.
  const c = t.normal.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && t.normal !== 'a' && !VAGUE_PLURALS.has(t.normal) && !isNumberWord(t.normal)) return null;
  if (VAGUE_PLURALS.has(t.normal)) return { value: VAGUE_PLURALS.get(t.normal)!, last: i, vague: true };
  if (t.normal === 'a' && i + 1 < to && tokens[i + 1].normal === 'dozen') return { value: 12, last: i + 1, vague: false };
  if (DIGITS.test(t.normal)) {
    let value = Number(t.normal.replace(/,/g, ''));
    let last = i;
    if (last + 1 < to && SCALES.has(tokens[last + 1].normal)) value *= SCALES.get(tokens[++last].normal)!;
    return { value, last, vague: false };
  }
  let total = 0;
  let current = 0;
  let last = -1;
  for (let j = i; j < to; j++) {
    const n = tokens[j].normal;
    const parts = n.includes('-') ? n.split('-') : [n];
    let ok = true;
    for (const p of parts) {
      if (UNITS.has(p)) current += UNITS.get(p)!;
      else if (TENS.has(p)) current += TENS.get(p)!;
      else if (p === 'hundred') current = (current || 1) * 100;
      else if (SCALES.has(p)) { total += (current || 1) * SCALES.get(p)!; current = 0; }
      else ok = false;
    }
    if (!ok) {
      // "two hundred and fifty": "and" or "-" only between number words.
      if ((n === 'and' || n === '-') && last === j - 1 && j + 1 < to && isNumberWord(tokens[j + 1].normal)) continue;
      break;
    }
    last = j;
  }
  if (last < 0) return null;
  return { value: total + current, last, vague: false };
}

const NUMBER_WORDS = new Set([...UNITS.keys(), ...TENS.keys(), ...SCALES.keys()]);

function isNumberWord(n: string): boolean {
  const dash = n.indexOf('-');
  return NUMBER_WORDS.has(dash < 0 ? n : n.slice(0, dash));
}

function boundBefore(tokens: Token[], i: number, from: number): { bound: Bound; first: number } | null {
  for (const [words, bound] of BOUND_PHRASES) {
    const first = i - words.length;
    if (first < from) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) if (tokens[first + k].normal !== words[k]) { ok = false; break; }
    if (ok) return { bound, first };
  }
  return null;
}

function kindAfter(tokens: Token[], from: number, to: number): { kind: QuantityKind; last: number } | null {
  let person = false;
  for (let j = from; j < Math.min(to, from + 7); j++) {
    const t = tokens[j];
    const w = word(t);
    if (t.pos === 'PUNCT' && t.text !== '-') break;
    if (!person && (VESSEL.has(w) || VESSEL.has(t.normal))) return { kind: 'vessels', last: j };
    if (!person && STRIKE.has(w) && t.pos === 'NOUN') return { kind: 'strikes', last: j };
    if (KILLED_AFTER.has(w) || KILLED_AFTER.has(t.normal)) return { kind: 'killed', last: j };
    if (INJURED_AFTER.has(w) || INJURED_AFTER.has(t.normal)) return { kind: 'injured', last: j };
    if (ARRESTED_AFTER.has(w) || ARRESTED_AFTER.has(t.normal)) return { kind: 'arrested', last: j };
    if (MISSING_AFTER.has(t.normal)) return { kind: 'missing', last: j };
    if (t.pos === 'NOUN') person = true;
    else if (t.pos === 'VERB' && j > from + 1) break;
  }
  return null;
}

function kindBefore(tokens: Token[], first: number, from: number): QuantityKind | null {
  for (let j = first - 1; j >= Math.max(from, first - 3); j--) {
    const w = word(tokens[j]);
    if (KILLED_BEFORE.has(w) || KILLED_BEFORE.has(tokens[j].normal)) return 'killed';
    if (INJURED_BEFORE.has(w) || INJURED_BEFORE.has(tokens[j].normal)) return 'injured';
    if (ARRESTED_BEFORE.has(w)) return 'arrested';
    if (tokens[j].pos === 'PUNCT') break;
  }
  return null;
}

const TOLL_VERBS = new Set(['be', 'stand', 'rise', 'reach', 'climb', 'hit', 'increase', 'jump', 'grow', 'revise', 'lower', 'raise', 'correct', 'update', 'cut', 'reduce']);

/** "the death toll ... was three", "the toll rose to 12": the number completes a toll. */
function tollBefore(tokens: Token[], first: number, from: number): boolean {
  let verb = false;
  for (let j = first - 1; j >= Math.max(from, first - 20); j--) {
    const t = tokens[j];
    if (t.lemma === 'toll') return verb;
    // "the number of people killed … has been revised to four": a toll by another name.
    if (t.lemma === 'number' && tokens[j + 1]?.normal === 'of' && tokens.slice(j + 2, j + 5).some((x) => KILLED_AFTER.has(x.lemma) || KILLED_AFTER.has(x.normal))) return verb;
    if (j >= first - 3 && (TOLL_VERBS.has(t.lemma) || t.normal === 'to' || t.normal === 'at')) verb = true;
    if (t.text === ';') return false;
  }
  return false;
}

function span(text: string, tokens: Token[], a: number, b: number): { start: number; end: number; text: string } {
  const start = tokens[a].start;
  const end = tokens[b].end;
  return { start, end, text: text.slice(start, end) };
}

/** All counted quantities in tokens [from, to). */
export function findQuantities(text: string, tokens: Token[], from: number, to: number): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.normal === 'no' || t.normal === 'nobody' || t.normal === 'none') {
      const zero = zeroAt(tokens, i, to);
      if (zero) {
        found.push({ kind: zero.kind, quantity: { ...span(text, tokens, i, zero.last), value: 0, bound: 'exact' }, token: i });
        i = zero.last;
      }
      continue;
    }
    const num = parseNumber(tokens, i, to);
    if (!num) continue;
    // "three, not four as first reported": a figure set aside.
    if (i > from && tokens[i - 1].normal === 'not') { i = num.last; continue; }
    // "revised to four, down from six": the superseded figure.
    if (i > from + 1 && tokens[i - 1].normal === 'from' && /^(?:down|up)$/.test(tokens[i - 2].normal)) { i = num.last; continue; }
    const b = boundBefore(tokens, i, from);
    let first = b ? b.first : i;
    let bound: Bound = b ? b.bound : num.vague ? 'at_least' : 'exact';
    if (num.vague && b) bound = b.bound;
    let next = num.last + 1;
    // "between 10 and 12 strikes": a range; its lower end is what is sure (at least 10).
    const high = i > from && tokens[i - 1].normal === 'between' && tokens[next]?.normal === 'and' ? parseNumber(tokens, next + 1, to) : null;
    if (high && high.value > num.value) {
      first = i - 1;
      bound = 'at_least';
      next = high.last + 1;
    }
    if (next < to && tokens[next].normal === 'of') next++; // "dozens of", "100 of their occupants"
    const after = kindAfter(tokens, next, to);
    const before = kindBefore(tokens, first, from);
    // "the death of more than 100 of their occupants": the preceding casualty word decides.
    const kind = (before && (!after || after.kind !== 'vessels') ? before : after?.kind) ?? (tollBefore(tokens, first, from) ? 'killed' : undefined);
    if (!kind) { i = num.last; continue; }
    const numLast = high && first === i - 1 ? high.last : num.last;
    const last = after ? after.last : numLast;
    found.push({ kind, quantity: { ...span(text, tokens, first, last), value: num.value, bound }, token: i });
    i = Math.max(numLast, after && after.kind === kind ? after.last : numLast);
  }
  return found;
}

function zeroAt(tokens: Token[], i: number, to: number): { kind: QuantityKind; last: number } | null {
  const n = tokens[i].normal;
  // "no one was killed", "nobody died"
  if (n === 'nobody' || n === 'none' || (i + 1 < to && tokens[i + 1].normal === 'one')) {
    for (let j = i + 1; j < Math.min(to, i + 5); j++) {
      const w = word(tokens[j]);
      if (w === 'kill' || w === 'die' || tokens[j].normal === 'killed' || tokens[j].normal === 'died') return { kind: 'killed', last: j };
      if (INJURED_AFTER.has(w) || INJURED_AFTER.has(tokens[j].normal)) return { kind: 'injured', last: j };
    }
    return null;
  }
  // "no fatalities", "no reported deaths", "no injuries"
  for (let j = i + 1; j < Math.min(to, i + 3); j++) {
    const w = word(tokens[j]);
    if (ZERO_KILLED.has(w) && w !== 'people') return { kind: 'killed', last: j };
    if (w === 'injury' || tokens[j].normal === 'injuries') return { kind: 'injured', last: j };
    if (tokens[j].pos === 'NOUN' && w !== 'reported' && w !== 'confirmed') return null;
  }
  return null;
}
