// Spanish event mentions: the same record as the English path, from word forms and cue words only
// (the tokenizer's English model gives Spanish text no usable lemmas or POS tags).
import type { Mention, Modality, Place, TimeExpr, Token } from '../core/types.ts';
import { ES_AUX, ES_CONTEXT, ES_DENIAL, ES_MODALS, ES_MODE_CUES, ES_NEG, ES_OPENERS, ES_TALLY, ES_TRIGGERS, type EsTrigger } from '../lexicons/events-es.ts';
import type { DocIndex } from './events-participants.ts';
import { anchorInterval, bestPlace, isLocation, isHistoricalInterval } from './events-anchor.ts';
import { findQuantitiesEs, parseNumberEs } from './quantities-es.ts';
import { attachQuantities, counted, detachCampaignCount } from './events-post.ts';
import { actorBefore, agentAfter, isSourceCue, recipientAfter, subjectAfter } from './events-es-participants.ts';

interface EsClause { from: number; to: number; opener: string | null; denied: boolean }

const DETS = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'a', 'al', 'del', 'de']);
const DEFINITE = new Set(['el', 'la', 'los', 'las', 'esta', 'este', 'estos', 'estas', 'dicha', 'dicho']);
const COUNT_WORDS = new Set(['menos', 'de', 'unos', 'unas', 'casi', 'hasta']);

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

/** "desde septiembre", "en total", "han matado": a sentence that may hold a running count of a campaign. */
function tallyCue(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (ES_TALLY.has(tokens[j].normal) || (tokens[j].normal === 'lo' && tokens[j + 1]?.normal === 'que' && tokens[j + 2]?.normal === 'va')) return true;
  return false;
}

/** A trigger right after a number ("en 22 bombardeos") counts strikes of another mention; it is no event of its own. */
function isCounted(tokens: Token[], i: number, from: number): boolean {
  const p = i - 1;
  if (p < from) return false;
  if (parseNumberEs(tokens, p, i) !== null) return true;
  return COUNT_WORDS.has(tokens[p].normal) && p - 1 >= from && parseNumberEs(tokens, p - 1, i) !== null;
}

