// Claims stage: every mention gets at least one claim saying who states it, who relays it, with what stance.
// Rules (see also attribution-context.ts):
// 1. An attribution whose scope (reported clause, quoted words) holds the mention's trigger gives a claim:
//    its source (or, for an outlet, conveyed_by) and stance from the cue (said → asserted, confirmed, denied,
//    accused/denounced → alleged, believe → believed). Outlet and source in one sentence combine into one claim.
// 2. A mention that IS the speech act (trigger = the cue, e.g. ACCUSE "denounced") gets its speaker as source:
//    alleged for ACCUSE, asserted otherwise.
// 3. No attribution: stance asserted, source null (the outlet states it).
// 4. A claim conveyed by outlet X without a cited source takes the source X cites elsewhere in the document.
// 5. Claims on an anaphoric mention (corefOf) are also attached to its antecedent. A confirmation/denial whose
//    clause names "the attack" but holds no mention attaches to the latest earlier mention's antecedent.
// 6. no_comment ("X did not comment on the operation"): attached to every mention of the same sentence, and to the
//    mention its object refers to (else the document's main event: its first asserted, non-tally mention); with
//    neither, to the previous sentence's mentions. unverified: same sentence, else the previous sentence.
// 7. Characterizations ("which Caracas interprets as “threats”") give an extra `alleged` claim (source Caracas)
//    on the nearest preceding mention: Caracas does not deny the deployment, it alleges a hostile purpose.
// 8. Hedges (supposedly, reportedly, "it claims", ...) in the trigger's clause, in the mention's span, or as a
//    parenthetical right after it (", it claims,") are kept on all of the mention's claims.
import type { Claim, Doc, Mention } from '../core/types.ts';
import type { Stage } from '../pipeline/stage.ts';
import { EVENT_ANAPHORS } from '../lexicons/attribution.ts';
import { buildIndex, type DocIndex } from './attribution.ts';
import { collectAttributions, type Attr } from './attribution-context.ts';
import { findHedges, hedgesFor } from './attribution-hedges.ts';

const within = (x: number, [a, b]: [number, number]) => x >= a && x < b;
const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;

/** Builds the claims of a document from its mentions, quotes and tokens. */
export function findClaims(doc: Doc): Claim[] {
  const mentions = doc.layers.mentions ?? [];
  if (!mentions.length) return [];
  const ix = buildIndex(doc);
  const { attrs, cited } = collectAttributions(doc, ix);
  const sentences = doc.layers.sentences ?? [];
  const reported_by = doc.meta.outlet ?? null;
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const rootOf = (m: Mention): Mention => {
    let r = m;
    for (let k = 0; k < 8 && r.corefOf && byId.has(r.corefOf); k++) r = byId.get(r.corefOf)!;
    return r;
  };
  const claims: Claim[] = [];
  const hedgeMemo = new Map<string, string[]>();
  const hedgeHits = findHedges(doc.text);
  const push = (m: Mention, a: Attr | null, over: Partial<Claim> = {}) => {
    const span = a ? [a.start, a.end] : [sentences[m.sentence]?.start ?? m.start, sentences[m.sentence]?.end ?? m.end];
    const conveyed = over.conveyed_by !== undefined ? over.conveyed_by : a?.role === 'conduit' ? a.who : a?.via ?? null;
    const source = over.source !== undefined ? over.source : a?.role === 'source' ? a.who : null;
    claims.push({
      start: span[0], end: span[1], text: doc.text.slice(span[0], span[1]), mention: m.id,
      stance: over.stance ?? a?.stance ?? 'asserted', source: source ?? (conveyed ? cited.get(conveyed) ?? null : null),
      conveyed_by: conveyed, reported_by, hedges: over.hedges ?? hedgeMemo.get(m.id) ?? hedgeMemo.set(m.id, hedgesFor(doc, ix, m, mentions, hedgeHits)).get(m.id)!, cue: over.cue !== undefined ? over.cue : a?.cue ?? null,
    });
  };
  const sentAttrs = (si: number) => attrs.filter((a) => a.sentence === si);
  const mainEvent = mentions.find((m) => m.modality === 'asserted' && !m.tally && !m.corefOf) ?? mentions[0];

  for (const m of mentions) {
    const list = sentAttrs(m.sentence);
    const t = m.trigger.start;
    const speech = list.filter((a) => a.cueSpan && overlaps(a.cueSpan[0], a.cueSpan[1], m.trigger.start, m.trigger.end) && a.stance !== 'no_comment');
    const scoped = list.filter((a) => within(t, a.scope) && a.stance !== 'no_comment' && a.stance !== 'unverified' && !speech.includes(a) && (a.direct || !inAside(ix, t, a.scope[0])));
    const conduit = scoped.find((a) => a.role === 'conduit') ?? list.find((a) => a.role === 'conduit');
    const sources = scoped.filter((a) => a.role === 'source' && a.who);
    const before = claims.length;
    for (const a of speech) push(m, a, { stance: m.event === 'ACCUSE' ? 'alleged' : a.stance === 'denied' ? 'denied' : 'asserted', conveyed_by: conduit?.who ?? a.via ?? null });
    for (const a of sources) push(m, a, { conveyed_by: conduit?.who ?? a.via ?? null });
    if (!sources.length && conduit && !speech.length) push(m, conduit);
    if (claims.length === before) push(m, null);
    // Rule 7: characterizations and rule 6: verdicts.
    for (const a of list) {
      if (a.contests && a.who && a.scope[0] > t && nearestBefore(mentions, m.sentence, a.scope[0]) === m) push(m, a, { stance: 'alleged', conveyed_by: a.via ?? null, hedges: [] });
    }
  }
  attachVerdicts(doc, attrs, mentions, mainEvent, rootOf, push);
  attachOrphans(ix.text, attrs, mentions, claims, rootOf, push);
  // Rule 5: copy attributed claims of anaphoric mentions to their antecedents.
  for (const c of [...claims]) {
    const m = byId.get(c.mention)!;
    const root = rootOf(m);
    if (root !== m && (c.source || c.conveyed_by || c.stance !== 'asserted')) claims.push({ ...c, mention: root.id });
  }
  return dedupe(claims);
}

