// Spanish event mentions: the same record as the English path, from word forms and cue words only
// (the tokenizer's English model gives Spanish text no usable lemmas or POS tags).
import type { Mention, Modality, Place, TimeExpr, Token } from '../core/types.ts';
import { ES_AUX, ES_CHARGES, ES_CONTEXT, ES_PERFECT, ES_PERFECT_OR_CONDITIONAL, ES_DENIAL, ES_FACTIVE, ES_MODALS, ES_MODE_CUES, ES_NEG, ES_OPENERS, ES_REPORTING, ES_SUBJUNCTIVE, ES_TALLY, ES_TRIGGER_MODIFIERS, ES_TRIGGERS, type EsTrigger } from '../lexicons/events-es.ts';
import type { DocIndex } from './events-participants.ts';
import { anchorInterval, bestPlace, isLocation, isHistoricalInterval } from './events-anchor.ts';
import { findQuantitiesEs, parseNumberEs } from './quantities-es.ts';
import { antagonist, attachQuantities, countedAsserted, detachCampaignCount } from './events-post.ts';
import { actorBefore, agentAfter, isSourceCue, PASSIVE_AUX, patientBefore, PERFORMATIVE, recipientAfter, subjectAfter } from './events-es-participants.ts';

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
  // "será deportado", "serían trasladados": a future passive has not happened ("habrían sido detenidos" reports, it is hedged).
  if (/^(será|serán|sería|serían)$/.test(tokens[i - 1]?.normal ?? '')) return 'hypothetical';
  // "Los bombardeos podrían comenzar la próxima semana": a modal after a noun that names the event.
  if (ES_TRIGGERS.get(n)?.nominal) {
    for (let j = i + 1; j < Math.min(c.to, i + 3); j++) {
      const w = tokens[j].normal;
      // "podrían comenzar", "van a producirse"; not "podría ser un crimen" nor "busca frenar", which describe a fact.
      if (/^(podría|podrían|podrá|podrán|va|van)$/.test(w) && /^(comenzar|empezar|iniciar|reanudarse|continuar|producirse|ocurrir|extenderse|llegar|repetirse|a)$/.test(tokens[j + 1]?.normal ?? '')) return 'hypothetical';
      if (/^(comenzarán|comenzará|empezarán|empezará|continuarán|continuará|seguirán|seguirá|llegarán|llegará)$/.test(w)) return 'hypothetical';
      if (!ES_TRIGGER_MODIFIERS.has(w)) break;
    }
  }
  // "cualquier ataque sería respondido": any attack is a possible one.
  if (tokens[i - 1]?.normal === 'cualquier') return 'hypothetical';
  // "no ha comentado las detenciones", "sin advertencia, denunció": past another verb or phrase, a negation is not the trigger's.
  let scoped = true;
  for (let j = i - 1; j >= Math.max(c.from, i - 4); j--) {
    const w = tokens[j].normal;
    if (ES_DENIAL.has(w)) return 'negated';
    if (ES_NEG.has(w) && scoped) return 'negated';
    if (ES_MODALS.has(w)) return 'hypothetical';
    // "no ordenó el despliegue": what a speaker did not order or announce did not happen either.
    if (!NEG_SCOPE.has(w) && !PERFORMATIVE.has(w) && !/^(ningún|ninguna)$/.test(tokens[j - 1]?.normal ?? '')) scoped = false;
  }
  if (c.denied) return 'negated';
  // "no vamos a permitir que nos invadan", "para que ataquen": a subjunctive under a wish or a purpose has not happened,
  // unless the speaker regrets or condemns it as a fact ("condenó que atacaran la lancha").
  if (c.opener === 'que' && ES_SUBJUNCTIVE.has(n) && !ES_FACTIVE.has(tokens[c.from - 1]?.normal ?? '')) return 'hypothetical';
  return historical ? 'historical' : 'asserted';
}

/** "desde septiembre", "en total", "han matado": a sentence that may hold a running count of a campaign. */
function tallyCue(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    // "el ataque más letal desde que comenzó la campaña": a superlative compares one strike with the campaign.
    if (isSuperlative(tokens, j)) return false;
    if (ES_TALLY.has(tokens[j].normal) || (tokens[j].normal === 'lo' && tokens[j + 1]?.normal === 'que' && tokens[j + 2]?.normal === 'va')) {
      for (let k = j + 1; k < Math.min(to, j + 8); k++) if (isSuperlative(tokens, k)) return false;
      return true;
    }
  }
  return false;
}

