import type { Doc, DocMeta, EventRecord, SourceRef } from '../core/types.ts';
import { contradictionRows, tallyRows, type ContradictionRow, type TallyRow } from '../export/json.ts';
import type { Store } from '../store/index.ts';
import { withStore } from '../app/open.ts';
import { actorText, dateText, fatalitiesText } from './format.ts';
import { CliError, oneLine, printJson, type GlobalOpts } from './output.ts';

/** Finds an event by id or unique id prefix. */
export async function findEvent(store: Store, id: string): Promise<EventRecord> {
  const exact = await store.getEvent(id);
  if (exact) return exact;
  const matches = (await store.listEvents({ limit: 1_000_000 })).filter((e) => e.id.startsWith(id));
  if (matches.length === 1) return matches[0];
  if (!matches.length) throw new CliError(`no event with id "${id}" (see sitrep events)`, 1);
  throw new CliError(`"${id}" matches ${matches.length} events: ${matches.slice(0, 5).map((e) => e.id).join(', ')}…`, 1);
}

/** The sentence of a document that holds [start, end). */
function sentenceAt(doc: Doc | undefined, start: number, end: number): string {
  if (!doc) return '';
  const s = doc.layers.sentences?.find((x) => x.start <= start && x.end >= Math.min(end, x.end) && start < x.end);
  return oneLine(s ? doc.text.slice(s.start, Math.max(s.end, Math.min(end, doc.text.length))) : doc.text.slice(start, end));
}

function chain(s: SourceRef): string {
  return [s.outlet ?? 'unknown outlet', s.conveyed_by, s.cited].filter(Boolean).join(' ← ');
}

export interface Dossier {
  event: EventRecord;
  /** For a running-tally event: each reported figure next to sitrep's own count, and why they differ. */
  tallies?: TallyRow[];
  /** Each disagreement with the sources behind every value. */
  contradictions?: ContradictionRow[];
  documents: Record<string, { title: string | null; outlet: string | null; published: string | null; url: string | null }>;
  sentences: Record<string, string>;
  history: { kind: string; detail: unknown; at: string }[];
}

export async function buildDossier(store: Store, id: string): Promise<Dossier> {
  const event = await findEvent(store, id);
  const docIds = new Set([...event.sources.map((s) => s.doc), ...event.mentions.map((m) => m.doc)]);
  const docs = new Map<string, Doc>();
  for (const d of docIds) {
    const doc = await store.getDocument(d);
    if (doc) docs.set(d, doc);
  }
  const sentences: Record<string, string> = {};
  for (const x of [...event.sources, ...event.mentions]) sentences[`${x.doc}:${x.start}-${x.end}`] = sentenceAt(docs.get(x.doc), x.start, x.end);
  const documents: Dossier['documents'] = {};
  for (const [d, doc] of docs) documents[d] = { title: doc.meta.title, outlet: doc.meta.outlet, published: doc.meta.published, url: doc.meta.url };
  const history = (await store.eventHistory(event.id)).map((h) => ({ kind: h.kind, detail: h.detail, at: h.at }));
  let tallies: TallyRow[] | undefined;
  if (event.tally) {
    const all = await store.listEvents({ limit: 10_000_000 });
    const metas: DocMeta[] = (await store.listDocuments({ limit: 10_000_000 })).map(({ mentions: _m, claims: _c, ...meta }) => meta);
    tallies = tallyRows(all, metas).filter((t) => t.event === event.id);
  }
  return { event, tallies, contradictions: contradictionRows([event]), documents, sentences, history };
}

