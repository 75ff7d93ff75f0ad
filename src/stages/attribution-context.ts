// Collects a document's attributions for the claims stage: who says what (from the quotes layer), who believes what,
// who declined to comment, what could not be verified; and the document context (which outlet relays the story,
// which sources that outlet cites) carried forward to "according to the newspaper" / "the sources indicated".
import type { Doc, Quote, Stance } from '../core/types.ts';
import { ANONYMITY_RE, NOT_CONFIRMED_RE, NO_COMMENT_RE, REPORTING_FORMS, SOURCE_NOUNS, UNVERIFIED_RE } from '../lexicons/attribution.ts';
import { isMedia, stripThe, subjectBefore, type DocIndex } from './attribution.ts';
import { isGenericMedia, outletBefore, outletsNamed } from './attribution-media.ts';

export interface Attr {
  /** Evidence span (speaker through cue, or the phrase). */
  start: number;
  end: number;
  /** The text the attribution covers (the reported clause, the quoted words). */
  scope: [number, number];
  role: 'source' | 'conduit';
  /** Source or outlet name; null for an outlet's own verdict ("could not be verified"). */
  who: string | null;
  stance: Stance;
  cue: string;
  cueSpan: [number, number] | null;
  sentence: number;
  /** True for characterizations ("which Caracas interprets as threats"): they contest the preceding mention. */
  contests?: boolean;
  /** The "on the operation" object of a no-comment phrase. */
  object?: [number, number] | null;
  /** The outlet relaying a source, when known. */
  via?: string | null;
  /** True for words inside quotation marks (asides in them are still the speaker's). */
  direct?: boolean;
}

export interface DocContext {
  attrs: Attr[];
  /** Outlet → the source it cites in this document ("anonymous sources"). */
  cited: Map<string, string>;
}

function stanceOfCue(cue: string | null): { stance: Stance; contests: boolean } {
  const cls = cue ? REPORTING_FORMS.get(cue) : undefined;
  if (cls === 'characterize') return { stance: 'alleged', contests: true };
  if (!cls || cls === 'no_comment' || cls === 'unverified') return { stance: 'asserted', contests: false };
  return { stance: cls, contests: false };
}

// Cheap pre-checks so the full patterns run only on the few sentences that can match.
const NO_COMMENT_HINT = /coment|comment|respon|reply|reached/i;
const UNVERIFIED_HINT = /verif|confirm|evidence|pruebas/i;
const ANAPHORIC_SOURCE = /^(?:the|those|these|such|las|los)\s+/i;

/** Names a cited source: "The sources, speaking on condition of anonymity" → "anonymous sources". */
function sourceName(name: string, text: string, sentenceText: string): { name: string; anonymous: boolean; generic: boolean } {
  const words = stripThe(text).toLowerCase().split(/\s+/);
  // Spanish "fuentes del Gobierno", "funcionarios estadounidenses", "fuentes anónimas": the head noun comes first.
  const head = SOURCE_NOUNS.has(words[0]) ? words[0] : words.at(-1) ?? '';
  const generic = SOURCE_NOUNS.has(head);
  const anonymous = generic && ANONYMITY_RE.test(sentenceText);
  let bare = generic ? stripThe(name) : name;
  // "anonymous Pentagon spokesman", not "anonymous a Pentagon spokesman".
  if (anonymous) bare = bare.replace(/\s+an[oó]nim[oa]s?(?=\s|$)/i, '').replace(/^(?:a|an|un|una|unos|unas)\s+/i, '');
  // "two anonymous officials": after a count.
  const count = /^(?:\d+|two|three|four|five|six|several|some|dos|tres|cuatro|cinco|varios|varias)\s+/i.exec(bare)?.[0] ?? '';
  return { name: anonymous && !/anonym/i.test(bare) ? `${count}anonymous ${bare.slice(count.length)}` : bare, anonymous, generic };
}