const SUPERLATIVE = /^(letal|mortal|mortífero|mortífera|sangriento|sangrienta|grande|grave|violento|violenta|importante|intenso|intensa)$/;

/** "más letal desde", "más sangriento de": a superlative at token j. */
function isSuperlative(tokens: Token[], j: number): boolean {
  return tokens[j].normal === 'más' && SUPERLATIVE.test(tokens[j + 1]?.normal ?? '') && /^(desde|de)$/.test(tokens[j + 2]?.normal ?? '');
}

/** Words a negation may stand across to reach its verb or noun: "no lo ha atacado", "no hubo ataques", "ni un solo ataque". */
const NEG_SCOPE = new Set(['lo', 'la', 'los', 'las', 'le', 'les', 'se', 'ha', 'han', 'había', 'habían', 'habría', 'habrían', 'haber', 'fue', 'fueron', 'sido', 'hubo', 'hay', 'habrá', 'habido', 'ya', 'un', 'una', 'el', 'solo', 'sólo', 'registró', 'registraron', 'produjo', 'produjeron', 'que', 'estado', 'está', 'están', 'es', 'son', 'era', 'eran', 'a', 'al', 'nuevos', 'nuevas', 'más', 'otro', 'otra', 'otros', 'otras']);

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
  const found: { i: number; e: EsTrigger; c: EsClause; also?: number[] }[] = [];
  for (let i = from; i < to; i++) {
    const e = ES_TRIGGERS.get(tokens[i].normal);
    if (!e) continue;
    // "la policía detuvo … a 14 detenidos": a participle after a noun is a description, not a new event.
    if (!e.nominal && /^(detenidos|detenidas)$/.test(tokens[i].normal) && DETS.has(tokens[i - 1]?.normal ?? '')) continue;
    // "de acuerdo con X" cites a source; "estar de acuerdo" agrees with an opinion, no event.
    if (tokens[i].normal === 'acuerdo' && tokens[i - 1]?.normal === 'de') continue;
    // "calificó el ataque como una agresión" accuses; "calificó la reunión de éxito" does not.
    if (e.charge && !tokens.slice(i + 1, Math.min(to, i + 10)).some((t) => ES_CHARGES.has(t.normal))) continue;
    // "funcionarios que pidieron el anonimato": a source's condition, no demand.
    if (e.event === 'REQUEST' && tokens.slice(i + 1, Math.min(to, i + 4)).some((t) => t.normal === 'anonimato')) continue;
    // "abordar" a vessel is boarding it; "abordar la crisis" takes up a topic.
    if (/^abord/.test(tokens[i].normal) && !e.nominal && !boardsVessel(tokens, i, to)) continue;
    const c = clauses.find((x) => i >= x.from && i < x.to)!;
    if (e.casualty && found.some((f) => f.e.event === 'ASSAULT')) continue;
    if (e.nominal && found.some((f) => f.e.event === e.event) && isCounted(tokens, i, from)) continue;
    // "los petroleros sancionados": a participle after a noun describes it when the sentence has its own event.
    if (!e.nominal && PARTICIPLE.test(tokens[i].normal) && found.length && !ES_AUX.has(tokens[i - 1]?.normal ?? '')) continue;
    // "marcharon ... para protestar": a purpose infinitive of the same kind is the same event.
    if (tokens[i - 1]?.normal === 'para' && found.some((f) => f.c === c && !f.e.nominal && f.e.event === e.event)) continue;
    // "denunció el ataque", "protestar contra los ataques": the content of an accusation or protest, unless it names a known event.
    // "acusó a X de … y ordenó el despliegue": the object of a new speaker's act is no content of the accusation.
    // An indefinite one is a charge, never a known event: "calificó el ataque como una agresión".
    if (e.nominal && performativeBefore(tokens, i) < 0 && found.some((f) => f.c === c && (f.e.event === 'ACCUSE' || f.e.event === 'PROTEST') && f.e.event !== e.event) && !(DEFINITE.has(tokens[i - 1]?.normal ?? '') && priorOf(prior, e))) continue;
    // "bombardeó cuatro lanchas y mató a 14 personas, en el ataque más letal": a definite noun after the verb of the same
    // event in its sentence names that event again; its counts and weapon belong to the verb's mention.
    const same = e.nominal && !e.anaphorOnly && DEFINITE.has(tokens[i - 1]?.normal ?? '') && !/s$/.test(tokens[i].normal) ? found.find((f) => !f.e.nominal && !f.e.casualty && f.e.event === e.event) : undefined;
    if (same) { (same.also ??= []).push(i); continue; }
    found.push({ i, e, c });
  }
  const campaign = found.length > 0 && tallyCue(tokens, from, to);
  const out: Mention[] = [];
  for (const { i, e, c, also } of found) {
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
      found.some((f) => f.c === c && f.i < i && wordsBetween(ix, f.i, i) <= 2 && !f.e.nominal && EMBEDDING_ES.has(f.e.event))) modality = 'hypothetical';
    const agent = e.nominal || PARTICIPLE.test(tokens[i].normal) ? agentAfter(ix, i, c.to) : null;
    // "invadió Panamá y atacó ...": a coordinated verb shares the subject of the verb before it.
    // "acusó a X de … y ordenó el despliegue": the object of a coordinated performative shares its speaker too.
    const perf = e.nominal ? performativeBefore(tokens, i) : -1;
    const shared = (!e.nominal && /^(y|e)$/.test(tokens[i - 1]?.normal ?? '')) || (perf > c.from && /^(y|e)$/.test(tokens[perf - 1].normal)) ? out.at(-1)?.actor ?? null : null;
    // "Un petrolero fue incautado (por X)": the subject of a passive is the target; only "por X" names the actor.
    const aux = !e.nominal && PARTICIPLE.test(tokens[i].normal) ? passiveAux(tokens, i, c.from) : -1;
    // "La Casa Blanca negó haber atacado": the speaker denies (or claims) an act of its own.
    const own = !e.nominal && tokens[i - 1]?.normal === 'haber' && i - 2 >= c.from && (ES_DENIAL.has(tokens[i - 2].normal) || ES_REPORTING.has(tokens[i - 2].normal)) ? actorBefore(ix, c.from, i - 2) : null;
    // "…, denunció el hermano de un tripulante": a verb after a comma that cites the clause before it has its subject after it.
    const postposed = !e.nominal && tokens[i - 1]?.normal === ',' && isSourceCue(tokens[i].normal);
    const before = postposed ? null : actorBefore(ix, c.from, i);
    const after = !e.nominal && aux < 0 && !agent && !shared && !own && !antecedent && !before ? subjectAfter(ix, i, c.to) : null;
    // "Maduro ordenó el despliegue de tropas": the one who orders or announces it acts, not the troops it names.
    const speaker = perf >= 0 ? shared ?? actorBefore(ix, c.from, perf) : null;
    const actor = aux >= 0 ? agent : speaker ?? agent ?? shared ?? own ?? (antecedent ? null : before ?? after);
    // After a subject that follows its verb ("atacó el lunes la Armada una lancha"), the object comes after the subject.
    const objFrom = after ? lastTokenOf(tokens, after.end, i, c.to) : i;
    const recipient = e.event === 'MOBILIZE' ? null
      : aux >= 0 ? patientBefore(ix, c.from, aux) ?? (aux === c.from ? recipientAfter(ix, i, c.to, actor, false, THINGS.has(e.event)) : null)
      : recipientAfter(ix, objFrom, c.to, actor, e.nominal, THINGS.has(e.event)) ?? (e.nominal ? null : cliticRecipient(tokens, i, c.from, prior, si, THINGS.has(e.event)))
        // "El Gobierno venezolano calificó el ataque como una agresión": the accused is the other side of the story so far.
        ?? (e.event === 'ACCUSE' ? antagonist(prior, actor?.code ?? null) : null);
    const taken = (p: Place) => [actor, recipient].some((r) => r && p.start >= r.start && p.end <= r.end);
    const place = bestPlace(places.filter((p) => p.start >= cStart && p.end <= placeEnd && !taken(p) && p.by !== 'demonym' && isLocation(p)), tokens[i].start);
    const anchor = antecedent && !time?.interval ? { interval: antecedent.interval, by: 'coref' } : anchorInterval(time, modality, false, published);
    let mode = e.mode;
    for (let j = Math.max(c.from, i - 3); j < Math.min(c.to, i + 6) && e.event === 'ASSAULT'; j++) mode = ES_MODE_CUES.get(tokens[j].normal) ?? mode;
    for (const k of also ?? []) for (let j = k + 1; j < Math.min(to, k + 4) && e.event === 'ASSAULT'; j++) mode = ES_MODE_CUES.get(tokens[j].normal) ?? mode;
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
    // "Con el ataque del lunes, ya son 87 los muertos desde septiembre": a running count spans its open period, not the day named.
    if (m.tally && m.interval?.end !== null) {
      const open = times.find((t) => t.start >= tokens[from].start && t.end <= tokens[to - 1].end && t.interval && t.interval.end === null);
      if (open) { m.time = open; m.interval = open.interval; m.intervalBy = 'time'; }
    }
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
  return !m.corefOf && countedAsserted(m);
}

