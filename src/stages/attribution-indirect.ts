// Indirect speech: "X said (that) ...", "X warned that ...", "X denounced ...", "according to X, ...",
// "..., as revealed by X", "..., the newspaper added". The quote's span is the reported clause.
import type { Quote, Speaker } from '../core/types.ts';
import { NEEDS_COMPLEMENT } from '../lexicons/attribution.ts';
import { datelineEnd } from './dateline.ts';
import { placeInClause, POSSESSIVE_DET, speakerAfter, subjectBefore, type DocIndex } from './attribution.ts';

type Indirect = Omit<Quote, 'speaker'> & { speaker: Speaker | null };

const CUT = new Set(['although', 'while', 'but', 'though', 'whereas', 'aunque', 'mientras']);
const TELL_LIKE = /^(?:told|tell|tells|telling|informed|inform|informs|assured|warned)$/;
const WHEN = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|again|lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|hoy)$/;
const PARTICIPLE = /(?:ed|en|wn|ld|id|aid)$/;
/** Words opening an adverbial clause after "said," ("..., the ministry said, after ..."): not reported speech. */
// "..., two officials said, speaking on condition of anonymity": the participle describes the speakers, it is not what they said.
const ADVERBIAL = new Set(['after', 'before', 'while', 'when', 'as', 'because', 'although', 'though', 'since', 'until', 'citing', 'adding',
  'speaking', 'declining', 'asking', 'requesting', 'después', 'mientras', 'cuando', 'tras', 'bajo', 'hablando', 'pidiendo']);
/** Words that may stand before a speaker's name: titles, articles, a count ("two Ecuadorian officials"). */
const TITLE_POS = /^(?:DET|PROPN|NOUN|ADJ|PUNCT|NUM)$/;

/** A "that"/"que" complementiser in [a, b): the reported clause comes after a parenthetical. */
function thatWithin(ix: DocIndex, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ix.tokens[k].normal === 'that' || ix.tokens[k].normal === 'que') return true;
  return false;
}

/** Spanish finite verbs in the third person of the preterite ("ordenó", "pidieron"). */
const PRETERITE_3 = /^\p{L}{2,}(?:ó|aron|ieron)$/u;
const INFINITIVE = /^\p{L}{2,}(?:ar|er|ir)$/u;

/**
 * Where the speaker's own next act starts inside a reported clause after the cue: "acusó a X de fabricar una guerra
 * y ordenó el despliegue …" (a finite verb cannot continue an infinitive complement). -1 when the clause runs on.
 */
function ownActAt(ix: DocIndex, a: number, b: number): number {
  let infinitive = false;
  for (let k = a; k < b - 1; k++) {
    const n = ix.tokens[k].normal;
    if ((n === 'de' || n === 'a') && k - a < 8 && INFINITIVE.test(ix.tokens[k + 1].normal)) infinitive = true;
    if (k === a) continue;
    if (n === 'y' && infinitive && PRETERITE_3.test(ix.tokens[k + 1].normal)) return k;
  }
  return -1;
}

const LAG_WORDS = /^(?:a|an|one|two|three|four|five|several|few|hours|days|weeks|months|day|hour|week|month|shortly|just|only|soon|the|same|moments|minutes)$/;

/** The comma of a trailing ", a day after <clause>" / ", hours before <clause>" / ", a claim …" in [a, b); -1 when none. */
function lagClauseAt(ix: DocIndex, a: number, b: number): number {
  for (let k = a + 2; k < b - 2; k++) {
    if (ix.tokens[k].normal !== ',') continue;
    let j = k + 1;
    let lag = 0;
    while (j < b && lag < 4 && LAG_WORDS.test(ix.tokens[j].normal)) { j++; lag++; }
    // "…, a claim Washington did not confirm": the outlet's comment on what was said, not part of it.
    if (/^(?:a|an)$/.test(ix.tokens[k + 1].normal) && /^(?:claim|assertion|allegation|account|version)$/.test(ix.tokens[k + 2].normal)) return k;
    if (lag === 0 || j >= b - 2 || !/^(?:after|before)$/.test(ix.tokens[j].normal)) continue;
    // A clause follows: a subject, then a finite verb ("Washington designated", "the navy had seized").
    for (let m = j + 1; m < Math.min(b, j + 8); m++) {
      const t = ix.tokens[m];
      if (t.pos === 'VERB' || t.pos === 'AUX') return m > j + 1 && !/ing$/.test(t.normal) ? k : -1;
      if (t.pos === 'PUNCT') break;
    }
  }
  return -1;
}

