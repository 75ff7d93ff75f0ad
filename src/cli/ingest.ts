import { withStore } from '../app/open.ts';
import { ingestPaths, type IngestOutcome } from '../app/ingest.ts';
import { CliError, log, printJson, type GlobalOpts } from './output.ts';
import { createProgress } from './progress.ts';

export interface IngestCliOpts {
  published?: string;
  outlet?: string;
  url?: string;
  language?: string;
  title?: string;
  /** Queue one job per document for `sitrep worker` instead of processing here (PostgreSQL only). */
  queue?: boolean;
}

function describe(o: IngestOutcome): string {
  if (o.status === 'rejected') return `rejected  ${o.source}: ${o.message} [${o.code}]`;
  const extra = o.warnings?.length ? ` (warning: ${o.warnings.join('; ')})` : '';
  if (o.status === 'duplicate') return `duplicate ${o.source} = ${o.id}, already stored`;
  return `stored    ${o.source} → ${o.id}, ${o.mentions} event mentions${extra}`;
}

export async function ingestCommand(paths: string[], opts: IngestCliOpts, g: GlobalOpts): Promise<void> {
  if (opts.queue) return (await import('./enqueue.ts')).enqueueCommand(paths, opts, g);
  const progress = createProgress({ enabled: !g.quiet && !g.json });
  const result = await withStore(g, (store) =>
    ingestPaths(store, paths, opts, (o) => {
      progress.tick();
      if (g.json) return;
      if (o.status === 'rejected') process.stderr.write(describe(o) + '\n');
      else log(g, describe(o));
    }),
  );
  progress.done();
  const n = (s: string) => result.outcomes.filter((o) => o.status === s).length;
  const summary = { stored: n('stored'), duplicate: n('duplicate'), rejected: n('rejected'), events: result.events };
  if (g.json) printJson({ ...summary, outcomes: result.outcomes });
  else {
    const ev = result.events ? `; events: ${result.events.created} new, ${result.events.updated} updated` : '';
    log(g, `${summary.stored} stored, ${summary.duplicate} duplicate, ${summary.rejected} rejected${ev}`);
  }
  if (summary.rejected && !summary.stored && !summary.duplicate) throw new CliError('nothing ingested', 1);
}