function recentAssault(prior: Mention[], si: number): boolean {
  for (let k = prior.length - 1; k >= 0 && prior[k].sentence >= si - 2; k--) if (prior[k].event === 'ASSAULT' && prior[k].modality === 'asserted') return true;
  return false;
}

/** Index of the passive auxiliary before participle i ("fue atacada", "fueron presuntamente detenidos"), or -1. */
function passiveAux(tokens: Token[], i: number, from: number): number {
  for (let j = i - 1; j >= Math.max(from, i - 3); j--) {
    const n = tokens[j].normal;
    if (PASSIVE_AUX.has(n)) return n === 'sido' && ES_PERFECT_OR_CONDITIONAL.has(tokens[j - 1]?.normal ?? '') ? j - 1 : j;
    if (!/^(no|ya|también|presuntamente|supuestamente|aparentemente|finalmente)$/.test(n)) return -1;
  }
  return -1;
}

/** Words between two tokens that are not part of a time expression ("exigió el martes una investigación": 1). */
function wordsBetween(ix: DocIndex, a: number, b: number): number {
  let n = 0;
  for (let k = a + 1; k < b; k++) if (!ix.inTime[k]) n++;
  return n;
}

/** The token of [i, to) that ends at character `end`. */
function lastTokenOf(tokens: Token[], end: number, i: number, to: number): number {
  for (let k = i; k < to; k++) if (tokens[k].end === end) return k;
  return i;
}

