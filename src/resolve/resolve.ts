// Cross-report resolution: mentions of many documents → events with sources, contradictions and revisions.
import type { Claim, EventRecord, Mention, Revision, ValueClaim, SourceRef, ActorRef, Place } from '../core/types.ts';
import { clusterHappenings, clusterTallies, type Cluster } from './cluster.ts';
import { modeRank, placesCompatible } from './compat.ts';
import { datesCompatible, toDayInterval } from './days.ts';
import { assignIds } from './ids.ts';
import { mentionKey } from '../core/ids.ts';
import type { EventLink, Member, PreviousIds, ResolveInput, ResolveOutput } from './model.ts';
import { eventStatus, markIndependence, memberSources, type SourcedClaim } from './sources.ts';
import { boundPoint, chooseDate, chooseQuantity } from './values.ts';
import { countryByAlpha3 } from '../geo/lookup.ts';

export type { ResolveInput, ResolveOutput, PreviousIds, EventLink, HistoryEntry } from './model.ts';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const LAST = '\uffff';

interface Anaphor {
  member: Member;
  /** Key of the first mention of its `corefOf` chain. */
  rootKey: string;
}

/** A document's position in the canonical order (published, then id; undated last). */
export function docOrderKey(published: string | null, id: string): [string, string] {
  return [published ?? LAST, id];
}

export function beforeKey(a: [string, string], b: [string, string]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

/** Members in canonical order: (published, doc id, mention position), independent of input order. */
export function collectMembers(input: ResolveInput[]): { founders: Member[]; tallies: Member[]; anaphors: Anaphor[] } {
  const keyOf = (i: ResolveInput) => docOrderKey(i.doc.published, i.doc.id);
  const docs = [...input].sort((a, b) => (beforeKey(keyOf(a), keyOf(b)) ? -1 : beforeKey(keyOf(b), keyOf(a)) ? 1 : 0));
  const seen = new Set<string>();
  const founders: Member[] = [];
  const tallies: Member[] = [];
  const anaphors: Anaphor[] = [];
  let order = 0;
  for (const item of docs) {
    if (seen.has(item.doc.id)) continue;
    seen.add(item.doc.id);
    const claimsOf = new Map<string, Claim[]>();
    for (const c of item.claims) {
      const list = claimsOf.get(c.mention);
      if (list) list.push(c);
      else claimsOf.set(c.mention, [c]);
    }
    const byId = new Map(item.mentions.map((m) => [m.id, m]));
    const memberOf = new Map<string, Member>();
    const mentions = [...item.mentions].sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.id, b.id));
    const docFounders: Member[] = [];
    for (const mention of mentions) {
      const campaign = isCampaign(mention);
      const toll = mention.quantities.killed;
      const member: Member = {
        key: mentionKey(item.doc.id, mention.id),
        doc: item.doc,
        mention,
        claims: claimsOf.get(mention.id) ?? [],
        order: order++,
        iv: toDayInterval(mention.interval),
        place: comparablePlace(mention),
        killed: toll ? boundPoint(toll.value, toll.bound) : null,
        anaphor: false,
      };
      memberOf.set(mention.id, member);
      const root = campaign ? null : antecedentRoot(mention, byId);
      if (root && root.modality === 'asserted') {
        // Hypothetical or questioned references to a real event add nothing to it.
        if (mention.modality === 'asserted' || mention.modality === 'negated') {
          member.anaphor = true;
          anaphors.push({ member, rootKey: `${item.doc.id}:${root.id}` });
          const rootMember = memberOf.get(root.id);
          if (rootMember && mention.modality === 'asserted') enrichFromAnaphor(rootMember, member);
        }
      } else if (mention.modality === 'asserted') {
        (campaign ? tallies : docFounders).push(member);
      }
    }
    // Day-precise mentions first: a vague headline then finds the happening its own body already placed.
    founders.push(...docFounders.filter((m) => m.iv?.day), ...docFounders.filter((m) => !m.iv?.day));
  }
  return { founders, tallies, anaphors };
}