/** Trims a token range to a clean clause span: no edge punctuation, cut at a concessive ", although ...". */
function clauseSpan(ix: DocIndex, a: number, b: number, forward = false): [number, number] | null {
  // "CARACAS, Dec. 3 (Wire) — …, officials said": the dateline is no part of what was said.
  const dl = a < b ? datelineEnd(ix.text, ix.tokens[a].start) : -1;
  if (dl > 0) while (a < b && ix.tokens[a].start < dl) a++;
  for (let k = a + 1; k < b - 1; k++) {
    if (ix.tokens[k].normal === ',' && CUT.has(ix.tokens[k + 1].normal) || ix.tokens[k].normal === ';') {
      b = k;
      break;
    }
  }
  if (forward) {
    const own = ownActAt(ix, a, b);
    if (own > a) b = own;
    // "X denied that …, a day after Washington designated …": the trailing time clause dates the statement, it is not
    // part of what was said.
    const lag = lagClauseAt(ix, a, b);
    if (lag > a) b = lag;
  }
  while (a < b && ix.tokens[a].pos === 'PUNCT') a++;
  while (b > a && ix.tokens[b - 1].pos === 'PUNCT' && !/^[”"»’)]$/.test(ix.tokens[b - 1].normal)) b--;
  if (b - a < 2) return null;
  return [ix.tokens[a].start, ix.tokens[b - 1].end];
}

function make(ix: DocIndex, span: [number, number] | null, speaker: Speaker, cueTok: number, place: string | null, sentence: number): Indirect | null {
  if (!span) return null;
  const t = ix.tokens[cueTok];
  const two = t.normal === 'according';
  // "de acuerdo con X" (Spanish "according to X"): the cue spans all three words.
  const deAcuerdo = t.normal === 'acuerdo';
  const cue = two ? 'according to' : deAcuerdo ? 'de acuerdo con' : t.normal;
  const cueSpan = { start: deAcuerdo ? ix.tokens[cueTok - 1].start : t.start, end: two || deAcuerdo ? ix.tokens[cueTok + 1].end : t.end };
  return { start: span[0], end: span[1], text: ix.text.slice(span[0], span[1]), speaker, cue, cueSpan, direct: false, place, sentence };
}

const AFTER_SPEAKER = /^(?:on|in|at|from|during|after|en|desde|durante|tras|el|este|this|last|ayer|hoy|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/;

/** Nothing but a time or place phrase follows the speaker ending at `end` up to the sentence end. */
function closesSentence(ix: DocIndex, from: number, end: number, hi: number): boolean {
  let k = from;
  while (k < hi && ix.tokens[k].start < end) k++;
  if (k >= hi || /^[.!?]$/.test(ix.tokens[k].normal)) return true;
  if (!AFTER_SPEAKER.test(ix.tokens[k].normal) && ix.tokens[k].normal !== ',') return false;
  for (let j = k; j < hi; j++) {
    const n = ix.tokens[j].normal;
    if (n === 'que' || n === 'that' || ix.cue[j] || /^[“”"«»:;]$/.test(n)) return false;
  }
  return true;
}

/** Words opening a parenthetical or an appositive between commas ("X, que pidió el anonimato, confirmó", "X, a rival group,"). */
const PARENTHETICAL = /^(?:que|quien|quienes|cuyo|cuya|el|la|los|las|un|una|a|an|the|who|which|whose|speaking|citing|según|bajo|tras|in|en|after|like|as|como)$/;

/** The comma-bounded stretch ending at the comma `comma` is a relative clause or an aside, not a reported clause. */
function parenthetical(ix: DocIndex, lo: number, comma: number): boolean {
  let j = comma - 1;
  while (j > lo && ix.tokens[j].normal !== ',') j--;
  if (ix.tokens[j]?.normal !== ',' || j <= lo) return false;
  return PARENTHETICAL.test(ix.tokens[j + 1]?.normal ?? '');
}

/**
 * Only an adjunct follows the cue up to the sentence end ("…, the navy said in a statement.", "…, two officials told
 * the agency on condition of anonymity."): no verb, no complementiser, no quotation mark. The reported clause is then
 * the one before the speaker, not the adjunct.
 */
function adjunctOnly(ix: DocIndex, c: number, hi: number): boolean {
  if (c >= hi || ix.tokens[c].pos !== 'ADP') return false;
  for (let k = c; k < hi; k++) {
    const t = ix.tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.normal === 'that' || t.normal === 'que' || /^[“"«:,;]$/.test(t.normal)) return false;
  }
  return true;
}

/** Finds indirect quotes, skipping cue tokens already used by direct quotes and tokens inside quotation marks. */
export function indirectQuotes(ix: DocIndex, usedCues: Set<number>, insideMarks: (offset: number) => boolean): Indirect[] {
  const out: Indirect[] = [];
  ix.sentTok.forEach(([lo, hi], si) => {
    for (let v = lo; v < hi; v++) {
      const t = ix.tokens[v];
      const deAcuerdo = t.normal === 'acuerdo' && ix.tokens[v - 1]?.normal === 'de' && ix.tokens[v + 1]?.normal === 'con';
      if (!ix.cue[v] && t.normal !== 'according' && t.normal !== 'según' && !deAcuerdo) continue;
      if (usedCues.has(v) || insideMarks(t.start)) continue;
      const prev = ix.tokens[v - 1];
      // "according to X, ..." / "..., according to X" / "según X, ..." / "de acuerdo con X, ..."
      if (t.normal === 'according' && ix.tokens[v + 1]?.normal === 'to' || t.normal === 'según' || deAcuerdo) {
        const at = t.normal === 'según' ? v + 1 : v + 2;
        let end = at;
        while (end < hi && ix.tokens[end].normal !== ',' && ix.tokens[end].pos !== 'PUNCT') end++;
        const sp = speakerAfter(ix, at, end);
        if (!sp) continue;
        const left = clauseSpan(ix, lo, deAcuerdo ? v - 1 : v);
        const right = clauseSpan(ix, end, hi);
        const span = !left ? right : !right ? left : right[1] - right[0] >= left[1] - left[0] ? right : left;
        const q = make(ix, span, sp, v, null, si);
        if (q) out.push(q);
        v = end;
        continue;
      }
      const cls = ix.cue[v];
      if (!cls || cls === 'believed' || cls === 'characterize') continue;
      // "..., as revealed by X" / "as reported by X" / "as first reported by X"
      const asAt = prev?.normal === 'as' ? v - 1 : prev && /^(?:first|previously|earlier|originally|initially)$/.test(prev.normal) && ix.tokens[v - 2]?.normal === 'as' ? v - 2 : -1;
      if (asAt >= 0 && ix.tokens[v + 1]?.normal === 'by') {
        let end = v + 2;
        while (end < hi && ix.tokens[end].pos !== 'PUNCT') end++;
        const sp = speakerAfter(ix, v + 2, end);
        const q = sp && make(ix, clauseSpan(ix, lo, asAt), sp, v, null, si);
        if (q) out.push(q);
        continue;
      }
      // Passives ("no deaths were reported") and participles used as adjectives are not speech.
      let b = v - 1;
      while (b > lo && ix.tokens[b].pos === 'ADV') b--;
      const before = b >= lo ? ix.tokens[b] : undefined;
      if (before && (before.lemma === 'be' || before.normal === 'been') && PARTICIPLE.test(t.normal) && !t.normal.endsWith('ing')) continue;
      if (ix.tokens[v + 1]?.normal === 'by' && PARTICIPLE.test(t.normal)) continue;
      if (/^(?:not|n't|never|no)$/.test(ix.tokens[v - 1]?.normal ?? '') || /^(?:not|n't|never)$/.test(ix.tokens[v - 2]?.normal ?? '') && ix.tokens[v - 1].pos === 'ADV') continue;
      if (t.normal.endsWith('ing') && (!before || before.pos !== 'AUX')) continue;
      // "Si Washington ataca, Venezuela respondería, advirtió Cabello.": a speaker right after ", cue" that closes the
      // sentence makes the clause before it the reported one (the comma-bounded clause before is no appositive).
      if (before?.normal === ',' && !parenthetical(ix, lo, b)) {
        const inv = speakerAfter(ix, v + 1, hi);
        if (inv?.actor && closesSentence(ix, v + 1, inv.end, hi)) {
          const q = make(ix, clauseSpan(ix, lo, v - 1), inv, v, placeInClause(ix, v + 1, hi), si);
          if (q) {
            out.push(q);
            continue;
          }
        }
      }
      const sp = subjectBefore(ix, v, lo);
      if (!sp) {
        // Inverted: "The strike worked, said Trump." / "..., dijo Cabello."
        const inv = before?.normal === ',' ? speakerAfter(ix, v + 1, hi) : null;
        const q = inv && make(ix, clauseSpan(ix, lo, v - 1), inv, v, placeInClause(ix, v + 1, hi), si);
        if (q) out.push(q);
        continue;
      }
      // Skip an indirect object or time word before "that" ("told reporters that", "confirmed Monday that").
      let c = v + 1;
      for (let k = v + 1; k < Math.min(hi, v + 7); k++) {
        const n = ix.tokens[k].normal;
        if (n === 'that' || n === 'que') {
          c = k + 1;
          break;
        }
        if (n === ',' || n === '.' || ix.tokens[k].pos === 'VERB') break;
      }
      if (c === v + 1 && TELL_LIKE.test(t.normal)) while (c < hi && /^(?:DET|NOUN|PROPN|PRON|ADJ)$/.test(ix.tokens[c].pos) && c < v + 4) c++;
      // A time adverbial right after the verb is not reported content ("said on Tuesday it had ...").
      while (c < hi && (WHEN.test(ix.tokens[c].normal) || ix.tokens[c].normal === 'on' && WHEN.test(ix.tokens[c + 1]?.normal ?? ''))) c++;
      const place = placeInClause(ix, v + 1, c);
      const rest = clauseSpan(ix, c, hi, true);
      const complement = c > v + 1 || /^[:“"«]$/.test(ix.tokens[v + 1]?.normal ?? '');
      // "..., the ministry said, after ...": a comma right after the verb closes the reporting clause.
      // (but "said, without giving details, that ..." only sets a parenthetical apart).
      // So does one after its object ("told the newspaper, speaking on condition of anonymity").
      const objectOnly = TELL_LIKE.test(t.normal) && c > v + 1 && !ix.tokens.slice(v + 1, c).some((x) => x.normal === 'that' || x.normal === 'que');
      const after = c === v + 1 || objectOnly ? c : -1;
      const closed =
        after > 0 && /^[,;]$/.test(ix.tokens[after]?.normal ?? '') && ADVERBIAL.has(ix.tokens[after + 1]?.normal ?? '') && !thatWithin(ix, after + 1, Math.min(hi, after + 14));
      const adjunct = !thatWithin(ix, v + 1, c) && adjunctOnly(ix, c, hi);
      if (rest && !closed && !adjunct && rest[0] > ix.tokens[v].end && (complement || !NEEDS_COMPLEMENT.has(t.normal))) {
        const q = make(ix, rest, sp, v, place, si);
        if (q) out.push(q);
        continue;
      }
      // Inverted: "The Pentagon deployed drones, the newspaper added." → the clause before the subject.
      if (sp.start > ix.tokens[lo].start) {
        let k = v - 1;
        while (k > lo && ix.tokens[k].start >= sp.start) k--;
        // Titles and articles before the speaker's name ("the Pentagon", "Defense Secretary Pete Hegseth").
        // So do possessives ("their families", "its foreign ministry").
        for (let n = 0; n < 5 && k > lo && (TITLE_POS.test(ix.tokens[k].pos) || POSSESSIVE_DET.test(ix.tokens[k].normal)) && ix.tokens[k].normal !== ','; n++) k--;
        if (ix.tokens[k].normal === ',') {
          const q = make(ix, clauseSpan(ix, lo, k), sp, v, placeInClause(ix, v + 1, hi), si);
          if (q) out.push(q);
        }
      }
    }
  });
  return out;
}
