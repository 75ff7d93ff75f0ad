// Spanish event mentions: the same record as the English path, from word forms and cue words only
// (the tokenizer's English model gives Spanish text no usable lemmas or POS tags).
import type { ActorRef, Bound, Mention, Modality, PloverCategory, Place, Quantities, TimeExpr, Token } from '../core/types.ts';
import { ES_CONTEXT, ES_COUNT_KINDS, ES_DENIAL, ES_LOCATIVE, ES_MODALS, ES_MODE_CUES, ES_NEG, ES_NUMBERS, ES_OPENERS, ES_REPORTING, ES_TRIGGERS, type EsTrigger } from '../lexicons/events-es.ts';
import { actorRefOf, type DocIndex } from './events-participants.ts';
import { anchorInterval, bestPlace, isLocation, isHistoricalInterval } from './events-anchor.ts';

interface EsClause { from: number; to: number; opener: string | null; denied: boolean }

const DETS = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'a', 'al', 'del', 'de']);
const DEFINITE = new Set(['el', 'la', 'los', 'las', 'esta', 'este', 'dicha', 'dicho']);
const BOUNDS: [string[], Bound][] = [
  [['al', 'menos'], 'at_least'], [['por', 'lo', 'menos'], 'at_least'], [['más', 'de'], 'more_than'], [['cerca', 'de'], 'about'], [['alrededor', 'de'], 'about'], [['unos'], 'about'], [['unas'], 'about'], [['casi'], 'at_most'], [['hasta'], 'at_most'],
];

function clausesOf(tokens: Token[], from: number, to: number): EsClause[] {
  const out: EsClause[] = [];
  let start = from;
  let opener: string | null = ES_OPENERS.has(tokens[from].normal) ? tokens[from].normal : null;
  for (let i = from + 1; i < to; i++) {
    const n = tokens[i].normal;
    if (n !== ';' && !ES_OPENERS.has(n) && !(n === ',' && opener === 'si' && start === from)) continue;
    out.push({ from: start, to: n === ',' ? i + 1 : i, opener, denied: false });
    start = n === ',' ? i + 1 : i;
    opener = n === ',' ? 'then' : n;
  }
  out.push({ from: start, to, opener, denied: false });
  for (const c of out) if (c.opener === 'que' && c.from > from && ES_DENIAL.has(tokens[c.from - 1].normal)) c.denied = true;
  return out;
}

function modalityEs(tokens: Token[], i: number, c: EsClause, sFrom: number, sTo: number, historical: boolean): Modality {
  if (tokens[sFrom].text.startsWith('¿') || tokens[sTo - 1].text === '?') return 'question';
  if (c.opener === 'si' || c.opener === 'then') return 'hypothetical';
  const n = tokens[i].normal;
  if (/(rá|rán|ría|rían)$/.test(n)) return 'hypothetical';
  for (let j = i - 1; j >= Math.max(c.from, i - 4); j--) {
    const w = tokens[j].normal;
    if (ES_DENIAL.has(w)) return 'negated';
    if (ES_NEG.has(w)) return 'negated';
    if (ES_MODALS.has(w)) return 'hypothetical';
  }
  if (c.denied) return 'negated';
  return historical ? 'historical' : 'asserted';
}

/** Nearest actor entity before the trigger in its clause, not in a locative phrase nor a reporting subject. */
function actorBefore(ix: DocIndex, from: number, i: number): ActorRef | null {
  for (let j = i - 1; j >= from; j--) {
    const ei = ix.entityAt[j];
    if (ei < 0) continue;
    let s = j;
    while (s > from && ix.entityAt[s - 1] === ei) s--;
    const prev = s > 0 ? ix.tokens[s - 1].normal : '';
    const next = ix.tokens[j + 1]?.normal ?? '';
    const ref = actorRefOf(ix, ei);
    if (ref && !ES_LOCATIVE.has(prev) && !ES_REPORTING.has(next)) return ref;
    j = s;
  }
  return null;
}

function actorAfter(ix: DocIndex, a: number, b: number, not: ActorRef | null): ActorRef | null {
  for (let j = a; j < b; j++) {
    const ei = ix.entityAt[j];
    if (ei < 0) continue;
    const ref = actorRefOf(ix, ei);
    if (ref && ref.start !== not?.start && !ES_LOCATIVE.has(ix.tokens[j - 1]?.normal ?? '')) return ref;
    while (j + 1 < b && ix.entityAt[j + 1] === ei) j++;
  }
  return null;
}

function numberAt(tokens: Token[], i: number): number | null {
  const n = tokens[i].normal;
  if (/^\d+$/.test(n)) return Number(n);
  return ES_NUMBERS.get(n) ?? null;
}

/** What each category may count. */
const COUNTS: Partial<Record<PloverCategory, Set<string>>> = {
  ASSAULT: new Set(['killed', 'injured', 'vessels', 'missing']),
  COERCE: new Set(['arrested', 'vessels']),
};

