import { writeFile } from 'node:fs/promises';
import type { Claim, DocMeta } from '../core/types.ts';
import { withStore } from '../app/open.ts';
import { toPloverLines } from '../export/plover.ts';
import { toJson } from '../export/json.ts';
import { toCsv } from '../export/csv.ts';
import { toGeoJson } from '../export/geojson.ts';
import { toTimeline } from '../export/timeline.ts';
import type { Store } from '../store/index.ts';
import type { GlobalOpts } from './output.ts';

/** The whole record for `--format json`: documents, events, claims (tallies and revisions are in it). */
async function jsonRecord(store: Store): Promise<string> {
  const events = await store.listEvents({ limit: 10_000_000 });
  const documents: DocMeta[] = (await store.listDocuments({ limit: 10_000_000 })).map(({ mentions: _m, claims: _c, ...meta }) => meta);
  const claims: (Claim & { doc: string })[] = [];
  for (const m of await store.allMentions()) for (const c of m.claims) claims.push({ ...c, doc: m.doc });
  const links = events.flatMap((e) => e.mentions.map((m) => ({ eventId: e.id, docId: m.doc, mentionId: m.mention })));
  return toJson({ documents, events, claims, links }) + '\n';
}

/** Writes the record in a CODEBOOK §2 format to stdout or --out. */
export async function exportCommand(opts: { format: string; out?: string; header?: boolean }, g: GlobalOpts): Promise<void> {
  const body = await withStore(g, async (store) => {
    if (opts.format === 'json') return jsonRecord(store);
    const events = await store.listEvents({ limit: 10_000_000 });
    if (opts.format === 'csv') return toCsv(events);
    if (opts.format === 'geojson') return JSON.stringify(toGeoJson(events)) + '\n';
    if (opts.format === 'timeline') return JSON.stringify(toTimeline(events)) + '\n';
    return toPloverLines(events, { header: opts.header !== false }).map((l) => l + '\n').join('');
  });
  if (opts.out) await writeFile(opts.out, body);
  else process.stdout.write(body);
}
