// `sitrep watch`: poll folders, feeds and pages; ingest only what is new; re-resolve after rounds that stored something.
import { storeLocation, withStore } from '../app/open.ts';
import { ingestOne, isStored, type IngestOutcome } from '../app/ingest.ts';
import { resolveLocked } from '../app/resolve-incremental.ts';
import type { IngestOptions, IngestResult } from '../ingest/index.ts';
import { loadWatchState, saveWatchState, watchLoop, type Handled, type RoundSummary } from '../ingest/watch.ts';
import type { Store } from '../store/index.ts';
import { CliError, log, printJson, type GlobalOpts } from './output.ts';
import { createProgress } from './progress.ts';

export interface WatchCliOpts {
  interval?: string;
  once?: boolean;
  state?: string;
  timeout?: string;
  published?: string;
  outlet?: string;
  language?: string;
}

/** Files still being written are left for the next round. */
const SETTLE_MS = 2000;

function seconds(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new CliError(`--${name} must be a positive number of seconds (got "${value}")`, 2);
  return n;
}

/** The state file: --state, else beside the embedded database (./.sitrep/db.watch.json by default). */
export function watchStatePath(opts: WatchCliOpts, g: GlobalOpts, env = process.env): string {
  if (opts.state) return opts.state;
  const loc = storeLocation(g, env);
  return `${(loc.dbPath ?? './.sitrep/db').replace(/[/\\]+$/, '')}.watch.json`;
}

function describe(o: IngestOutcome): string {
  // ingest messages usually start with their source already
  const why = o.message?.startsWith(o.source) ? o.message : `${o.source}: ${o.message}`;
  if (o.status === 'rejected') return `rejected  ${why} [${o.code}]`;
  if (o.status === 'duplicate') return `duplicate ${o.source} = ${o.id}`;
  return `stored    ${o.source} → ${o.id}, ${o.mentions} event mentions`;
}

/** `sitrep watch`: opens the store, runs until --once is done or SIGINT/SIGTERM, and closes it. */
export async function watchCommand(targets: string[], opts: WatchCliOpts, g: GlobalOpts): Promise<void> {
  if (!targets.length) throw new CliError('nothing to watch: give folders, files or URLs', 2);
  seconds(opts.interval, 'interval', 300);
  seconds(opts.timeout, 'timeout', 15);
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await withStore(g, (store) => runWatch(store, targets, opts, g, stop.signal));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** The watch loop over an open store: ingest what is new, re-resolve after rounds that stored something. */
export async function runWatch(
  store: Store,
  targets: string[],
  opts: WatchCliOpts,
  g: GlobalOpts,
  signal?: AbortSignal,
): Promise<void> {
  const intervalMs = seconds(opts.interval, 'interval', 300) * 1000;
  const timeoutMs = seconds(opts.timeout, 'timeout', 15) * 1000;
  const ingest: IngestOptions = {
    published: opts.published,
    outlet: opts.outlet,
    language: opts.language,
    fetch: { timeoutMs },
  };
  const statePath = watchStatePath(opts, g);
  const state = await loadWatchState(statePath);
  let progress = createProgress({ enabled: !g.quiet && !g.json });
  const handle = async (r: IngestResult): Promise<Handled> => {
    const o = await ingestOne(store, r);
    if (o.status === 'rejected') process.stderr.write(describe(o) + '\n');
    else if (!g.json) log(g, describe(o));
    progress.tick();
    return o.status;
  };
  const afterRound = async (s: RoundSummary): Promise<void> => {
    progress.done();
    const events = s.stored ? await resolveLocked(store) : null;
    await saveWatchState(statePath, state);
    const ev = events ? { created: events.created.length, updated: events.updated.length } : null;
    if (g.json) printJson({ ...s, events: ev }, false);
    else
      log(
        g,
        `round ${s.round}: ${s.stored} stored, ${s.duplicate} duplicate, ${s.rejected} rejected, ` +
          `${s.known} already known, ${s.unchanged} unchanged` +
          (ev ? `; events: ${ev.created} new, ${ev.updated} updated` : ''),
      );
    progress = createProgress({ enabled: !g.quiet && !g.json });
  };
  await watchLoop({
    sources: targets,
    intervalMs,
    rounds: opts.once ? 1 : Infinity,
    signal,
    state,
    ingest,
    handle,
    isKnown: (id) => isStored(store, id),
    afterRound,
    settleMs: opts.once ? 0 : SETTLE_MS,
  });
}
