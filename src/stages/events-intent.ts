// Speech acts about future action (PLOVER codes the statement, the content stays hypothetical):
//   "X will/would/is ready to <cooperative act>"  → AGREE by X (a pledge);
//   "X will <hostile act>", or any pledge with "unless" → THREATEN by X;
//   "X will not accept/meet/support ..."          → REJECT by X;
//   "X said (that) Y must <act>"                   → REQUEST by X to Y.
import type { ActorRef, Mention, PloverCategory, Token } from '../core/types.ts';
import { actorRefOf, REPORTING, type DocIndex } from './events-participants.ts';

const FUTURE = new Set(['will', "'ll", 'would', 'shall', 'wo']);
const READY = new Set(['ready', 'willing', 'prepared']);
const COOPERATIVE = new Set<PloverCategory>(['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT']);
const HOSTILE_MODE: Partial<Record<PloverCategory, string | null>> = { ASSAULT: 'violence', MOBILIZE: 'violence', SANCTION: 'restrict', COERCE: 'restrict', PROTEST: null };
/** Verbs that carry a demand in their "must" complement: "said Iraq must", "issued a reminder that Libya must". */
const DEMANDING = new Set([...REPORTING, 'reiterate', 'insist', 'conclude', 'declare', 'issue', 'warn', 'remind', 'stress', 'demand']);

/** The future auxiliary governing the verb at i ("will withdraw", "would not accept", "is willing to send"), or -1. */
function futureBefore(tokens: Token[], i: number, from: number): { at: number; negated: boolean } {
  let negated = false;
  for (let j = i - 1; j >= Math.max(from, i - 5); j--) {
    const t = tokens[j];
    if (FUTURE.has(t.normal) && t.pos === 'AUX') return { at: j, negated };
    if (t.normal === 'to' && j > from && READY.has(tokens[j - 1].normal)) return { at: j - 1, negated };
    if (t.normal === 'not' || t.normal === "n't" || t.normal === 'never') { negated = true; continue; }
    if (t.pos === 'ADV' || t.pos === 'PART' || (t.pos === 'AUX' && t.normal === 'be')) continue;
    return { at: -1, negated };
  }
  return { at: -1, negated };
}

function speechMention(base: Mention, event: PloverCategory, mode: string | null, tokens: Token[], a: number, b: number, text: string, actor: ActorRef | null, recipient: ActorRef | null): Mention {
  const start = tokens[a].start;
  const end = tokens[b].end;
  return { ...base, id: '', event, mode, modality: 'asserted', trigger: { start, end, text: text.slice(start, end) }, actor, recipient, quantities: {}, tally: false, corefOf: null };
}

