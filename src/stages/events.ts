// The events stage: PLOVER event mentions with participants, time, place, quantities and modality.
import type { ActorRef, Doc, Mention, Place, TimeExpr, Token } from '../core/types.ts';
import type { Stage } from '../pipeline/stage.ts';
import { CONTEXT_WORDS } from '../lexicons/events.ts';
import { findQuantities } from './quantities.ts';
import { findTriggers, refineMode, type Trigger } from './events-triggers.ts';
import { isPerfectOrProgressive, modalityOf, splitClauses, TEMPORAL, type Clause } from './events-clauses.ts';
import { byAgent, entityAfter, ownerNamedLater, patientAfter, possessorOf, subjectBefore, type DocIndex } from './events-participants.ts';
import { anchorInterval, bestPlace, isLocation, isBackground, theCountry } from './events-anchor.ts';
import { antagonist, attachQuantities, detachCampaignCount, detachCampaignTotal, isTally, refineFromAnaphors, tallyPlace } from './events-post.ts';
import { sentenceMentionsEs } from './events-es.ts';
import { intentMentions } from './events-intent.ts';
import { datelineEnd } from './dateline.ts';

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'such']);
/** Nouns that, made definite, refer back to an earlier mention ("the attack", "the blockade"). */
const ANAPHORIC = new Set(['attack', 'strike', 'operation', 'raid', 'assault', 'bombing', 'bombardment', 'airstrike', 'explosion', 'blast', 'seizure', 'deployment', 'blockade', 'arrest', 'offensive', 'incident',
  'sanction', 'sanctions', 'designation', 'agreement', 'deal', 'truce', 'ceasefire', 'accord', 'pact', 'protest', 'protests']);
/** Verbs whose object names an existing arrangement, not a new event: "violated the sanctions", "broke the truce". */
const BREACH = new Set(['violate', 'evade', 'breach', 'break', 'circumvent', 'skirt', 'dodge', 'flout', 'defy']);
/** Categories whose "to"/"that" complement holds content that has not happened (yet). */
const EMBEDDING = new Set(['THREATEN', 'REQUEST', 'AGREE', 'REJECT']);
const VESSELS = new Set(['boat', 'vessel', 'ship', 'tanker']);
const BRIDGING = new Set(['explosion', 'blast', 'detonation']);
const PATIENT = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'RETREAT']);
/** Verbs whose subject judges or names an event rather than carrying it out. */
/** A superlative or "first" right before "in <duration>": the duration measures a record, not the happening. */
const SUPERLATIVE_BEFORE = /\b(?:largest|biggest|worst|deadliest|heaviest|highest|lowest|greatest|strongest|longest|most|first|only|last|(?:la|el|los|las) (?:mayor|peor|primera?)|m[aá]s \w+)\b[^.;]{0,60}\b(?:in|en)\s+(?:(?:the|los|las)\s+)?(?:(?:past|last|últimos?|últimas?)\s+)?$/i;
const JUDGE = new Set(['call', 'describe', 'label', 'brand', 'term', 'denounce', 'condemn', 'criticize', 'criticise', 'decry', 'slam', 'praise', 'welcome', 'hail', 'characterize', 'characterise', 'dismiss', 'deplore', 'lament', 'question']);

/** Token index of the first token at or after offset (binary search). */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function buildIndex(doc: Doc): DocIndex {
  const tokens = doc.layers.tokens ?? [];
  const entities = doc.layers.entities ?? [];
  const entityAt = new Int32Array(tokens.length).fill(-1);
  entities.forEach((e, ei) => {
    for (let j = tokenAt(tokens, e.start); j < tokens.length && tokens[j].start < e.end; j++) if (entityAt[j] < 0) entityAt[j] = ei;
  });
  const inTime = new Uint8Array(tokens.length);
  for (const t of doc.layers.times ?? []) for (let j = tokenAt(tokens, t.start); j < tokens.length && tokens[j].start < t.end; j++) inTime[j] = 1;
  return { doc, tokens, entities, entityAt, inTime };
}