/** "rejected the sanctions as illegal", "dismissed the criticism": opposing a named thing is no denial that it happened. */
const OPPOSE_CUES = /^(?:reject|rejects|rejected|rejecting|dismiss|dismisses|dismissed|dismissing)$/;
/** …but rejecting "claims that …", "the report", "allegations" denies what they say. */
const REPORT_OBJECT = /^\s*that\b|\b(?:claims?|reports?|allegations?|accusations?|suggestions?|assertions?|charges?|rumou?rs?|accounts?|versions?|statements?|figures?|reporting)\b/i;

function fromQuote(q: Quote, sentenceText: string): Attr | null {
  if (!q.speaker) return null;
  const cued = stanceOfCue(q.cue);
  const contests = cued.contests;
  // Only the verb's own object ("rejected the sanctions …"), not a clause after "rejected reports that …".
  const object = !!q.cueSpan && q.start - q.cueSpan.end <= 1;
  const stance = cued.stance === 'denied' && !q.direct && object && OPPOSE_CUES.test(q.cue ?? '') && !REPORT_OBJECT.test(q.text) ? 'asserted' : cued.stance;
  const media = isMedia({ name: q.speaker.name, text: q.speaker.text, actor: q.speaker.actor });
  const who = media ? q.speaker.name : sourceName(q.speaker.name, q.speaker.text, sentenceText).name;
  const cs = q.cueSpan ? ([q.cueSpan.start, q.cueSpan.end] as [number, number]) : null;
  const start = Math.min(q.speaker.start, cs?.[0] ?? q.speaker.start);
  const end = Math.max(q.speaker.end, cs?.[1] ?? q.speaker.end);
  return { start, end, scope: [q.start, q.end], role: media ? 'conduit' : 'source', who, stance, cue: q.cue ?? 'quote', cueSpan: cs, sentence: q.sentence, contests, direct: q.direct };
}

function tokenIndexAt(ix: DocIndex, offset: number, lo: number, hi: number): number {
  for (let k = lo; k < hi; k++) if (ix.tokens[k].end > offset) return k;
  return hi;
}

/** "officials believe (that) ...": believed attributions found on tokens. */
function beliefs(ix: DocIndex, si: number, sentenceText: string): Attr[] {
  const [lo, hi] = ix.sentTok[si];
  const out: Attr[] = [];
  for (let v = lo; v < hi; v++) {
    if (ix.cue[v] !== 'believed') continue;
    const next = ix.tokens[v + 1];
    if (next && (next.normal === 'to' || next.normal === 'of')) continue; // "believed to", a hedge
    const sp = subjectBefore(ix, v, lo);
    if (!sp || sp.end > ix.tokens[v].start) continue;
    const { name } = sourceName(sp.name, sp.text, sentenceText);
    const scopeEnd = ix.tokens[hi - 1].end;
    out.push({ start: sp.start, end: ix.tokens[v].end, scope: [ix.tokens[v].end, scopeEnd], role: 'source', who: name, stance: 'believed', cue: ix.tokens[v].normal, cueSpan: [ix.tokens[v].start, ix.tokens[v].end], sentence: si });
  }
  return out;
}