const PLURAL_TRIGGER = /(?:[^su]s|[^s]es)$/i;
const SINCE = /\b(since|so far|in all|running|tally|desde|hasta ahora|en total|balance)\b/i;

/**
 * A running count or a campaign: flagged as a tally, or a plural trigger over an open period ("since September,
 * the strikes…", "desde septiembre, los ataques…"): never merged with a single happening, whatever the tally
 * detector missed (it misses more in Spanish).
 */
export function isCampaign(m: Mention): boolean {
  if (m.tally) return true;
  const word = m.trigger.text.trim().split(/\s+/).at(-1) ?? '';
  if (!m.interval || !PLURAL_TRIGGER.test(word)) return false;
  return m.interval.end === null || SINCE.test(m.text);
}

/**
 * A place in the actor's own country is where it is from or speaks (a "US strike", "the White House said"),
 * not where it acted abroad: it is not compared (it is still published when nothing better is known).
 */
function comparablePlace(m: Mention): Place | null {
  const p = m.place;
  if (p && p.country && p.country === m.actor?.code && p.kind !== 'sea') return null;
  // "US attack", "ataque estadounidense": a country named right next to the trigger is the actor's nationality.
  if (p && p.kind === 'country' && (Math.abs(m.trigger.start - p.end) <= 1 || Math.abs(p.start - m.trigger.end) <= 1)) return null;
  return p;
}

/** A coreference chain is compared as one unit: the founder borrows the day, place and toll its anaphors add. */
function enrichFromAnaphor(root: Member, a: Member): void {
  if (a.iv?.day && !root.iv?.day && datesCompatible(root.iv, a.iv)) root.iv = a.iv;
  if (!root.place && a.place) root.place = a.place;
  if (root.killed == null && a.killed != null) root.killed = a.killed;
}

/** The first mention of a `corefOf` chain within one document (null when there is none). */
function antecedentRoot(m: Mention, byId: Map<string, Mention>): Mention | null {
  let cur = m;
  for (let hops = 0; cur.corefOf && hops < 32; hops++) {
    const next = byId.get(cur.corefOf);
    if (!next || next === m) break;
    cur = next;
  }
  return cur === m ? null : cur;
}

function groupValues<T>(items: { value: T | null; key: string; sources: SourceRef[] }[]): ValueClaim<unknown>[] {
  const groups = new Map<string, ValueClaim<unknown>>();
  for (const it of items) {
    if (it.value == null) continue;
    const g = groups.get(it.key);
    if (g) g.sources.push(...it.sources);
    else groups.set(it.key, { value: it.value, sources: [...it.sources] });
  }
  return [...groups.values()];
}

function actorKey(a: ActorRef | null): string {
  return a ? `${a.code ?? ''}|${a.name}` : '';
}

/** One source per statement: two mentions of one sentence ("confirmed it carried out the attack") make one claim. */
function uniqueRefs(refs: SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = [r.doc, r.start, r.end, r.stance, r.cited, r.conveyed_by].join('|');
    return !seen.has(k) && !!seen.add(k);
  });
}

/** A participant that is a whole state ("the United States", "Venezuela"), not one of its bodies or people. */
function isStateLevel(a: ActorRef): boolean {
  return !!a.code && countryByAlpha3(a.code)?.name === a.name;
}

/**
 * The participant most reports agree on (by code and name), ties to the most specific (code, sector, Wikidata id),
 * then the earlier. A report naming only the state ("the United States attacked") supports a more specific actor of the
 * same state named by another report ("the CIA"): they agree, one says more. A recipient with the actor's own code is a
 * parse slip (the speaker read as target) and is skipped.
 */
