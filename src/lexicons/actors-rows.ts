// Parses the compact organisation and outlet tables and merges them into the entry list by name.
import { type ActorEntry, outlet } from './actors-types.ts';
import { ORG_ROWS } from './data/actors-orgs.ts';
import { OUTLET_ROWS } from './data/actors-outlets.ts';

const KINDS = { A: 'agency', N: 'newspaper', B: 'broadcaster', S: 'site', M: 'magazine' } as const;
const split = (s: string | undefined) => (s ? s.split(';').filter(Boolean) : []);

/** Adds an entry, or only its aliases when an entry of that name exists. */
function merge(entries: ActorEntry[], byName: Map<string, ActorEntry>, e: ActorEntry): void {
  const old = byName.get(e.name);
  if (!old) {
    entries.push(e);
    byName.set(e.name, e);
    return;
  }
  for (const a of e.aliases) if (!old.aliases.includes(a) && a !== old.name) old.aliases.push(a);
  if (!old.wikidata && e.wikidata) old.wikidata = e.wikidata;
}

/** Merges the organisation and outlet tables into `entries`. */
export function addRows(entries: ActorEntry[]): void {
  const byName = new Map<string, ActorEntry>();
  for (const e of entries) if (e.type !== 'GPE' && !byName.has(e.name)) byName.set(e.name, e);
  for (const line of ORG_ROWS.trim().split('\n')) {
    const [code, sector, t, name, aliases, heads, qid] = line.split('|');
    merge(entries, byName, { name, type: t === 'G' ? 'GROUP' : 'ORG', code: code === '-' ? null : code, sector, wikidata: qid || null, aliases: split(aliases), heads: split(heads) });
  }
  for (const line of OUTLET_ROWS.trim().split('\n')) {
    const [code, kind, name, aliases, qid] = line.split('|');
    merge(entries, byName, outlet(name, code === '-' ? null : code, qid || null, KINDS[kind as keyof typeof KINDS], split(aliases)));
  }
}
