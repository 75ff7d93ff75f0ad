// `sitrep worker`: process queued documents on PostgreSQL until SIGINT/SIGTERM (or, with --drain, until the queue is empty).
import { runWorker } from '../app/worker.ts';
import { CliError, log, printJson, type GlobalOpts } from './output.ts';
import { createProgress } from './progress.ts';
import { withQueue } from './queue-target.ts';

export interface WorkerCliOpts {
  concurrency?: string;
  batch?: string;
  debounce?: string;
  drain?: boolean;
  /** commander's --no-resolve */
  resolve?: boolean;
}

function positiveInt(name: string, value: string | undefined, fallback: number, max = 1000): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new CliError(`--${name} must be a whole number from 1 to ${max} (got "${value}")`, 2);
  return n;
}

export async function workerCommand(opts: WorkerCliOpts, g: GlobalOpts): Promise<void> {
  const concurrency = positiveInt('concurrency', opts.concurrency, 2, 64);
  const batchSize = positiveInt('batch', opts.batch, 4, 100);
  const debounceMs = positiveInt('debounce', opts.debounce, 2000, 3_600_000);
  const stop = new AbortController();
  const onSignal = () => {
    log(g, 'stopping: finishing the jobs in hand, then a last resolution (signal again to quit at once)');
    stop.abort();
    process.once('SIGINT', () => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const progress = createProgress({ enabled: !g.quiet && !g.json });
  const onError = (e: unknown) => process.stderr.write(`sitrep worker: ${(e as Error)?.message ?? e}\n`);
  try {
    // a connection per slot, one for the resolve lock, one for resolution's own queries
    const totals = await withQueue(g, 'sitrep worker', { supervise: true, poolSize: concurrency + 2, asyncCommit: true, onError }, async (store, queue) => {
      log(g, `worker on ${store.location}: ${concurrency} job slots${opts.drain ? ', until the queue is empty' : ''}`);
      return runWorker({
        store,
        queue,
        concurrency,
        batchSize,
        debounceMs,
        drain: opts.drain,
        resolve: opts.resolve !== false,
        signal: stop.signal,
        onOutcome: (o) => {
          progress.tick();
          if (o.status === 'rejected') process.stderr.write(`rejected  ${o.source}: ${o.message} [${o.code}]\n`);
        },
        onResolve: (r) =>
          log(g, `resolved (${r.result.scope === 'window' ? `window: ${r.result.read} documents read` : `all ${r.result.read} documents`}) in ${r.ms} ms: ${r.result.created.length} new, ${r.result.updated.length} updated, ${r.result.removed.length} removed events`),
        onError,
      });
    });
    progress.done();
    if (g.json) printJson(totals);
    else log(g, `${totals.stored} stored, ${totals.duplicate} duplicate, ${totals.rejected} rejected, ${totals.failed} failed tries; ${totals.resolutions} resolutions`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