/** Verbs whose nominal object is wanted, not done: a demand, a threat, an offer to agree. */
const EMBEDDING_ES = new Set(['REQUEST', 'THREATEN']);

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
    // "de acuerdo con X" cites a source; "estar de acuerdo" agrees with an opinion, no event.
    if (tokens[i].normal === 'acuerdo' && tokens[i - 1]?.normal === 'de') continue;
    const c = clauses.find((x) => i >= x.from && i < x.to)!;
    if (e.casualty && found.some((f) => f.e.event === 'ASSAULT')) continue;
    if (e.nominal && found.some((f) => f.e.event === e.event) && isCounted(tokens, i, from)) continue;
    // "los petroleros sancionados": a participle after a noun describes it when the sentence has its own event.
    if (!e.nominal && PARTICIPLE.test(tokens[i].normal) && found.length && !ES_AUX.has(tokens[i - 1]?.normal ?? '')) continue;
    // "marcharon ... para protestar": a purpose infinitive of the same kind is the same event.
    if (tokens[i - 1]?.normal === 'para' && found.some((f) => f.c === c && !f.e.nominal && f.e.event === e.event)) continue;
    // "denunció el ataque", "protestar contra los ataques": the content of an accusation or protest, unless it names a known event.
    if (e.nominal && found.some((f) => f.c === c && (f.e.event === 'ACCUSE' || f.e.event === 'PROTEST') && f.e.event !== e.event) && !priorOf(prior, e)) continue;
    found.push({ i, e, c });
  }
  const campaign = found.length > 0 && tallyCue(tokens, from, to);
  const out: Mention[] = [];
  for (const { i, e, c } of found) {
    let antecedent: Mention | null = null;
    // "los ataques han matado a 87 personas desde septiembre": a plural in a running count names the campaign, not the last strike.
    const plural = /s$/.test(tokens[i].normal);
    if (e.nominal && DEFINITE.has(tokens[i - 1]?.normal ?? '') && !(campaign && plural)) {
      for (let k = prior.length - 1; k >= 0; k--) {
        const p = prior[k];
        if ((e.anaphorOnly || p.event === e.event) && p.modality === 'asserted' && !p.tally) { antecedent = p.corefOf ? prior.find((x) => x.id === p.corefOf) ?? p : p; break; }
      }
    }
    if (e.anaphorOnly && !antecedent) continue;
    const cStart = tokens[c.from].start;
    const cEnd = tokens[c.to - 1].end;
    // ", dijo el Ministerio de Defensa de Venezuela": the source's words locate nothing.
    const srcAt = sourceCueAfter(tokens, i, c.to);
    const placeEnd = srcAt < c.to ? tokens[srcAt].start : cEnd;
    const time = times.find((t) => t.start >= cStart && t.end <= cEnd && t.value !== 'PRESENT_REF') ?? null;
    const yearOld = time?.interval ? isHistoricalInterval(time.interval, published) : false;
    let modality = modalityEs(tokens, i, c, from, to, yearOld);
    // "pidió una investigación", "exigió el cese de los ataques": what is demanded or threatened has not happened.
    // The object itself ("pidió una investigación"), not a definite cause ("pidió explicaciones por el ataque").
    if (modality === 'asserted' && e.nominal && !antecedent && !DEFINITE.has(tokens[i - 1]?.normal ?? '') &&
      found.some((f) => f.c === c && f.i < i && i - f.i <= 3 && !f.e.nominal && EMBEDDING_ES.has(f.e.event))) modality = 'hypothetical';
    const agent = e.nominal || PARTICIPLE.test(tokens[i].normal) ? agentAfter(ix, i, c.to) : null;
    // "invadió Panamá y atacó ...": a coordinated verb shares the subject of the verb before it.
    const shared = !e.nominal && /^(y|e)$/.test(tokens[i - 1]?.normal ?? '') ? out.at(-1)?.actor ?? null : null;
    const actor = agent ?? shared ?? (antecedent ? null : actorBefore(ix, c.from, i) ?? (e.nominal ? null : subjectAfter(ix, i, c.to)));
    const recipient = e.event === 'MOBILIZE' ? null : recipientAfter(ix, i, c.to, actor, e.nominal, THINGS.has(e.event));
    const taken = (p: Place) => [actor, recipient].some((r) => r && p.start >= r.start && p.end <= r.end);
    const place = bestPlace(places.filter((p) => p.start >= cStart && p.end <= placeEnd && !taken(p) && p.by !== 'demonym' && isLocation(p)), tokens[i].start);
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
      quantities: {}, context: [...context].sort(), tally: false, corefOf: antecedent?.id ?? null, sentence: si,
    });
  }
  // Counts go to the nearest fitting mention; casualty counts without one ("Murieron tres tripulantes") to the last attack.
  if (out.length || recentAssault(prior, si)) attachQuantities(findQuantitiesEs(text, tokens, from, to), out, prior, si);
  for (const m of out) {
    if (campaign) detachCampaignCount(m);
    m.tally = campaign && isCampaignCount(m);
  }
  prior.push(...out);
  return out;
}

/** First token at or after i + 1 that opens a source phrase (", dijo X", "según X"), or `to`. */
function sourceCueAfter(tokens: Token[], i: number, to: number): number {
  for (let j = i + 1; j < to; j++) {
    const n = tokens[j].normal;
    if (n === 'según' || (n === ',' && isSourceCue(tokens[j + 1]?.normal ?? '')) || (n === 'de' && tokens[j + 1]?.normal === 'acuerdo' && tokens[j + 2]?.normal === 'con')) return j;
  }
  return to;
}

const THINGS = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'RETREAT']);
const PARTICIPLE = /(ado|ada|ados|adas|ido|ida|idos|idas)$/;

/** The latest asserted, non-tally earlier mention a definite description of this kind would refer to. */
function priorOf(prior: Mention[], e: EsTrigger): Mention | null {
  for (let k = prior.length - 1; k >= 0; k--) if ((e.anaphorOnly || prior[k].event === e.event) && prior[k].modality === 'asserted' && !prior[k].tally) return prior[k];
  return null;
}

function isCampaignCount(m: Mention): boolean {
  return m.modality === 'asserted' && !m.corefOf && counted(m);
}

function recentAssault(prior: Mention[], si: number): boolean {
  for (let k = prior.length - 1; k >= 0 && prior[k].sentence >= si - 2; k--) if (prior[k].event === 'ASSAULT' && prior[k].modality === 'asserted') return true;
  return false;
}