function pickActor(members: Member[], field: 'actor' | 'recipient', actorCode: string | null = null): ActorRef | null {
  const support = new Map<string, Set<string>>();
  const stateDocs = new Map<string, Set<string>>();
  const usable = (a: ActorRef | null): a is ActorRef => !!a && !(field === 'recipient' && a.code && a.code === actorCode);
  for (const m of members) {
    const a = m.mention[field];
    if (!usable(a)) continue;
    const k = actorKey(a);
    const docs = support.get(k) ?? new Set<string>();
    docs.add(m.doc.id);
    support.set(k, docs);
    if (isStateLevel(a)) {
      const s = stateDocs.get(a.code!) ?? new Set<string>();
      s.add(m.doc.id);
      stateDocs.set(a.code!, s);
    }
  }
  let best: ActorRef | null = null;
  let bestScore = -1;
  for (const m of members) {
    const a = m.mention[field];
    if (!usable(a)) continue;
    const docs = new Set(support.get(actorKey(a)));
    const specific = !isStateLevel(a);
    if (specific && a.code) for (const d of stateDocs.get(a.code) ?? []) docs.add(d);
    const score = docs.size * 4 + (a.code ? 1 : 0) + (a.sector ? 1 : 0) + (a.wikidata ? 1 : 0) + (specific && a.code ? 2 : 0);
    if (score > bestScore) {
      best = a;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Whether place a says more than b: a smaller radius, except that a country's offshore zone ("off the coast of
 * Venezuela", wider than the country itself) says more than the bare country ("frente a Venezuela" read as Venezuela).
 */
function morePrecise(a: Place, b: Place): boolean {
  // A place with no point ("international waters") says less than any place on the map.
  if ((a.lat == null) !== (b.lat == null)) return b.lat == null;
  if (a.country && a.country === b.country) {
    if (a.kind === 'sea' && b.kind === 'country') return true;
    if (b.kind === 'sea' && a.kind === 'country') return false;
  }
  return a.radius_km < b.radius_km;
}

/** The most precise place of the compared mentions (smallest radius; ties: earlier), else of anaphors, else a home-country place. */
function pickPlace(members: Member[]): Place | null {
  // Where it happened beats where something came from ("a boat that left Venezuela"), whatever the radius.
  for (const origins of [false, true]) {
    for (const anaphors of [false, true]) {
      let best: Place | null = null;
      for (const m of members) {
        const p = m.place;
        if (m.anaphor === anaphors && p && (p.role === 'origin') === origins && (!best || morePrecise(p, best))) best = p;
      }
      if (best) return best;
    }
  }
  return members.find((m) => m.mention.place)?.mention.place ?? null;
}

function buildEvent(id: string, cluster: Cluster, members: Member[]): EventRecord {
  const founding = members.find((m) => !m.anaphor) ?? members[0];
  const sourced = new Map<Member, SourcedClaim[]>();
  for (const m of members) sourced.set(m, memberSources(m));
  const all = members.flatMap((m) => sourced.get(m)!);
  const independent = markIndependence(all);
  const valued = members.filter((m) => !m.anaphor || (m.mention.modality === 'asserted' && !m.weak));
  const refsOf = (m: Member) => sourced.get(m)!.map((s) => s.ref);

  const date = chooseDate(valued, cluster.tally);
  const killed = chooseQuantity(valued, 'killed', cluster.tally);
  const vessels = chooseQuantity(valued, 'vessels', cluster.tally);
  const strikes = cluster.tally ? chooseQuantity(valued, 'strikes', true) : null;
  const contradictions = [date.contradiction, killed.contradiction, vessels.contradiction, strikes?.contradiction ?? null].filter((c) => c !== null);
  const revisions: Revision[] = [...killed.revisions, ...vessels.revisions, ...(strikes?.revisions ?? [])];
  const actor = pickActor(valued, 'actor');
  let mode: string | null = null;
  for (const m of valued) if (modeRank(m.mention.mode) > modeRank(mode)) mode = m.mention.mode;

  const values: EventRecord['values'] = {
    date: groupValues(valued.map((m) => ({ value: m.mention.interval, key: JSON.stringify(m.mention.interval), sources: refsOf(m) }))),
    place: groupValues(valued.map((m) => ({ value: m.mention.place, key: m.mention.place ? `${m.mention.place.gid ?? ''}|${m.mention.place.name}` : '', sources: refsOf(m) }))),
    actor: groupValues(valued.map((m) => ({ value: m.mention.actor, key: actorKey(m.mention.actor), sources: refsOf(m) }))),
    recipient: groupValues(valued.map((m) => ({ value: m.mention.recipient, key: actorKey(m.mention.recipient), sources: refsOf(m) }))),
  };
  for (const f of ['killed', 'vessels', 'strikes'] as const) {
    const items = valued.map((m) => {
      const q = m.mention.quantities[f];
      return { value: q ? { value: q.value, bound: q.bound, text: q.text } : null, key: q ? `${q.value}|${q.bound}` : '', sources: refsOf(m) };
    });
    const grouped = groupValues(items);
    if (grouped.length > 0) values[f === 'killed' ? 'fatalities' : f] = grouped;
  }

  return {
    id,
    event: founding.mention.event,
    mode,
    date: date.date,
    enddate: date.enddate,
    date_granularity: date.granularity,
    actor,
    recipient: pickActor(valued, 'recipient', actor?.code ?? null),
    place: pickPlace(valued),
    event_text: founding.mention.text,
    context: [...new Set(members.flatMap((m) => m.mention.context))].sort(),
    fatalities: killed.range,
    vessels: vessels.range,
    status: eventStatus(all, actor, contradictions, independent),
    tally: cluster.tally,
    sources: uniqueRefs(all.map((s) => s.ref)),
    mentions: members.map((m) => ({ doc: m.doc.id, mention: m.mention.id, start: m.mention.start, end: m.mention.end, text: m.mention.text })),
    contradictions,
    revisions,
    values,
    independent_sources: independent,
  };
}

/**
 * Resolves mentions across documents into events. Pure and order-independent.
 * `only` restricts which members take part (by key); whole documents are still read, so a member keeps what its own
 * document's anaphors add. The window resolution (window.ts) uses it to replay just the events a new document can reach.
 */
export function resolveEvents(input: ResolveInput[], previous?: PreviousIds, only?: (key: string) => boolean): ResolveOutput {
  const collected = collectMembers(input);
  const keep = (m: Member) => !only || only(m.key);
  const founders = collected.founders.filter(keep);
  const tallies = collected.tallies.filter(keep);
  const anaphors = collected.anaphors.filter((a) => keep(a.member));
  const clusters = clusterHappenings(founders);
  clusters.push(...clusterTallies(tallies, clusters.length));

  const clusterOfKey = new Map<string, Cluster>();
  for (const c of clusters) for (const m of c.members) clusterOfKey.set(m.key, c);
  for (const a of anaphors) {
    const target = clusterOfKey.get(a.rootKey);
    if (!target) continue;
    const m = a.member;
    m.weak = !target.reps.every((r) => datesCompatible(r.iv, m.iv) && placesCompatible(r.place, m.place));
    target.members.push(m);
  }
  for (const c of clusters) c.members.sort((a, b) => a.order - b.order);
  // Founding mention first: an anaphor never founds, so its key is listed after the founders' first.
  const keyLists = clusters.map((c) => {
    const first = c.members.find((m) => !m.anaphor)!;
    return [first.key, ...c.members.filter((m) => m !== first).map((m) => m.key)];
  });
  const { ids, history } = assignIds(keyLists, previous);

  const events: EventRecord[] = [];
  const links: EventLink[] = [];
  clusters.forEach((c, i) => {
    events.push(buildEvent(ids[i], c, c.members));
    for (const m of c.members) links.push({ eventId: ids[i], docId: m.doc.id, mentionId: m.mention.id });
  });
  const rank = new Map(clusters.map((c, i) => [ids[i], c.members[0].order]));
  events.sort((a, b) => cmp(a.date ?? LAST, b.date ?? LAST) || rank.get(a.id)! - rank.get(b.id)!);
  return { events, links, history };
}