/** Is this nominal trigger a definite description that refers back ("the attack", "the operation")? */
function isDefinite(tokens: Token[], tr: Trigger, from: number): boolean {
  if (!ANAPHORIC.has(tokens[tr.i].lemma)) return false;
  // "the destruction of thirty boats" describes a new happening by its count.
  const next = tokens[tr.last + 1];
  if (next?.normal === 'of' && tokens[tr.last + 2] && /NUM/.test(tokens[tr.last + 2].pos)) return false;
  for (let j = tr.i - 1; j >= Math.max(from, tr.i - 4); j--) {
    const t = tokens[j];
    if (DEFINITE.has(t.normal)) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'VERB') return false;
  }
  return false;
}

function contextOf(tokens: Token[], from: number, to: number): string[] {
  const tags = new Set<string>();
  for (let j = from; j < to; j++) {
    const pos = tokens[j].pos;
    if (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ') continue;
    const tag = CONTEXT_WORDS.get(tokens[j].lemma) ?? CONTEXT_WORDS.get(tokens[j].normal);
    if (tag) tags.add(tag);
  }
  return [...tags].sort();
}

export function extractMentions(doc: Doc): Mention[] {
  const ix = buildIndex(doc);
  const { tokens } = ix;
  const text = doc.text;
  const published = doc.meta.published;
  const times = doc.layers.times ?? [];
  const places = doc.layers.places ?? [];
  const mentions: Mention[] = [];
  const vesselSentences = new Set<number>();
  const sentenceFrom: number[] = [];
  const spanish = doc.meta.language === 'es';
  let from = 0;
  while (from < tokens.length) {
    let to = from;
    const si = tokens[from].sentence;
    sentenceFrom[si] = from;
    while (to < tokens.length && tokens[to].sentence === si) to++;
    for (let j = from; j < to; j++) if (VESSELS.has(tokens[j].lemma)) vesselSentences.add(si);
    if (spanish) {
      sentenceMentionsEs(ix, text, from, to, times, places, published, mentions);
      from = to;
      continue;
    }
    const made = sentenceMentions(ix, text, from, to, times, places, published, mentions);
    // Counts matter only with a mention here or an attack just before ("No one was killed").
    if (made.length || recentAssault(mentions, si)) attachQuantities(findQuantities(text, tokens, from, to), made, mentions, si);
    for (const m of made) {
      detachCampaignCount(m);
      if (detachCampaignTotal(tokens, m, from, to) && m.intervalBy === 'coref') {
        const a = anchorInterval(null, m.modality, true, published);
        m.interval = a.interval;
        m.intervalBy = a.by;
      }
      m.tally = isTally(tokens, m, from, to);
      if (m.tally && !m.place) m.place = tallyPlace(places, tokens, vesselSentences, m.start);
    }
    from = to;
  }
  refineFromAnaphors(mentions);
  if (spanish) return mentions;
  for (const m of mentions) if (m.recipient && PATIENT.has(m.event)) m.recipient = ownerOfPatient(ix, m, sentenceFrom) ?? m.recipient;
  return mentions;
}

/** A patient described by a noun phrase ("a loading pier") whose owner the next sentences name ("the pier was used by X"). */
function ownerOfPatient(ix: DocIndex, m: Mention, sentenceFrom: number[]): Mention['recipient'] {
  const r = m.recipient!;
  const at = tokenAt(ix.tokens, r.start);
  if (ix.entityAt[at] >= 0 || r.sector) return null;
  let head = at;
  while (head + 1 < ix.tokens.length && ix.tokens[head + 1].end <= r.end) head++;
  const a = sentenceFrom[m.sentence + 1];
  if (a === undefined) return null;
  const b = sentenceFrom[m.sentence + 3] ?? ix.tokens.length;
  return ownerNamedLater(ix, ix.tokens[head].lemma, a, b);
}

/**
 * "boarded a trawler on Tuesday and detained its crew": verbs joined by "and" in one clause share its date
 * (the date went to the nearer verb). Only a dated time is shared, never a duration, and never to a noun trigger.
 */
function shareCoordinatedTimes(tokens: Token[], kept: { tr: { i: number; nominal: boolean }; c: number }[], timeOf: Map<number, TimeExpr>): void {
  const given = [...timeOf];
  for (let k = 0; k < kept.length; k++) {
    if (timeOf.has(k) || kept[k].tr.nominal) continue;
    let best: [number, TimeExpr] | null = null;
    for (const [m, t] of given) {
      if (kept[m].c !== kept[k].c || kept[m].tr.nominal || t.type === 'DURATION' || !t.interval) continue;
      const [a, b] = kept[m].tr.i < kept[k].tr.i ? [kept[m].tr.i, kept[k].tr.i] : [kept[k].tr.i, kept[m].tr.i];
      let and = false;
      for (let j = a + 1; j < b && !and; j++) and = tokens[j].normal === 'and';
      if (and && (!best || Math.abs(kept[m].tr.i - kept[k].tr.i) < Math.abs(kept[best[0]].tr.i - kept[k].tr.i))) best = [m, t];
    }
    if (best) timeOf.set(k, best[1]);
  }
}

function sentenceMentions(ix: DocIndex, text: string, from: number, to: number, times: TimeExpr[], places: Place[], published: string | null, prior: Mention[]): Mention[] {
  const { tokens } = ix;
  const si = tokens[from].sentence;
  const trigs = findTriggers(tokens, from, to);
  if (!trigs.length && !hasWord(tokens, from, to, 'must')) return [];
  const clauses = splitClauses(tokens, from, to);
  const clauseOf = (j: number): number => clauses.findIndex((c) => j >= c.from && j < c.to);
  const sStart = tokens[from].start;
  const sEnd = tokens[to - 1].end;
  // "CARACAS, Dec. 3 (Wire) — …": the dateline's place and date are where and when the report was filed.
  const dateline = datelineEnd(text, sStart);
  if (dateline > 0) {
    times = times.filter((t) => t.start >= dateline || t.end <= sStart);
    places = places.filter((p) => p.start >= dateline || p.end <= sStart);
  }
  /** `pred`: a verb predicating an anaphoric nominal subject ("the attack destroyed a dock"): its patient is the event's. */
  const kept: { tr: Trigger; c: number; embedded: boolean; antecedent: Mention | null; pred?: Trigger }[] = [];
  const hasAssault = trigs.some((t) => t.entry.event === 'ASSAULT' && !t.entry.casualty);
  for (const tr of trigs) {
    const c = clauseOf(tr.i);
    const clause = clauses[c];
    // "killed" next to an attack, or just after one, counts that attack's victims.
    // But "the campaign, which has now killed at least 64 people" is the campaign's own running count.
    const campaignCount = tr.entry.casualty && tokens.slice(Math.max(from, tr.i - 6), tr.i).some((t) => t.lemma === 'campaign');
    if (tr.entry.casualty && !campaignCount && (hasAssault || recentAssault(prior, si) || tokens.slice(Math.max(from, tr.i - 4), tr.i).some((t) => t.normal === 'nobody' || t.normal === 'no'))) continue;
    // "violated any sanctions": the object names an existing arrangement.
    if (tr.nominal && breachBefore(tokens, tr.i, clause.from)) continue;
    const before = kept.filter((k) => k.tr.i < tr.i);
    // "denounced harassment, threats and attacks": the content of an accusation is no new event.
    // But a coordinated predicate is an act of its own: "was indicted ... and will resign", unless it accuses
    // again ("condemned the attacks and called them murder": one statement).
    if (before.some((k) => k.tr.entry.event === 'ACCUSE' && k.c === c) && (!coordinatedVerb(tokens, tr) || tr.entry.event === 'ACCUSE')) continue;
    // "suspended aid": the object noun of a verbal trigger is part of that event.
    // A verb defined by its object ("lifted a day-old blockade") reaches as far as its object test does.
    const gov = before.find((k) => k.c === c && !k.tr.nominal && tr.i - k.tr.last <= (k.tr.entry.object ? 6 : 4));
    if (gov && tr.nominal && !EMBEDDING.has(gov.tr.entry.event)) continue;
    // "signed a ceasefire", "reached an agreement": the object is what is agreed, the same event.
    const agreeGov = before.find((k) => k.c === c && !k.tr.nominal && k.tr.entry.event === 'AGREE' && tr.i - k.tr.last <= 7);
    if (agreeGov && tr.nominal && (tr.entry.event === 'AGREE' || tr.entry.mode === 'ceasefire')) continue;
    // "marched through the city to protest": a purpose infinitive of the same kind is the same event.
    if (!tr.nominal && tokens[tr.i - 1]?.normal === 'to' && before.some((k) => k.c === c && !k.tr.nominal && k.tr.entry.event === tr.entry.event)) continue;
    // "a third strike destroyed a boat", "a drone attack hit a dock": the verb predicates its nominal subject's event.
    const subj = tr.nominal ? undefined : before.find((k) => k.c === c && k.tr.nominal && k.tr.entry.event === tr.entry.event && tr.i - k.tr.last <= 5 &&
      tokens.slice(k.tr.last + 1, tr.i).every((t, n, all) => t.pos === 'AUX' || t.pos === 'ADV' || ix.inTime[k.tr.last + 1 + n] || (t.pos === 'ADP' && n + 1 < all.length && ix.inTime[k.tr.last + 2 + n])));
    if (subj) {
      if (subj.antecedent) subj.pred = tr;
      else subj.tr = tr;
      continue;
    }
    let embedded = before.some((k) => EMBEDDING.has(k.tr.entry.event) && clause.opener !== 'which' && clause.opener !== 'who');
    let antecedent: Mention | null = null;
    // "an explosion", "the blast": an outcome that bridges to the attack before it (not "a bomb", a weapon).
    const bridging = tr.entry.mode === 'explosion' && BRIDGING.has(tokens[tr.i].lemma);
    if (tr.nominal && (tr.entry.anaphorOnly || bridging || isDefinite(tokens, tr, clause.from))) {
      const cat = tr.entry.event;
      if (kept.some((k) => k.tr.entry.event === cat) && !bridging) continue; // apposition: "... the first such operation"
      // "boarded a trawler and detained its crew. It was the third such seizure": a coercion names its own kind
      // (seizure, arrest, deportation) back, else the latest of its category.
      const want = cat === 'COERCE' ? tr.entry.mode : null;
      let found: Mention | null = null;
      // "imposed sanctions … The measures freeze … rejected the sanctions": the same word names the same event back.
      const word = tokens[tr.i].lemma;
      for (let k = prior.length - 1; k >= 0 && !found; k--) {
        const p = prior[k];
        if (p.event === cat && !p.tally && p.modality === 'asserted' && !p.trigger.text.includes(' ') && singular(p.trigger.text) === singular(word)) found = p;
      }
      const same = found !== null;
      for (let k = prior.length - 1; k >= 0 && !same; k--) {
        const p = prior[k];
        if (p.event !== cat || p.tally || p.modality !== 'asserted') continue;
        found ??= p;
        if (!want || p.mode === want) { found = p; break; }
      }
      if (found) antecedent = found.corefOf ? prior.find((q) => q.id === found.corefOf) ?? found : found;
      if (!antecedent && tr.entry.anaphorOnly) continue;
      // "rejected the sanctions": a known event named again is not made hypothetical by the verb that embeds it.
      if (antecedent) embedded = false;
    }
    kept.push({ tr, c, embedded, antecedent });
  }
  // Each time expression governs the nearest trigger of its clause; "on Friday and Saturday" counts as one, spanning both.
  const timeOf = new Map<number, TimeExpr>();
  for (const t of coordinatedTimes(text, times, sStart, sEnd)) {
    // "now", "so far": the present is no date of the happening.
    if (t.start < sStart || t.start >= sEnd || t.value === 'PRESENT_REF') continue;
    // "the largest buildup in decades", "the first such strike in years": a yardstick, not when it happened.
    if (t.type === 'DURATION' && SUPERLATIVE_BEFORE.test(text.slice(Math.max(sStart, t.start - 80), t.start))) continue;
    const tj = tokenAt(tokens, t.start);
    const c = clauseOf(tj);
    let best = -1;
    for (let k = 0; k < kept.length; k++) if (kept[k].c === c && (best < 0 || Math.abs(kept[k].tr.i - tj) < Math.abs(kept[best].tr.i - tj))) best = k;
    // A date ("on Thursday") beats a duration ("a three-month ceasefire") for the same trigger.
    if (best >= 0 && (!timeOf.has(best) || (timeOf.get(best)!.type === 'DURATION' && t.type !== 'DURATION' && t.interval))) timeOf.set(best, t);
  }
  shareCoordinatedTimes(tokens, kept, timeOf);
  const out: Mention[] = [];
  const context = kept.length ? contextOf(tokens, from, to) : [];
  kept.forEach(({ tr, c, embedded, antecedent, pred }, k) => {
    const clause = clauses[c];
    const e = tr.entry;
    // A definite description presupposes its event: only words governing it locally make it non-asserted
    // ("denied carrying out the attack"), not its clause ("whether the strikes were legal", "part of the agreement").
    let modality = modalityOf(tokens, tr.i, clause, to, tr.nominal, antecedent !== null);
    if (modality === 'asserted' && embedded) modality = 'hypothetical';
    // "The proposal would halt strikes while negotiators meet": a temporal clause under a modal is as unreal.
    // A known event named again ("until the truce was verified") stays presupposed.
    if (modality === 'asserted' && !antecedent && (clause.opener === 'while' || clause.opener === 'until') && c > 0 && modalIn(tokens, clauses[c - 1])) modality = 'hypothetical';
    const time = timeOf.get(k) ?? null;
    if (modality === 'asserted' && isBackground(tokens, clause, time, published)) modality = 'historical';
    const actor = participantsActor(ix, tr, clause, clauses, c, antecedent !== null, out, from);
    let recipient = null;
    if (PATIENT.has(e.event)) recipient = patientAfter(ix, (pred ?? tr).last, clause, clauses[c + 1] ?? null, text, !pred && tr.nominal, e.event !== 'RETREAT');
    else if (e.event === 'THREATEN') recipient = entityAfter(ix, tr.last + 1, to, actor?.code ?? null);
    else if (e.event !== 'MOBILIZE') recipient = entityAfter(ix, tr.last + 1, e.event === 'ACCUSE' ? predicateEnd(tokens, tr.last + 1, clause.to) : clause.to, actor?.code ?? null);
    // A passive's subject is its patient: "Two fishermen were killed", "The boat, which …, was struck".
    if (!tr.nominal && passiveVerb(tokens, tr.i, clause.from)) {
      const relative = c > 0 && clause.opener === null && /^(?:which|who)$/.test(clauses[c - 1].opener ?? '');
      recipient = subjectBefore(ix, clause.from, tr.i, false) ?? (relative ? subjectBefore(ix, from, clauses[c - 1].from, false) : null) ?? recipient;
    }
    if (!recipient && e.event === 'ACCUSE') recipient = antagonist(prior, actor?.code ?? null);
    if (recipient && actor && recipient.start === actor.start) recipient = null;
    // A place that is the actor or recipient itself ("the United States was responsible") locates nothing, except the
    // target of an attack: "airstrikes hit Gaza", "Russia struck Kyiv" happened there.
    const struck = e.event === 'ASSAULT' ? recipient : null;
    const taken = (p: Place) => [actor, recipient].some((r) => r && r !== struck && p.start >= r.start && p.end <= r.end);
    // A demonym ("Venezuelan oil") says whose a thing is, not where the event happened.
    // So does a possessor ("Venezuela's foreign ministry").
    // The places stage marks toponyms used as agents ("Washington said") or origins ("from Colombia"): not where it happened.
    // A country right before a nominal trigger ("US sanctions", "a US strike") is whose it is, not where.
    const modifier = (p: Place) => tr.nominal && p.kind === 'country' && p.end <= tokens[tr.i].start && /^\s?$/.test(text.slice(p.end, tokens[tr.i].start));
    // An accusation's object is another happening: "condemned the strike in the Pacific" was not said in the Pacific.
    const said = (p: Place) => e.event === 'ACCUSE' && p.start > tokens[tr.i].start;
    const clausePlaces = places.filter((p) => p.start >= tokens[clause.from].start && p.end <= tokens[clause.to - 1].end && !taken(p) && !modifier(p) && !said(p) && p.by !== 'demonym' && p.role !== 'actor' && !/^['’]s\b/.test(text.slice(p.end, p.end + 3)));
    // Where it happened; an origin ("tankers to and from Venezuela") only when the clause names no location.
    const located = clausePlaces.filter(isLocation);
    // "a survivor of the same attack was handed over in Bogotá": the clause locates the survivor, not the attack.
    let place = antecedent && ofComplement(tokens, tr.i, clause.from) ? null : bestPlace(located.length ? located : clausePlaces, tokens[tr.i].start);
    // "the South American country": the head noun names the place, its modifier only narrows it.
    const country = theCountry(ix, clause, places, actor?.code ?? null);
    if (country && (!place || (place.start >= country.start && place.end <= country.end))) place = country;
    const ongoing = isPerfectOrProgressive(tokens, tr.i, clause);
    const anchor = antecedent && !time ? { interval: antecedent.interval, by: 'coref' } : anchorInterval(time, modality, ongoing, published);
    const spanEnd = tokens[clause.to - 1].pos === 'PUNCT' && clause.to - 1 > clause.from ? clause.to - 2 : clause.to - 1;
    let first = clause.from;
    while (dateline > 0 && first < spanEnd && tokens[first].start < dateline) first++;
    const start = tokens[first].start;
    const end = tokens[spanEnd].end;
    out.push({
      id: `m${prior.length + out.length}`,
      start, end, text: text.slice(start, end),
      event: e.event,
      mode: refineMode(tokens, tr, clause.to, to),
      modality,
      trigger: { start: tokens[tr.i].start, end: tokens[tr.last].end, text: text.slice(tokens[tr.i].start, tokens[tr.last].end) },
      actor, recipient, time,
      interval: anchor.interval, intervalBy: anchor.by,
      place, quantities: {},
      context: [...context],
      tally: false,
      corefOf: antecedent?.id ?? null,
      sentence: si,
    });
  });
  // Statements of intent and demands: the statement is the event, the act stays hypothetical (events-intent.ts).
  const all = intentMentions(ix, text, from, to, out, () => ({ time: null, ...toAnchor(anchorInterval(null, 'asserted', false, published)) }));
  all.forEach((m, k) => { m.id = `m${prior.length + k}`; });
  prior.push(...all);
  return all;
}

/** "on Friday and Saturday", "on Dec. 2, 3 and 4": day dates joined by commas or "and" are one time of the events they
 * date, an interval spanning them all (the time layer keeps each date, as TIMEX3 does). Dates of other granularities
 * and durations stay apart. */
const DATE_LINK = /^\s*(?:,\s*)?(?:and\s+(?:on\s+)?)?$/i;
function coordinatedTimes(text: string, times: TimeExpr[], sStart: number, sEnd: number): TimeExpr[] {
  const day = (t: TimeExpr) => t.type === 'DATE' && t.interval?.granularity === 'day' && t.interval.end !== null;
  const out: TimeExpr[] = [];
  for (let k = 0; k < times.length; k++) {
    const t = times[k];
    if (t.start < sStart || t.start >= sEnd || !day(t)) { out.push(t); continue; }
    let last = k;
    let and = false;
    while (last + 1 < times.length && day(times[last + 1]) && times[last + 1].start < sEnd) {
      const gap = text.slice(times[last].end, times[last + 1].start);
      if (!gap || !DATE_LINK.test(gap)) break;
      last++;
      if (/and/i.test(gap)) { and = true; break; }
    }
    // Only a list closed by "and" ("Friday, Saturday and Sunday"), not dates in apposition ("Friday, Dec. 5").
    if (last === k || !and) { out.push(t); continue; }
    const group = times.slice(k, last + 1);
    const starts = group.map((g) => g.interval!.start!).sort();
    const ends = group.map((g) => g.interval!.end!).sort();
    const end = times[last].end;
    out.push({ ...t, end, text: text.slice(t.start, end), value: `${starts[0]}/${ends.at(-1)}`,
      interval: { start: starts[0], end: ends.at(-1)!, granularity: 'day' }, by: `${t.by}+coordinated` });
    k = last;
  }
  return out;
}

function toAnchor(a: { interval: Mention['interval']; by: string }): Pick<Mention, 'interval' | 'intervalBy'> {
  return { interval: a.interval, intervalBy: a.by };
}

function modalIn(tokens: Token[], c: Clause): boolean {
  for (let j = c.from; j < c.to; j++) if (/^(?:would|could|might|will|shall)$/.test(tokens[j].normal) && tokens[j].pos === 'AUX') return true;
  return false;
}

function singular(w: string): string {
  return w.toLowerCase().replace(/s$/, '');
}

function hasWord(tokens: Token[], from: number, to: number, word: string): boolean {
  for (let j = from; j < to; j++) if (tokens[j].normal === word) return true;
  return false;
}

/** A verbal trigger opening a coordinated predicate: "and will resign", "and withdrew". */
function coordinatedVerb(tokens: Token[], tr: Trigger): boolean {
  if (tr.nominal || tokens[tr.i].pos !== 'VERB') return false;
  let j = tr.i - 1;
  while (j >= 0 && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV')) j--;
  return j >= 0 && tokens[j].pos === 'CCONJ' && tokens[j].normal !== 'or';
}

/** "called the seizure piracy and said Venezuela would go to the United Nations": an accusation's object ends before
 * a coordinated predicate (the next verb's words are another statement). */
function predicateEnd(tokens: Token[], a: number, b: number): number {
  for (let j = a; j + 1 < b; j++) {
    if (tokens[j].pos !== 'CCONJ') continue;
    let k = j + 1;
    while (k < b && tokens[k].pos === 'ADV') k++;
    if (k < b && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX')) return j;
  }
  return b;
}

/** A nominal trigger in an "of" phrase after a noun: "a survivor of the same attack", "victims of the strike". */
function ofComplement(tokens: Token[], i: number, from: number): boolean {
  let j = i - 1;
  while (j >= from && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'NUM')) j--;
  return j > from && tokens[j].normal === 'of' && tokens[j - 1].pos === 'NOUN';
}

function breachBefore(tokens: Token[], i: number, from: number): boolean {
  for (let j = i - 1; j >= Math.max(from, i - 4); j--) {
    if (BREACH.has(tokens[j].lemma)) return true;
    if (tokens[j].pos !== 'DET' && tokens[j].pos !== 'ADJ' && tokens[j].pos !== 'NOUN' && tokens[j].pos !== 'PRON') return false;
  }
  return false;
}

function recentAssault(prior: Mention[], si: number): boolean {
  for (let k = prior.length - 1; k >= 0 && prior[k].sentence >= si - 2; k--) if (prior[k].event === 'ASSAULT' && prior[k].modality === 'asserted') return true;
  return false;
}

/** A passive participle: "was struck", "were reportedly killed", "among those killed". */
function passiveVerb(tokens: Token[], i: number, from: number): boolean {
  if (/ing$/.test(tokens[i].normal)) return false;
  let j = i - 1;
  while (j >= from && tokens[j].pos === 'ADV') j--;
  if (j < from) return false;
  const n = tokens[j].normal;
  // "was flown to Quito and released": a participle coordinated with a passive one shares its auxiliary.
  if (n === 'and' && tokens[i].pos === 'VERB') {
    for (let k = j - 1; k >= Math.max(from, j - 8); k--) {
      const t = tokens[k];
      if (t.pos === 'VERB') return passiveVerb(tokens, k, from);
      if (!/^(?:ADP|DET|NOUN|PROPN|NUM|ADJ|ADV)$/.test(t.pos)) return false;
    }
    return false;
  }
  return /^(?:was|were|been|being|is|are|be|got|get|gets)$/.test(n) || n === 'those' && tokens[j - 1]?.normal === 'among';
}

/** The subject right before verb i is a noun phrase with no actor, set off by a comma (", analysts warned"): that
 * phrase, uncoded, rather than an entity further back. */
function bareSubjectAfterComma(ix: DocIndex, i: number, from: number): ActorRef | null {
  let j = i - 1;
  while (j >= from && (ix.tokens[j].pos === 'ADV' || ix.tokens[j].pos === 'AUX')) j--;
  if (j < from || ix.tokens[j].pos !== 'NOUN' || ix.entityAt[j] >= 0) return null;
  const head = j;
  while (j >= from && /^(?:NOUN|ADJ|DET|NUM)$/.test(ix.tokens[j].pos) && ix.entityAt[j] < 0) j--;
  if (j < from || ix.tokens[j].normal !== ',') return null;
  // Only a closing clause: nothing but adverbs, dates or punctuation after the verb ("…, analysts warned on Monday.").
  for (let k = i + 1; k < ix.tokens.length && ix.tokens[k].sentence === ix.tokens[i].sentence; k++) {
    if (/^(?:NOUN|DET|VERB|AUX|PRON)$/.test(ix.tokens[k].pos) && !ix.inTime[k]) return null;
  }
  const start = ix.tokens[j + 1].start;
  const end = ix.tokens[head].end;
  const text = ix.doc.text.slice(start, end);
  return { start, end, text, name: text.replace(/^(?:the|a|an)\s+/i, ''), code: null, sector: null, wikidata: null };
}

function participantsActor(ix: DocIndex, tr: Trigger, clause: Clause, clauses: Clause[], c: number, anaphor: boolean, same: Mention[], sentenceFrom: number) {
  const agent = byAgent(ix, tr.i, clause);
  if (agent) return agent;
  // "The boat … was struck", "fishermen were reportedly among those killed": a passive's subject is its patient.
  if (!tr.nominal && passiveVerb(ix.tokens, tr.i, clause.from)) return null;
  // "…, the United States could launch strikes, analysts warned": the verb's own subject is the unnamed "analysts".
  if (!tr.nominal) {
    const bare = bareSubjectAfterComma(ix, tr.i, clause.from);
    if (bare) return bare;
  }
  if (tr.nominal) {
    const owner = possessorOf(ix, clause.from, tr.i);
    if (owner) return owner;
  }
  // "Caracas calls the deployment a threat", "Bogota condemned the raid": the subject judges the event, it did not act.
  if (tr.nominal && ix.tokens.slice(clause.from, tr.i).some((t) => t.pos === 'VERB' && JUDGE.has(t.lemma))) return null;
  const subject = subjectBefore(ix, clause.from, tr.i, anaphor, tr.nominal);
  // "…, until the strikes on boats stop": a temporal clause has a subject of its own; the main clause's is not its actor.
  if (subject || anaphor || (clause.opener && TEMPORAL.has(clause.opener))) return subject;
  // "X's announcement of A, and the confiscation of B": coordinated nominals share the actor.
  const prev = same.at(-1);
  if (tr.nominal && prev?.actor) return prev.actor;
  return c > 0 ? subjectBefore(ix, sentenceFrom, clauses[c].from, false) : null;
}

export const eventsStage: Stage = {
  name: 'events',
  requires: ['tokens', 'entities', 'times', 'places'],
  provides: ['mentions'],
  run(doc: Doc) {
    doc.layers.mentions = extractMentions(doc);
  },
};
