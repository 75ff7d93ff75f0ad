// A queue worker: N job slots take documents off the queue, annotate and store them; events are re-resolved
// as documents arrive, debounced, with one resolution at a time across all workers (the resolve lock).
import { setTimeout as delay } from 'node:timers/promises';
import type { Queue, QueuedJob } from '../store/queue.ts';
import type { Store } from '../store/index.ts';
import { processJob, type JobOutcome } from './queue-jobs.ts';
import { resolveIfStale, type ResolveRun } from './resolve-incremental.ts';

export interface WorkerOptions {
  store: Store;
  queue: Queue;
  /** Jobs in flight in this process (default 2): overlaps database round trips with annotation. */
  concurrency?: number;
  /** Jobs taken per fetch by each slot (default 4). */
  batchSize?: number;
  /** Pause between polls of an empty queue (default 1000 ms). */
  idleMs?: number;
  /** Resolve once no new document was stored for this long (default 2000 ms)... */
  debounceMs?: number;
  /** ...but at least this often while documents keep arriving (default 30 s, stretched to 4× the last run). */
  maxWaitMs?: number;
  /** Stop once the queue is empty (nothing waiting, retrying or active), after a last resolution. */
  drain?: boolean;
  /** Resolve events as documents arrive (default true); false for a bulk backfill resolved once at the end. */
  resolve?: boolean;
  signal?: AbortSignal;
  onOutcome?: (o: JobOutcome) => void;
  onResolve?: (r: ResolveRun & { ran: true }) => void;
  onError?: (e: unknown) => void;
}

export interface WorkerTotals {
  stored: number;
  duplicate: number;
  rejected: number;
  /** Tries that failed (retried later, or failed for good after the last try). */
  failed: number;
  resolutions: number;
  /** Time this process spent resolving. */
  resolveMs: number;
}

const sleep = (ms: number, signal: AbortSignal) => delay(ms, undefined, { signal }).catch(() => {});

/** Decides when to resolve: after a quiet spell, or after `maxWaitMs` of steady arrivals; retries while another worker holds the lock. */
export class ResolveScheduler {
  private dirtySince: number | null;
  private lastTouch = 0;
  private lastMs = 0;
  private running: Promise<void> | null = null;
  runs = 0;
  totalMs = 0;

  constructor(
    private store: Store,
    private o: Pick<WorkerOptions, 'debounceMs' | 'maxWaitMs' | 'onResolve' | 'onError'>,
    private now: () => number = () => performance.now(),
  ) {
    // documents stored by a worker that died before resolving: look once at start
    this.dirtySince = now();
  }

  /** A document was stored. */
  touch(): void {
    this.lastTouch = this.now();
    this.dirtySince ??= this.lastTouch;
  }

  /** Whether a resolution is due now. */
  due(): boolean {
    if (this.dirtySince === null || this.running) return false;
    const t = this.now();
    const quiet = t - Math.max(this.lastTouch, this.dirtySince) >= (this.o.debounceMs ?? 2000);
    const waited = t - this.dirtySince >= Math.max(this.o.maxWaitMs ?? 30_000, 4 * this.lastMs);
    return quiet || waited;
  }

  /** Resolves if stale; `wait` waits for the lock instead of trying again later. */
  async run(wait = false): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      const started = this.now();
      try {
        const r = await resolveIfStale(this.store, { wait });
        if (r.ran) {
          this.runs++;
          this.lastMs = r.ms;
          this.totalMs += r.ms;
          this.o.onResolve?.(r);
        }
        // busy: someone else is resolving, perhaps without our documents; stay dirty and look again
        if (r.ran || r.reason === 'fresh') this.dirtySince = this.lastTouch > started ? this.lastTouch : null;
      } catch (e) {
        this.o.onError?.(e);
        this.dirtySince = this.now(); // back off a full wait before trying again
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** The last word: waits for a run in progress, then resolves if anything is still unresolved. */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    await this.run(true);
  }
}

/** Runs the worker until `signal` aborts (or, with `drain`, until the queue is empty); resolves once more at the end. */
export async function runWorker(o: WorkerOptions): Promise<WorkerTotals> {
  const totals: WorkerTotals = { stored: 0, duplicate: 0, rejected: 0, failed: 0, resolutions: 0, resolveMs: 0 };
  const resolving = o.resolve !== false;
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  if (o.signal?.aborted) stop.abort();
  const report = (e: unknown) => o.onError?.(e);
  const scheduler = new ResolveScheduler(o.store, o);
  const idleMs = o.idleMs ?? 1000;

  async function handle(job: QueuedJob): Promise<boolean> {
    try {
      const out = await processJob(o.store, job);
      totals[out.status]++;
      if (out.status === 'stored') scheduler.touch();
      o.onOutcome?.(out);
      return true;
    } catch (e) {
      totals.failed++;
      report(e);
      await o.queue.fail(job.id, e).catch(report);
      return false;
    }
  }

  async function slot(): Promise<void> {
    while (!stop.signal.aborted) {
      let jobs: QueuedJob[] = [];
      try {
        jobs = await o.queue.fetch(o.batchSize ?? 4);
      } catch (e) {
        report(e);
      }
      if (!jobs.length) {
        if (o.drain && (await o.queue.pending().catch(() => 1)) === 0) stop.abort();
        else await sleep(idleMs, stop.signal);
        continue;
      }
      const done: string[] = [];
      for (const job of jobs) if (await handle(job)) done.push(job.id);
      await o.queue.complete(done).catch(report);
    }
  }

  async function resolver(): Promise<void> {
    const tick = Math.min(o.debounceMs ?? 2000, 250);
    while (resolving && !stop.signal.aborted) {
      await sleep(tick, stop.signal);
      if (!stop.signal.aborted && scheduler.due()) await scheduler.run(false);
    }
  }

  try {
    await Promise.all([resolver(), ...Array.from({ length: Math.max(1, o.concurrency ?? 2) }, slot)]);
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
  }
  if (resolving) await scheduler.flush();
  totals.resolutions = scheduler.runs;
  totals.resolveMs = scheduler.totalMs;
  return totals;
}
