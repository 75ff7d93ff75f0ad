import { eq } from 'drizzle-orm';
import type { Doc } from '../core/types.ts';
import type { IngestOptions, IngestResult } from '../ingest/index.ts';
import { readInputs } from '../ingest/index.ts';
import type { Store } from '../store/index.ts';
import { documents } from '../store/schema.ts';
import { processInput } from './process.ts';
import { resolveLocked } from './resolve-incremental.ts';

export interface IngestOutcome {
  source: string;
  status: 'stored' | 'duplicate' | 'rejected';
  id?: string;
  code?: string;
  message?: string;
  mentions?: number;
  warnings?: string[];
}

/** The stored form of a document: tokens are left out (they are rebuilt from the text in ~1 ms). */
export function storableDoc(doc: Doc): Doc {
  const { tokens: _tokens, ...layers } = doc.layers;
  return { ...doc, layers };
}

/** Whether a document with this content id is stored (a cheap check before running the pipeline). */
export async function isStored(store: Store, id: string): Promise<boolean> {
  const rows = await store.db.select({ id: documents.id }).from(documents).where(eq(documents.id, id)).limit(1);
  return rows.length > 0;
}

/** Annotates and stores one ingest result; bad input is logged and reported, never thrown. */
export async function ingestOne(store: Store, r: IngestResult): Promise<IngestOutcome> {
  if (!r.ok) {
    await store.logIngest({ source: r.source, status: 'rejected', code: r.code, message: r.message });
    return { source: r.source, status: 'rejected', code: r.code, message: r.message };
  }
  const { input } = r;
  const source = input.meta.source ?? input.meta.id;
  let doc: Doc;
  try {
    doc = processInput(input);
  } catch (e) {
    // A pipeline bug must not lose the batch: record it and go on.
    const message = `pipeline failed: ${(e as Error).message}`;
    await store.logIngest({ source, docId: input.meta.id, status: 'rejected', code: 'pipeline-failed', message });
    return { source, status: 'rejected', code: 'pipeline-failed', message };
  }
  doc.messages.push(...input.warnings);
  const saved = await store.saveDocument(storableDoc(doc), { raw: input.raw ?? null });
  return {
    source,
    status: saved.status,
    id: saved.id,
    code: saved.code,
    message: saved.message,
    mentions: doc.layers.mentions?.length ?? 0,
    warnings: input.warnings.map((w) => w.text),
  };
}

/** Ingests every input, then re-resolves events once if anything new was stored. */
export async function ingestPaths(
  store: Store,
  paths: string[],
  opts: IngestOptions,
  onOutcome: (o: IngestOutcome) => void = () => {},
): Promise<{ outcomes: IngestOutcome[]; events: { created: number; updated: number; removed: number } | null }> {
  const outcomes: IngestOutcome[] = [];
  for await (const r of readInputs(paths, opts)) {
    const o = await ingestOne(store, r);
    outcomes.push(o);
    onOutcome(o);
  }
  if (!outcomes.some((o) => o.status === 'stored')) return { outcomes, events: null };
  // under the resolve lock: workers may be resolving the same store
  const res = await resolveLocked(store);
  return { outcomes, events: { created: res.created.length, updated: res.updated.length, removed: res.removed.length } };
}