/** Counts in a clause that a mention of `event` may hold: a number before a counted noun, or an arrest's object ("detuvo a 14 ..."). */
function quantitiesEs(text: string, tokens: Token[], from: number, to: number, event: PloverCategory, arrestAt: number): Quantities {
  const fits = COUNTS[event];
  if (!fits) return {};
  const q: Quantities = {};
  for (let i = from; i < to; i++) {
    const value = numberAt(tokens, i);
    if (value === null || tokens[i + 1]?.normal === 'de' && /^(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)$/.test(tokens[i + 2]?.normal ?? '')) continue;
    let first = i;
    let bound: Bound = /^(decenas|cientos|centenares|miles)$/.test(tokens[i].normal) ? 'at_least' : 'exact';
    for (const [words, b] of BOUNDS) if (words.every((w, k) => tokens[i - words.length + k]?.normal === w) && i - words.length >= from) { first = i - words.length; bound = b; break; }
    let kind: keyof Quantities | undefined;
    let last = i;
    for (let j = i + 1; j < Math.min(to, i + 5); j++) {
      const k = ES_COUNT_KINDS.get(tokens[j].normal);
      if (k) { kind = k; last = j; break; }
    }
    if (!kind && arrestAt >= 0 && i > arrestAt && i - arrestAt <= 5) kind = 'arrested';
    if (kind && fits.has(kind) && !q[kind]) q[kind] = { start: tokens[first].start, end: tokens[last].end, text: text.slice(tokens[first].start, tokens[last].end), value, bound };
  }
  return q;
}

/** The mentions of one Spanish sentence [from, to); `prior` holds the document's earlier mentions. */
export function sentenceMentionsEs(ix: DocIndex, text: string, from: number, to: number, times: TimeExpr[], places: Place[], published: string | null, prior: Mention[]): Mention[] {
  const { tokens } = ix;
  const si = tokens[from].sentence;
  const clauses = clausesOf(tokens, from, to);
  const found: { i: number; e: EsTrigger; c: EsClause }[] = [];
  for (let i = from; i < to; i++) {
    const e = ES_TRIGGERS.get(tokens[i].normal);
    if (!e) continue;
    // "la policía detuvo … a 14 detenidos": a participle after a noun is a description, not a new event.
    if (!e.nominal && /^(detenidos|detenidas)$/.test(tokens[i].normal) && DETS.has(tokens[i - 1]?.normal ?? '')) continue;
    const c = clauses.find((x) => i >= x.from && i < x.to)!;
    if (e.casualty && found.some((f) => f.e.event === 'ASSAULT')) continue;
    found.push({ i, e, c });
  }
  const out: Mention[] = [];
  for (const { i, e, c } of found) {
    let antecedent: Mention | null = null;
    if (e.nominal && DEFINITE.has(tokens[i - 1]?.normal ?? '')) {
      for (let k = prior.length - 1; k >= 0; k--) {
        const p = prior[k];
        if ((e.anaphorOnly || p.event === e.event) && p.modality === 'asserted' && !p.tally) { antecedent = p.corefOf ? prior.find((x) => x.id === p.corefOf) ?? p : p; break; }
      }
    }
    if (e.anaphorOnly && !antecedent) continue;
    const cStart = tokens[c.from].start;
    const cEnd = tokens[c.to - 1].end;
    const time = times.find((t) => t.start >= cStart && t.end <= cEnd && t.value !== 'PRESENT_REF') ?? null;
    const yearOld = time?.interval ? isHistoricalInterval(time.interval, published) : false;
    const modality = modalityEs(tokens, i, c, from, to, yearOld);
    const actor = antecedent ? null : actorBefore(ix, c.from, i);
    const recipient = e.event === 'MOBILIZE' ? null : actorAfter(ix, i + 1, c.to, actor);
    const taken = (p: Place) => [actor, recipient].some((r) => r && p.start >= r.start && p.end <= r.end);
    const place = bestPlace(places.filter((p) => p.start >= cStart && p.end <= cEnd && !taken(p) && p.by !== 'demonym' && isLocation(p)), tokens[i].start);
    const anchor = antecedent && !time?.interval ? { interval: antecedent.interval, by: 'coref' } : anchorInterval(time, modality, false, published);
    let mode = e.mode;
    for (let j = Math.max(c.from, i - 3); j < Math.min(c.to, i + 6) && e.event === 'ASSAULT'; j++) mode = ES_MODE_CUES.get(tokens[j].normal) ?? mode;
    const end = tokens[c.to - 1].text.length === 1 && /[.,;]/.test(tokens[c.to - 1].text) && c.to - 1 > c.from ? tokens[c.to - 2].end : cEnd;
    const context = new Set<string>();
    for (let j = from; j < to; j++) { const tag = ES_CONTEXT.get(tokens[j].normal); if (tag) context.add(tag); }
    out.push({
      id: `m${prior.length + out.length}`, start: cStart, end, text: text.slice(cStart, end),
      // "la operación" names whatever the earlier mention was.
      event: e.anaphorOnly && antecedent ? antecedent.event : e.event, mode: e.anaphorOnly && antecedent ? antecedent.mode : mode, modality,
      trigger: { start: tokens[i].start, end: tokens[i].end, text: tokens[i].text },
      actor, recipient, time, interval: anchor.interval, intervalBy: anchor.by, place,
      quantities: antecedent ? {} : quantitiesEs(text, tokens, c.from, c.to, e.event, e.event === 'COERCE' && e.mode === 'arrest' ? i : -1),
      context: [...context].sort(), tally: false, corefOf: antecedent?.id ?? null, sentence: si,
    });
  }
  prior.push(...out);
  return out;
}
