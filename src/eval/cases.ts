// Our own multi-report case set (eval/cases/*.md + gold.json) through the real pipeline and resolver:
// event clustering (CoNLL F1, pairwise P/R) and field accuracy (date, killed best value, vessels, status).
// Run: npx tsx src/eval/cases.ts [--verbose]
import { mentionKey } from '../core/ids.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc, EventRecord } from '../core/types.ts';
import { processInput } from '../app/process.ts';
import { ingestString } from '../ingest/index.ts';
import { resolveEvents, type ResolveOutput } from '../resolve/resolve.ts';
import { corefScores, pairwise, type CorefScores, type PRF } from '../resolve/metrics.ts';

export const CASES_DIR = fileURLToPath(new URL('../../eval/cases/', import.meta.url));
const NOW = new Date('2026-01-01T00:00:00Z');

export interface GoldHappening {
  date: string | null;
  killed: number | null;
  vessels?: number;
  category: string;
  status?: string;
  tally?: boolean;
  note?: string;
}

export interface Gold {
  happenings: Record<string, GoldHappening>;
  mentions: { doc: string; snippet: string; happening: string }[];
}

export interface CaseFile {
  name: string;
  content: string;
}

export function caseFiles(dir = CASES_DIR): CaseFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
}

export function readGold(dir = CASES_DIR): Gold {
  return JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
}

/** Ingests and annotates one case file exactly as `sitrep ingest` would. */
export function processCase(f: CaseFile): Doc {
  const r = ingestString(f.content, f.name, { now: NOW });
  if (!r.ok) throw new Error(`${f.name}: ${r.message}`);
  return processInput(r.input);
}

export interface FieldScore {
  happening: string;
  events: number;
  date: [string | null, string | null];
  killed: [number | null, number | null];
  vessels?: [number | null, number | null];
  status?: [string | null, string];
}

export interface CaseReport {
  docs: number;
  goldMentions: number;
  found: number;
  coref: CorefScores;
  pairs: PRF;
  fields: FieldScore[];
  accuracy: { date: number; killed: number; vessels: number; status: number };
  events: number;
  missing: string[];
}

/** Scores a resolution of the case documents against the gold file. */
export function scoreCases(docs: Map<string, Doc>, out: ResolveOutput, gold: Gold): CaseReport {
  const eventOf = new Map(out.links.map((l) => [mentionKey(l.docId, l.mentionId), l.eventId]));
  const byId = new Map(out.events.map((e) => [e.id, e]));
  const key = new Map<string, string[]>();
  const response = new Map<string, string[]>();
  const eventsOfHappening = new Map<string, string[]>();
  const missing: string[] = [];
  gold.mentions.forEach((g, i) => {
    const gid = `${g.doc}#${i}`;
    key.set(g.happening, [...(key.get(g.happening) ?? []), gid]);
    const doc = docs.get(g.doc);
    const at = doc ? doc.text.indexOf(g.snippet) : -1;
    if (!doc || at < 0) {
      missing.push(`${g.doc}: snippet not in text: ${g.snippet}`);
      return;
    }
    const end = at + g.snippet.length;
    let best: { id: string; overlap: number } | null = null;
    for (const m of doc.layers.mentions ?? []) {
      const overlap = Math.min(end, m.end) - Math.max(at, m.start);
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { id: m.id, overlap };
    }
    const ev = best ? eventOf.get(`${doc.meta.id}:${best.id}`) : undefined;
    if (!ev) {
      missing.push(`${g.doc}: no resolved mention for: ${g.snippet}`);
      return;
    }
    response.set(ev, [...(response.get(ev) ?? []), gid]);
    eventsOfHappening.set(g.happening, [...(eventsOfHappening.get(g.happening) ?? []), ev]);
  });
  const keyClusters = [...key.values()];
  const respClusters = [...response.values()];
  const fields: FieldScore[] = [];
  const hits = { date: [0, 0], killed: [0, 0], vessels: [0, 0], status: [0, 0] };
  for (const [h, spec] of Object.entries(gold.happenings)) {
    if (spec.tally) continue;
    const evs = eventsOfHappening.get(h) ?? [];
    const counts = new Map<string, number>();
    for (const e of evs) counts.set(e, (counts.get(e) ?? 0) + 1);
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    const e: EventRecord | undefined = top ? byId.get(top) : undefined;
    const f: FieldScore = { happening: h, events: counts.size, date: [e?.date ?? null, spec.date], killed: [e?.fatalities?.best ?? null, spec.killed] };
    hits.date[0] += f.date[0] === f.date[1] ? 1 : 0;
    hits.date[1]++;
    hits.killed[0] += f.killed[0] === f.killed[1] ? 1 : 0;
    hits.killed[1]++;
    if (spec.vessels != null) {
      f.vessels = [e?.vessels?.best ?? null, spec.vessels];
      hits.vessels[0] += f.vessels[0] === f.vessels[1] ? 1 : 0;
      hits.vessels[1]++;
    }
    if (spec.status) {
      f.status = [e?.status ?? null, spec.status];
      hits.status[0] += f.status[0] === f.status[1] ? 1 : 0;
      hits.status[1]++;
    }
    fields.push(f);
  }
  const acc = (x: number[]) => (x[1] ? x[0] / x[1] : 1);
  return {
    docs: docs.size,
    goldMentions: gold.mentions.length,
    found: gold.mentions.length - missing.length,
    coref: corefScores(keyClusters, respClusters),
    pairs: pairwise(keyClusters, respClusters),
    fields,
    accuracy: { date: acc(hits.date), killed: acc(hits.killed), vessels: acc(hits.vessels), status: acc(hits.status) },
    events: out.events.length,
    missing,
  };
}

/** The whole case set: annotate every report, resolve (in the given file order), score. */
export function runCases(order: (files: CaseFile[]) => CaseFile[] = (x) => x): { report: CaseReport; out: ResolveOutput; docs: Map<string, Doc> } {
  const docs = new Map<string, Doc>();
  for (const f of order(caseFiles())) docs.set(f.name, processCase(f));
  const out = resolveEvents([...docs.values()].map((d) => ({ doc: d.meta, mentions: d.layers.mentions ?? [], claims: d.layers.claims ?? [] })));
  return { report: scoreCases(docs, out, readGold()), out, docs };
}

const pct = (x: number) => (100 * x).toFixed(1);

function main(): void {
  const t0 = performance.now();
  const { report: r } = runCases();
  const c = r.coref;
  console.log(`case set: ${r.docs} reports, ${r.goldMentions} gold mentions (${r.found} matched to a resolved mention), ${r.events} events in all`);
  console.log(`MUC F1 ${pct(c.muc.f)}  B³ F1 ${pct(c.b3.f)}  CEAF-e F1 ${pct(c.ceafe.f)}  CoNLL F1 ${pct(c.conll)}  pairwise P ${pct(r.pairs.p)} R ${pct(r.pairs.r)} F1 ${pct(r.pairs.f)}`);
  const a = r.accuracy;
  console.log(`field accuracy: date ${pct(a.date)}  killed ${pct(a.killed)}  vessels ${pct(a.vessels)}  status ${pct(a.status)}`);
  if (process.argv.includes('--verbose')) {
    for (const f of r.fields) console.log(`  ${f.happening}: events ${f.events}, date ${f.date.join(' vs gold ')}, killed ${f.killed.join(' vs gold ')}${f.vessels ? `, vessels ${f.vessels.join(' vs gold ')}` : ''}${f.status ? `, status ${f.status.join(' vs gold ')}` : ''}`);
    for (const m of r.missing) console.log(`  missing: ${m}`);
  }
  console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