/** Speech-act mentions for one sentence [from, to); each is placed before the content mention it states. */
export function intentMentions(ix: DocIndex, text: string, from: number, to: number, made: Mention[], anchor: (m: Mention) => Pick<Mention, 'interval' | 'intervalBy' | 'time'>): Mention[] {
  const { tokens } = ix;
  const out: Mention[] = [];
  // "will withdraw unless ...": an ultimatum ("if" is as often an offer).
  const conditional = tokens.slice(from, to).some((t) => t.normal === 'unless');
  const demands = findDemands(ix, text, from, to);
  for (const made1 of made) {
    let m = made1;
    let extra: Mention | null = null;
    const i = tokenIndex(tokens, m.trigger.start, from, to);
    while (demands.length && demands[0].trigger.start < m.trigger.start) {
      const d = demands.shift()!;
      out.push({ ...d, ...anchor(d) });
    }
    if (m.modality === 'hypothetical' && out.at(-1)?.event === 'REQUEST' && out.at(-1)!.trigger.end <= m.trigger.start) {
      // The demanded act is done by the addressee.
      if (!made1.actor) made1.actor = out.at(-1)!.recipient;
    } else if (!m.corefOf && (m.modality === 'hypothetical' || m.modality === 'negated') && tokens[i].pos === 'VERB') {
      const f = futureBefore(tokens, i, from);
      // "Syria says it is willing to withdraw": a pronoun subject is the speaker.
      const actor = f.at > from && tokens[f.at - 1].pos === 'PRON' && /^(it|he|she|they|we)$/.test(tokens[f.at - 1].normal) ? speakerBefore(ix, from, f.at - 1) ?? m.actor : m.actor;
      if (f.at >= 0 && actor && actor.end <= tokens[f.at].start) {
        m = { ...m, actor };
        if (!made1.actor) made1.actor = actor;
        if (f.negated) {
          if (COOPERATIVE.has(m.event) || m.event === 'AGREE') extra = speechMention(m, 'REJECT', null, tokens, f.at, i, text, m.actor, m.recipient);
        } else if (m.modality === 'hypothetical') {
          const hostile = m.event in HOSTILE_MODE;
          if (hostile || (conditional && COOPERATIVE.has(m.event))) extra = speechMention(m, 'THREATEN', HOSTILE_MODE[m.event] ?? null, tokens, f.at, i, text, m.actor, m.recipient);
          else if (COOPERATIVE.has(m.event)) extra = speechMention(m, 'AGREE', null, tokens, f.at, i, text, m.actor, m.recipient);
        }
      }
    }
    if (extra) out.push({ ...extra, ...anchor(extra) });
    out.push(made1);
  }
  for (const d of demands) out.push({ ...d, ...anchor(d) });
  return out;
}

function tokenIndex(tokens: Token[], start: number, from: number, to: number): number {
  for (let j = from; j < to; j++) if (tokens[j].start === start) return j;
  return from;
}

/** "X said (that) Y must <verb>": a REQUEST by the speaker to the subject of "must". */
function findDemands(ix: DocIndex, text: string, from: number, to: number): Mention[] {
  const { tokens } = ix;
  const out: Mention[] = [];
  for (let at = from + 1; at < to - 1; at++) {
    if (tokens[at].normal !== 'must' || !tokens.slice(at + 1, at + 4).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) continue;
    let verb = -1;
    for (let j = at - 1; j >= from; j--) if (DEMANDING.has(tokens[j].lemma) && (tokens[j].pos === 'VERB' || tokens[j].pos === 'NOUN')) { verb = j; break; }
    if (verb < 0) continue;
    const start = tokens[from].start;
    const end = tokens[to - 1].pos === 'PUNCT' ? tokens[to - 2].end : tokens[to - 1].end;
    out.push({
      id: '', start, end, text: text.slice(start, end), event: 'REQUEST', mode: null, modality: 'asserted',
      trigger: { start: tokens[at].start, end: tokens[at].end, text: tokens[at].text },
      actor: entityIn(ix, from, verb, true), recipient: entityIn(ix, verb + 1, at, true),
      time: null, interval: null, intervalBy: 'unresolved', place: null, quantities: {}, context: [], tally: false, corefOf: null, sentence: tokens[at].sentence,
    });
  }
  return out;
}

/** The subject of the reporting verb before token b ("Syria says it ..."). */
function speakerBefore(ix: DocIndex, from: number, b: number): ActorRef | null {
  for (let j = b - 1; j >= from; j--) {
    if (REPORTING.has(ix.tokens[j].lemma) && ix.tokens[j].pos === 'VERB') return entityIn(ix, from, j, true);
  }
  return null;
}

/** The last (or first) actor entity in [a, b). */
function entityIn(ix: DocIndex, a: number, b: number, last: boolean): ActorRef | null {
  let found: ActorRef | null = null;
  for (let j = a; j < b; j++) {
    const ei = ix.entityAt[j];
    if (ei < 0) continue;
    const ref = actorRefOf(ix, ei);
    if (ref && (found === null || last)) found = ref;
    while (j + 1 < b && ix.entityAt[j + 1] === ei) j++;
  }
  return found;
}