/** "X did not comment on the operation" / "could not be independently verified". */
function verdicts(ix: DocIndex, si: number, sStart: number, sentenceText: string): Attr[] {
  const out: Attr[] = [];
  const [lo, hi] = ix.sentTok[si];
  const nc = NO_COMMENT_HINT.test(sentenceText) ? NO_COMMENT_RE.exec(sentenceText) : null;
  if (nc) {
    const at = sStart + nc.index;
    const v = tokenIndexAt(ix, at, lo, hi);
    const sp = subjectBefore(ix, v, lo);
    const after = sentenceText.slice(nc.index + nc[0].length);
    const obj = /^\s*(?:directly\s+)?(?:on|about|regarding|to|sobre|acerca\s+de|respecto\s+(?:a|al|de|del)|en\s+torno\s+a)\s+([^,.;]+)/i.exec(after);
    const objStart = obj ? at + nc[0].length + obj[0].indexOf(obj[1]) : -1;
    out.push({
      start: sp?.start ?? at, end: at + nc[0].length, scope: [at, at + nc[0].length], role: 'source', who: sp?.name ?? null,
      stance: 'no_comment', cue: nc[0].toLowerCase(), cueSpan: [at, at + nc[0].length], sentence: si,
      object: obj ? [objStart, objStart + obj[1].length] : null,
    });
  }
  const uv = UNVERIFIED_HINT.test(sentenceText) ? UNVERIFIED_RE.exec(sentenceText) : null;
  if (uv) {
    const at = sStart + uv.index;
    out.push({ start: at, end: at + uv[0].length, scope: [at, at + uv[0].length], role: 'source', who: null, stance: 'unverified', cue: uv[0].toLowerCase(), cueSpan: null, sentence: si });
  }
  // "…, a claim Washington did not confirm": unconfirmed by that party, which is its source.
  const nc2 = !uv && UNVERIFIED_HINT.test(sentenceText) ? NOT_CONFIRMED_RE.exec(sentenceText) : null;
  if (nc2) {
    const at = sStart + nc2.index;
    const sp = subjectBefore(ix, tokenIndexAt(ix, at, lo, hi), lo);
    out.push({ start: sp?.start ?? at, end: at + nc2[0].length, scope: [at, at + nc2[0].length], role: 'source', who: sp?.name ?? null, stance: 'unverified', cue: nc2[0].toLowerCase(), cueSpan: [at, at + nc2[0].length], sentence: si });
  }
  return out;
}

/** Builds attributions in document order and resolves outlets and cited sources across the document. */
export function collectAttributions(doc: Doc, ix: DocIndex): DocContext {
  const sentences = doc.layers.sentences ?? [];
  const quotes = doc.layers.quotes ?? [];
  const bySentence: Attr[][] = sentences.map(() => []);
  for (const q of quotes) {
    const s = sentences[q.sentence];
    const a = s && fromQuote(q, doc.text.slice(s.start, s.end));
    if (a) bySentence[q.sentence].push(a);
  }
  sentences.forEach((s, si) => {
    if (!ix.sentTok[si] || ix.sentTok[si][1] <= ix.sentTok[si][0]) return;
    const text = doc.text.slice(s.start, s.end);
    bySentence[si].push(...beliefs(ix, si, text), ...verdicts(ix, si, s.start, text));
  });
  // Carry the relaying outlet forward: "the newspaper" → the last outlet named; "the sources" → relayed by it.
  const cited = new Map<string, string>();
  const named = outletsNamed(doc.text);
  let outlet: string | null = null;
  const attrs: Attr[] = [];
  bySentence.forEach((list, si) => {
    for (const a of list) {
      if (a.role === 'conduit' && a.who && isGenericMedia(a.who)) a.who = outlet ?? a.who;
      if (a.role === 'conduit' && a.who && !isGenericMedia(a.who)) outlet = a.who;
    }
    const conduit = list.find((a) => a.role === 'conduit')?.who ?? null;
    for (const a of list) {
      if (a.role !== 'source' || !a.who || a.stance === 'no_comment') continue;
      const sentenceText = doc.text.slice(sentences[si].start, sentences[si].end);
      const speakerText = doc.text.slice(a.start, a.end);
      const anaphoric = ANAPHORIC_SOURCE.test(speakerText) && SOURCE_NOUNS.has(stripThe(a.who.replace(/^anonymous /, '')).toLowerCase().split(/\s+/).at(-1) ?? '');
      const generic = SOURCE_NOUNS.has(a.who.toLowerCase().split(/\s+/).at(-1) ?? '');
      a.via = conduit ?? (anaphoric || generic && ANONYMITY_RE.test(sentenceText) ? outlet ?? outletBefore(ix, named, a.start) : null);
      if (a.via && generic) {
        const prev = cited.get(a.via);
        if (!prev || !/anonym/.test(prev) && /anonym/.test(a.who)) cited.set(a.via, a.who);
      }
    }
    attrs.push(...list);
  });
  return { attrs, cited };
}
