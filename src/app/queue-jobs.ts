// The two ends of the ingest queue: `sitrep ingest --queue` submits documents, workers annotate and store them.
import type { Doc } from '../core/types.ts';
import { readInputs, type IngestOptions } from '../ingest/index.ts';
import type { IngestJobData, Queue, QueuedJob } from '../store/queue.ts';
import type { Store } from '../store/index.ts';
import { unstorableDocument } from '../store/storable.ts';
import { isStored, storableDoc } from './ingest.ts';
import { processInput } from './process.ts';

export interface EnqueueOutcome {
  source: string;
  status: 'queued' | 'duplicate' | 'rejected';
  id?: string;
  code?: string;
  message?: string;
}

export interface JobOutcome {
  source: string;
  status: 'stored' | 'duplicate' | 'rejected';
  id: string;
  code?: string;
  message?: string;
}

const SUBMIT_BATCH = 200;

/**
 * Reads every input and queues one job per document; bad inputs are logged and reported here, documents
 * already stored (or seen earlier in this run) are reported as duplicates and not queued.
 */
export async function enqueuePaths(
  store: Store,
  queue: Queue,
  paths: string[],
  opts: IngestOptions,
  onOutcome: (o: EnqueueOutcome) => void = () => {},
): Promise<EnqueueOutcome[]> {
  const outcomes: EnqueueOutcome[] = [];
  const report = (o: EnqueueOutcome) => {
    outcomes.push(o);
    onOutcome(o);
  };
  const seen = new Set<string>();
  let batch: IngestJobData[] = [];
  const flush = async () => {
    if (batch.length) await queue.enqueue(batch);
    batch = [];
  };
  for await (const r of readInputs(paths, opts)) {
    if (!r.ok) {
      await store.logIngest({ source: r.source, status: 'rejected', code: r.code, message: r.message });
      report({ source: r.source, status: 'rejected', code: r.code, message: r.message });
      continue;
    }
    const { meta, text, raw, warnings } = r.input;
    const source = meta.source ?? meta.id;
    if (seen.has(meta.id) || (await isStored(store, meta.id))) {
      await store.logIngest({ source, docId: meta.id, status: 'duplicate' });
      report({ source, status: 'duplicate', id: meta.id });
      continue;
    }
    // one unstorable document must not sink the batch it would be queued with
    const unstorable = unstorableDocument({ meta, text }, raw);
    if (unstorable) {
      const message = `${source}: cannot store this document: its ${unstorable}`;
      await store.logIngest({ source, docId: meta.id, status: 'rejected', code: 'bad-text', message });
      report({ source, status: 'rejected', id: meta.id, code: 'bad-text', message });
      continue;
    }
    seen.add(meta.id);
    batch.push({ meta, text, raw: raw ?? null, warnings });
    report({ source, status: 'queued', id: meta.id });
    if (batch.length >= SUBMIT_BATCH) await flush();
  }
  await flush();
  return outcomes;
}

function isJobData(d: unknown): d is IngestJobData {
  const j = d as IngestJobData;
  return !!j && typeof j === 'object' && typeof j.text === 'string' && typeof j.meta?.id === 'string' && Array.isArray(j.warnings);
}

/** Thrown for a failure worth another try (the database); the queue retries the job. */
export class RetryableJobError extends Error {}

/**
 * Annotates and stores one queued document. Returns what happened; throws RetryableJobError when the save
 * failed and tries remain (the failure is logged only on the last try, so a retried document is logged once).
 */
export async function processJob(store: Store, job: QueuedJob): Promise<JobOutcome> {
  if (!isJobData(job.data)) {
    const message = 'job data is not an ingested document ({meta, text, warnings})';
    await store.logIngest({ source: `job:${job.id}`, status: 'rejected', code: 'bad-job', message });
    return { source: `job:${job.id}`, status: 'rejected', id: '', code: 'bad-job', message };
  }
  const { meta, text, raw, warnings } = job.data;
  const source = meta.source ?? meta.id;
  // a job retried after its worker died may find its document already committed
  if (await isStored(store, meta.id)) {
    await store.logIngest({ source, docId: meta.id, status: 'duplicate' });
    return { source, status: 'duplicate', id: meta.id };
  }
  let doc: Doc;
  try {
    doc = processInput({ meta, text });
  } catch (e) {
    // a pipeline bug gives the same result on every try: record it, do not retry
    const message = `pipeline failed: ${(e as Error).message}`;
    await store.logIngest({ source, docId: meta.id, status: 'rejected', code: 'pipeline-failed', message });
    return { source, status: 'rejected', id: meta.id, code: 'pipeline-failed', message };
  }
  doc.messages.push(...warnings);
  const lastTry = job.retryCount >= job.retryLimit;
  const saved = await store.saveDocument(storableDoc(doc), { raw: raw ?? null, logFailure: lastTry });
  if (saved.status === 'rejected' && saved.code === 'store-failed') {
    throw new RetryableJobError(`${source}: ${saved.message} (try ${job.retryCount + 1} of ${job.retryLimit + 1})`);
  }
  return { source, status: saved.status, id: saved.id, code: saved.code, message: saved.message };
}
