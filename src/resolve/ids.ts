// Event ids: the founding mention's key hashed, kept stable against a previous resolution.
import { eventId } from '../core/ids.ts';
import type { HistoryEntry, PreviousIds } from './model.ts';

export interface IdAssignment {
  ids: string[];
  history: HistoryEntry[];
}

/** `clusters[i]` lists member keys in canonical order, the founding key first. */
export function assignIds(clusters: string[][], previous?: PreviousIds): IdAssignment {
  const history: HistoryEntry[] = [];
  const used = new Set<string>();
  const unique = (key: string): string => {
    let id = eventId(key);
    for (let n = 1; used.has(id); n++) id = eventId(`${key}#${n}`);
    used.add(id);
    return id;
  };
  const prev = previous instanceof Map ? [...previous.entries()] : Object.entries(previous ?? {});
  if (prev.length === 0 && !previous) return { ids: clusters.map((keys) => unique(keys[0])), history };

  prev.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const clusterOf = new Map<string, number>();
  clusters.forEach((keys, i) => keys.forEach((k) => clusterOf.set(k, i)));
  const claimants = new Map<number, { id: string; pos: number }[]>();
  const memberOf = new Map<string, string>();
  for (const [oldId, keys] of prev) {
    for (const k of keys) if (!memberOf.has(k)) memberOf.set(k, oldId);
    const founding = keys.find((k) => eventId(k) === oldId) ?? keys[0];
    const c = founding === undefined ? undefined : clusterOf.get(founding);
    if (c === undefined) {
      history.push({ eventId: oldId, kind: 'removed', detail: 'its founding mention no longer founds an event' });
      continue;
    }
    const list = claimants.get(c) ?? [];
    list.push({ id: oldId, pos: clusters[c].indexOf(founding) });
    claimants.set(c, list);
  }
  for (const list of claimants.values()) for (const x of list) used.add(x.id);

  const ids = clusters.map((keys, i) => {
    const list = (claimants.get(i) ?? []).sort((a, b) => a.pos - b.pos);
    if (list.length > 0) {
      const keep = list[0].id;
      for (const other of list.slice(1)) {
        history.push({ eventId: other.id, kind: 'merged', detail: `merged into ${keep}` });
        history.push({ eventId: keep, kind: 'merged', detail: `absorbed ${other.id}` });
      }
      return keep;
    }
    const id = unique(keys[0]);
    const origins = [...new Set(keys.map((k) => memberOf.get(k)).filter((x): x is string => !!x))].sort();
    if (origins.length > 0) for (const o of origins) history.push({ eventId: id, kind: 'split', detail: `split from ${o}` });
    else history.push({ eventId: id, kind: 'created', detail: `founded by ${keys[0]}` });
    return id;
  });
  history.sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : a.detail < b.detail ? -1 : a.detail > b.detail ? 1 : 0));
  return { ids, history };
}
