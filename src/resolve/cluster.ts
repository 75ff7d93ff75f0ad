// Greedy clustering in canonical order, with blocking by category + week bucket (no all-pairs).
import { affinity, membersCompatible, partiesCompatible } from './compat.ts';
import type { Member } from './model.ts';

export interface Cluster {
  /** Creation order: ties between candidate clusters go to the older one. */
  idx: number;
  tally: boolean;
  members: Member[];
  /** Members with distinct comparison signatures: complete linkage over these only. */
  reps: Member[];
  sigs: Set<string>;
  keys: Set<string>;
  /** Toll given by each member document: one report does not give two tolls for one happening. */
  tolls: Map<string, number>;
  /** Documents with a member here. */
  docs: Set<string>;
  stamp: number;
}

const WEEK = 7;
const SAME_DOC_BONUS = 5;
/** Intervals spanning more weeks than this are "wide" (kept in one list per category). */
export const WIDE_WEEKS = 8;
/** A wide mention looks at narrow clusters in at most this many weeks from its start. */
const LOOKUP_WEEKS = 26;

function signature(m: Member): string {
  const x = m.mention;
  const iv = m.iv ? `${m.iv.s}/${m.iv.e}/${m.iv.day ? 1 : 0}` : '';
  const p = m.place;
  const pl = p ? `${p.gid ?? p.name}@${p.lat},${p.lon},${p.country}` : '';
  return `${x.mode}|${iv}|${pl}|${x.actor?.code ?? ''}|${x.recipient?.code ?? ''}|${m.killed ?? ''}`;
}

function addMember(c: Cluster, m: Member): void {
  c.members.push(m);
  c.docs.add(m.doc.id);
  if (m.killed != null && !c.tolls.has(m.doc.id)) c.tolls.set(m.doc.id, m.killed);
  const sig = signature(m);
  if (!c.sigs.has(sig)) {
    c.sigs.add(sig);
    c.reps.push(m);
  }
}

/** Index keys for a member: `cat|week`, `cat|wide` or `cat|undated`, and the week range to look up. */
export function blockOf(m: Member): { keys: string[]; lookup: string[] } {
  const cat = m.mention.event;
  if (!m.iv) return { keys: [`${cat}|undated`], lookup: [`${cat}|undated`] };
  const first = Math.floor((m.iv.s - 1) / WEEK);
  const last = m.iv.e === Infinity ? Infinity : Math.floor((m.iv.e + 1) / WEEK);
  const wide = last - first > WIDE_WEEKS;
  const weeks: string[] = [];
  for (let w = first, end = Math.min(last, first + LOOKUP_WEEKS); w <= end; w++) weeks.push(`${cat}|${w}`);
  return { keys: wide ? [`${cat}|wide`] : weeks, lookup: [...weeks, `${cat}|wide`] };
}

/** Clusters single-happening founders (canonical order in, clusters in creation order out). */
export function clusterHappenings(founders: Member[]): Cluster[] {
  const clusters: Cluster[] = [];
  const index = new Map<string, Cluster[]>();
  let stamp = 0;
  for (const m of founders) {
    stamp++;
    const { keys, lookup } = blockOf(m);
    let best: Cluster | null = null;
    let bestScore = -1;
    for (const k of lookup) {
      const list = index.get(k);
      if (!list) continue;
      for (const c of list) {
        if (c.stamp === stamp) continue;
        c.stamp = stamp;
        const toll = c.tolls.get(m.doc.id);
        if (toll !== undefined && m.killed != null && m.killed !== toll) continue;
        let score = 0;
        let ok = true;
        for (const r of c.reps) {
          if (!membersCompatible(r, m)) {
            ok = false;
            break;
          }
          score = Math.max(score, affinity(r, m));
        }
        // A headline and the body of one report tell the same happening unless they conflict.
        if (c.docs.has(m.doc.id)) score += SAME_DOC_BONUS;
        if (ok && (score > bestScore || (score === bestScore && best !== null && c.idx < best.idx))) {
          best = c;
          bestScore = score;
        }
      }
    }
    const target = best ?? { idx: clusters.length, tally: false, members: [], reps: [], sigs: new Set(), keys: new Set(), tolls: new Map(), docs: new Set(), stamp: 0 };
    if (!best) clusters.push(target);
    addMember(target, m);
    for (const k of keys) {
      if (target.keys.has(k)) continue;
      target.keys.add(k);
      const list = index.get(k);
      if (list) list.push(target);
      else index.set(k, [target]);
    }
  }
  return clusters;
}

/** Campaign tallies: one event per category + actor (an unknown actor joins the first tally of its category). */
export function clusterTallies(tallies: Member[], firstIdx: number): Cluster[] {
  const clusters: Cluster[] = [];
  for (const m of tallies) {
    const same = clusters.filter((c) => c.members[0].mention.event === m.mention.event);
    const code = m.mention.actor?.code ?? null;
    const target =
      same.find((c) => code != null && c.reps.some((r) => r.mention.actor?.code === code)) ??
      same.find((c) => c.reps.every((r) => partiesCompatible(r.mention.actor, m.mention.actor)));
    if (target) {
      addMember(target, m);
    } else {
      const c: Cluster = { idx: firstIdx + clusters.length, tally: true, members: [], reps: [], sigs: new Set(), keys: new Set(), tolls: new Map(), docs: new Set(), stamp: 0 };
      addMember(c, m);
      clusters.push(c);
    }
  }
  return clusters;
}
