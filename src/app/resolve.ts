import type { DocMeta } from '../core/types.ts';
import type { Store, StoredMention } from '../store/index.ts';
import { resolveEvents, type ResolveInput } from '../resolve/resolve.ts';
import type { ReplaceResult } from '../store/index.ts';

/** Groups the store's mentions by document, in the resolver's input shape. */
export function resolveInputs(rows: StoredMention[]): ResolveInput[] {
  const byDoc = new Map<string, ResolveInput>();
  for (const r of rows) {
    let item = byDoc.get(r.doc);
    if (!item) {
      const meta: DocMeta = { id: r.doc, title: null, outlet: r.outlet, url: r.url, language: 'en', published: r.published, source: null };
      item = { doc: meta, mentions: [], claims: [] };
      byDoc.set(r.doc, item);
    }
    item.mentions.push(r.mention);
    item.claims.push(...r.claims);
  }
  return [...byDoc.values()];
}

/** Re-resolves every stored mention into events, keeping the ids of events that still exist. */
export async function resolveStore(store: Store): Promise<ReplaceResult> {
  const previous = new Map<string, string[]>();
  for (const e of await store.listEvents({ limit: 1_000_000 })) {
    previous.set(e.id, e.mentions.map((m) => `${m.doc}:${m.mention}`));
  }
  const out = resolveEvents(resolveInputs(await store.allMentions()), previous);
  const links = out.links.map((l) => ({ eventId: l.eventId, doc: l.docId, mention: l.mentionId }));
  const history = out.history.map((h) => ({ eventId: h.eventId, kind: h.kind, detail: { note: h.detail } }));
  return store.replaceEvents(out.events, links, history);
}