const VESSEL = /^(lancha|lanchas|narcolancha|narcolanchas|buque|buques|barco|barcos|petrolero|petroleros|tanquero|tanqueros|carguero|cargueros|embarcación|embarcaciones|nave|naves|semisumergible|semisumergibles|bote|botes|velero|pesquero|pesqueros)$/;

/** "abordaron el petrolero", "lo abordaron": boarding a vessel, not taking up a topic. */
function boardsVessel(tokens: Token[], i: number, to: number): boolean {
  if (/^(lo|los|la|las)$/.test(tokens[i - 1]?.normal ?? '')) return true;
  for (let k = i + 1; k < Math.min(to, i + 5); k++) if (VESSEL.test(tokens[k].normal)) return true;
  return false;
}

/**
 * "Los guardacostas lo abordaron", "los había arrestado": an object clitic before the verb (or its auxiliary) refers to
 * the target of a recent mention of an act on things, agreeing in number.
 */
function cliticRecipient(tokens: Token[], i: number, from: number, prior: Mention[], si: number, things: boolean): Mention['recipient'] {
  if (!things) return null;
  let j = i - 1;
  while (j > from && (ES_PERFECT_OR_CONDITIONAL.has(tokens[j].normal) || tokens[j].normal === 'ya' || tokens[j].normal === 'se')) j--;
  const cl = tokens[j]?.normal ?? '';
  if (j < from || !/^(lo|la|los|las)$/.test(cl)) return null;
  // "la lancha fue atacada": an article, not a clitic, when a noun follows.
  if (j === i - 1 && PARTICIPLE.test(tokens[i].normal) && !ES_PERFECT.has(tokens[i - 1].normal)) return null;
  const plural = cl.endsWith('s');
  for (let k = prior.length - 1; k >= 0 && prior[k].sentence >= si - 2; k--) {
    const r = prior[k].recipient;
    if (!r || r.code) continue;
    if (/s$/.test(r.name) === plural) return r;
  }
  return null;
}

/** Index of a performative verb right before a nominal trigger ("ordenó el despliegue", "anunció un bloqueo"), or -1. */
function performativeBefore(tokens: Token[], i: number): number {
  if (PERFORMATIVE.has(tokens[i - 1]?.normal ?? '')) return i - 1;
  if (DETS.has(tokens[i - 1]?.normal ?? '') && PERFORMATIVE.has(tokens[i - 2]?.normal ?? '')) return i - 2;
  return -1;
}
