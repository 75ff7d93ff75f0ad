// After a sentence's mentions exist: attach its counts, mark running tallies, and let anaphors refine antecedents.
import type { Mention, Place, Token } from '../core/types.ts';
import type { FoundQuantity } from './quantities.ts';

const COUNTABLE: Record<string, Set<string>> = {
  killed: new Set(['ASSAULT']),
  injured: new Set(['ASSAULT']),
  missing: new Set(['ASSAULT']),
  strikes: new Set(['ASSAULT']),
  vessels: new Set(['ASSAULT', 'COERCE', 'SANCTION']),
  arrested: new Set(['COERCE']),
};

/** Each count goes to the nearest fitting mention of its sentence (asserted first); casualty counts in a
 * sentence without one ("no fatalities were reported") go to the last asserted ASSAULT within two sentences. */
export function attachQuantities(found: FoundQuantity[], made: Mention[], all: Mention[], sentence: number): void {
  for (const f of found) {
    const fits = made.filter((m) => COUNTABLE[f.kind].has(m.event));
    let target: Mention | null = null;
    for (const m of fits) {
      if (!target) { target = m; continue; }
      const better = (m.modality === 'asserted' ? 0 : 1) - (target.modality === 'asserted' ? 0 : 1);
      const dm = Math.abs(m.trigger.start - f.quantity.start);
      const dt = Math.abs(target.trigger.start - f.quantity.start);
      if (better < 0 || (better === 0 && dm < dt)) target = m;
    }
    if (!target && (f.kind === 'killed' || f.kind === 'injured' || f.kind === 'missing')) {
      for (let k = all.length - 1; k >= 0; k--) {
        const m = all[k];
        if (m.sentence < sentence - 2) break;
        if (m.event === 'ASSAULT' && m.modality === 'asserted' && !m.tally) {
          target = m.corefOf ? all.find((q) => q.id === m.corefOf) ?? m : m;
          break;
        }
      }
    }
    if (target && !target.quantities[f.kind]) target.quantities[f.kind] = f.quantity;
  }
}

// Not "toll": "the death toll from Saturday's strike" counts one strike.
const TALLY_WORDS = new Set(['campaign', 'total', 'tally', 'far', 'date', 'cumulative', 'overall', 'since']);

/** A count that can only be a running total: several vessels, strikes or deaths, or a bounded figure. */
export function counted(m: Mention): boolean {
  const q = m.quantities;
  return [q.vessels, q.strikes, q.killed].some((x) => x && (x.value > 1 || x.bound !== 'exact'));
}

/** An asserted mention with a running-total count: what a campaign tally is made of. */
export function countedAsserted(m: Mention): boolean {
  return m.modality === 'asserted' && counted(m);
}

function hasTallyWord(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (TALLY_WORDS.has(tokens[j].normal)) return true;
  return false;
}

/**
 * "With this strike, at least 115 people have been killed since September" / "Con este ataque, ya son 115 los
 * muertos desde septiembre": a count over an open-ended period is the campaign's, not the strike the anaphor names.
 */
export function detachCampaignCount(m: Mention): void {
  if (m.corefOf && m.intervalBy === 'time' && m.interval && m.interval.end === null && counted(m)) m.corefOf = null;
}

/**
 * "The strikes bring the death toll from the campaign to at least 57": a counted anaphor in a sentence with a
 * campaign word sums the whole campaign, it does not re-name the last strike. True when it was detached.
 */
export function detachCampaignTotal(tokens: Token[], m: Mention, from: number, to: number): boolean {
  if (!m.corefOf || !countedAsserted(m) || !hasTallyWord(tokens, from, to)) return false;
  m.corefOf = null;
  return true;
}

/** A running count of a campaign: several counted things plus a campaign word or a perfect ("has involved"). */
export function isTally(tokens: Token[], m: Mention, from: number, to: number): boolean {
  if (!countedAsserted(m) || m.corefOf) return false;
  if (hasTallyWord(tokens, from, to)) return true;
  let perfect = false;
  for (let j = from; j < to; j++) {
    // The perfect must be the trigger's own ("has involved"), not a coordinated clause's ("X has announced ..., and Y seized").
    if (tokens[j].start === m.trigger.start) {
      for (let k = j - 1; k >= Math.max(from, j - 3); k--) {
        if (tokens[k].normal === 'has' || tokens[k].normal === 'have') perfect = true;
        if (tokens[k].pos !== 'AUX' && tokens[k].pos !== 'ADV') break;
      }
    }
  }
  return perfect;
}

/** A campaign tally without a place of its own: the last sea or region named next to vessels before it. */
export function tallyPlace(places: Place[], tokens: Token[], vesselSentences: Set<number>, before: number): Place | null {
  let found: Place | null = null;
  for (const p of places) {
    if (p.start >= before) break;
    if (p.kind !== 'sea' && p.kind !== 'region') continue;
    const t = tokens.find((x) => x.start >= p.start);
    if (t && vesselSentences.has(t.sentence)) found = p;
  }
  return found ? { ...found, by: 'events:tally-sea' } : null;
}

/** An anaphor's sentence often says more ("the attack targeted a dock used by X"): fill the antecedent's gaps. */
export function refineFromAnaphors(mentions: Mention[]): void {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  for (const m of mentions) {
    const root = m.corefOf ? byId.get(m.corefOf) : undefined;
    if (!root) continue;
    if (m.recipient && (!root.recipient || (!root.recipient.sector && m.recipient.sector))) root.recipient = m.recipient;
    if (!root.actor && m.actor) root.actor = m.actor;
    if (m.place && (!root.place || root.place.by.startsWith('events:'))) root.place = m.place;
    for (const [k, v] of Object.entries(m.quantities)) {
      const key = k as keyof Mention['quantities'];
      if (v && !root.quantities[key]) root.quantities[key] = v;
    }
    root.context = [...new Set([...root.context, ...m.context])].sort();
  }
}

/** The other side of the most recent mention: the implicit target of an accusation. */
export function antagonist(prior: Mention[], code: string | null): Mention['actor'] {
  for (let k = prior.length - 1; k >= 0; k--) {
    const a = prior[k].actor;
    if (a && a.code && a.code !== code) return a;
  }
  return null;
}