export function renderDossier(d: Dossier): string {
  const e = d.event;
  const out: string[] = [];
  const docName = (id: string) => {
    const m = d.documents[id];
    return m ? `${m.outlet ?? m.title ?? id}${m.published ? ', ' + m.published.slice(0, 10) : ''}` : id;
  };
  out.push(`${e.id}  ${e.event}${e.mode ? '/' + e.mode : ''}${e.tally ? ' (running tally)' : ''}  status: ${e.status}`);
  out.push(`  when:       ${dateText(e)}${e.date_granularity ? ` (${e.date_granularity})` : ''}`);
  const p = e.place;
  out.push(`  where:      ${p ? `${p.name} (${p.kind}${p.country ? ', ' + p.country : ''}${p.lat != null ? `, ${p.lat.toFixed(2)},${p.lon?.toFixed(2)}` : ''}, ±${p.radius_km} km)` : '—'}`);
  out.push(`  actor:      ${actorText(e.actor)}${e.actor?.wikidata ? ' ' + e.actor.wikidata : ''}`);
  out.push(`  recipient:  ${actorText(e.recipient)}${e.recipient?.wikidata ? ' ' + e.recipient.wikidata : ''}`);
  out.push(`  killed:     ${fatalitiesText(e)}`);
  if (e.vessels) out.push(`  vessels:    ${e.vessels.best}${e.vessels.low !== e.vessels.high ? ` (${e.vessels.low}–${e.vessels.high})` : ''}`);
  if (e.context.length) out.push(`  context:    ${e.context.join(', ')}`);
  out.push('', `Mentions (${e.mentions.length}):`);
  for (const m of e.mentions) out.push(`  [${docName(m.doc)}] ${d.sentences[`${m.doc}:${m.start}-${m.end}`] || oneLine(m.text)}`);
  out.push('', `Claims (${e.sources.length}):`);
  for (const s of e.sources) {
    const hedges = s.hedges.length ? `  hedges: ${s.hedges.join(', ')}` : '';
    const dep = s.independent === false ? '  (not independent)' : '';
    out.push(`  - ${s.stance.padEnd(10)} ${chain(s)}  [${docName(s.doc)}]${hedges}${dep}`);
    const sent = d.sentences[`${s.doc}:${s.start}-${s.end}`];
    if (sent) out.push(`      “${sent}”`);
  }
  const contradictions = d.contradictions ?? contradictionRows([e]);
  if (contradictions.length) {
    out.push('', 'Contradictions (every reported value is kept):');
    for (const c of contradictions) {
      out.push(`  ${c.field}:`);
      for (const v of c.values) {
        const mark = JSON.stringify(v.value) === JSON.stringify(c.chosen) ? '  ← published' : '';
        out.push(`    ${JSON.stringify(v.value)}${mark}`);
        for (const s of v.sources) out.push(`      ${s.stance.padEnd(10)} ${chain(s)}  [${docName(s.doc)}]${s.hedges.length ? `  hedges: ${s.hedges.join(', ')}` : ''}`);
      }
      if (c.rule) out.push(`    published ${JSON.stringify(c.chosen)} by the rule: ${c.rule}`);
    }
  }
  if (e.revisions.length) {
    out.push('', 'Revisions:');
    for (const r of e.revisions) out.push(`  ${r.at ?? '?'}  ${r.field}: ${JSON.stringify(r.old)} → ${JSON.stringify(r.new)}  [${docName(r.doc)}]`);
  }
  if (d.tallies?.length) {
    out.push('', "Reported tallies vs sitrep's own count:");
    for (const t of d.tallies) {
      const range = t.high === null ? `≥ ${t.low}` : t.low === t.high ? `${t.low}` : `${t.low}–${t.high}`;
      out.push(`  ${t.what.padEnd(7)} reported "${t.text}" (${range}) as of ${t.as_of?.slice(0, 10) ?? '?'}${t.since ? ` since ${t.since}` : ''}; sitrep: ${t.computed.value} from ${t.computed.events} events${t.divergence ? `  (${t.divergence > 0 ? '+' : ''}${t.divergence})` : '  (fits)'}`);
      for (const w of t.why) out.push(`      ${w}`);
    }
  }
  if (d.history.length) {
    out.push('', 'History:');
    for (const h of d.history) out.push(`  ${h.at}  ${h.kind}  ${oneLine(JSON.stringify(h.detail))}`);
  }
  return out.join('\n');
}

export async function showCommand(id: string, g: GlobalOpts): Promise<void> {
  const dossier = await withStore(g, (s) => buildDossier(s, id));
  if (g.json) return printJson(dossier);
  process.stdout.write(renderDossier(dossier) + '\n');
}