/** Rule 1b: a trigger inside a ", which ..." aside of reported speech is the outlet's own description. */
function inAside(ix: DocIndex, trigger: number, scopeStart: number): boolean {
  let k = 0;
  while (k < ix.tokens.length && ix.tokens[k].end <= trigger) k++;
  for (k--; k >= 0 && ix.tokens[k].start >= scopeStart; k--) {
    if (ix.tokens[k].normal !== ',') continue;
    return /^(?:which|who|whose|que|quien)$/.test(ix.tokens[k + 1]?.normal ?? '');
  }
  return false;
}

function nearestBefore(mentions: Mention[], sentence: number, offset: number): Mention | null {
  let best: Mention | null = null;
  for (const m of mentions) if (m.sentence === sentence && m.trigger.start < offset && (!best || m.trigger.start > best.trigger.start)) best = m;
  return best;
}

type Push = (m: Mention, a: Attr | null, over?: Partial<Claim>) => void;

function attachVerdicts(doc: Doc, attrs: Attr[], mentions: Mention[], main: Mention, rootOf: (m: Mention) => Mention, push: Push) {
  for (const a of attrs) {
    if (a.stance !== 'no_comment' && a.stance !== 'unverified') continue;
    const targets = new Set<Mention>(mentions.filter((m) => m.sentence === a.sentence && !overlaps(m.trigger.start, m.trigger.end, a.start, a.end)));
    if (a.stance === 'no_comment' && a.object) {
      const [o0, o1] = a.object;
      const hit = mentions.find((m) => overlaps(m.start, m.end, o0, o1));
      const anaphor = EVENT_ANAPHORS.has(doc.text.slice(o0, o1).toLowerCase().split(/\s+/).at(-1) ?? '');
      if (hit) targets.add(rootOf(hit));
      else if (anaphor || targets.size === 0) targets.add(rootOf(main));
    }
    if (!targets.size) for (const m of mentions) if (m.sentence === a.sentence - 1) targets.add(m);
    for (const m of targets) push(m, a, { conveyed_by: a.via ?? null, source: a.who });
  }
}

/** Rule 5b: a confirmation or denial about "the attack" that holds no mention attaches to the latest earlier event. */
function attachOrphans(text: string, attrs: Attr[], mentions: Mention[], claims: Claim[], rootOf: (m: Mention) => Mention, push: Push) {
  for (const a of attrs) {
    if (a.stance !== 'confirmed' && a.stance !== 'denied' || a.role !== 'source') continue;
    if (mentions.some((m) => within(m.trigger.start, a.scope))) continue;
    if (!/\b(?:the|this|that)\s+(\w+)/gi.test(text.slice(a.scope[0], a.scope[1]))) continue;
    const words = text.slice(a.scope[0], a.scope[1]).toLowerCase().match(/\b(?:the|this|that)\s+(\w+)/g) ?? [];
    if (!words.some((w) => EVENT_ANAPHORS.has(w.split(/\s+/)[1]))) continue;
    const prior = mentions.filter((m) => m.trigger.start < a.scope[0] && !m.tally);
    const last = prior.at(-1);
    if (last && !claims.some((c) => c.mention === rootOf(last).id && c.stance === a.stance && c.source === a.who)) push(rootOf(last), a);
  }
}

function dedupe(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const k = `${c.mention}|${c.stance}|${c.source}|${c.conveyed_by}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const claimsStage: Stage = {
  name: 'claims',
  requires: ['mentions', 'quotes'],
  provides: ['claims'],
  run(doc: Doc) {
    doc.layers.claims = findClaims(doc);
  },
};
