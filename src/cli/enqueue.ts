// `sitrep ingest --queue`: read the inputs here, queue one job per document for `sitrep worker`.
import { enqueuePaths, type EnqueueOutcome } from '../app/queue-jobs.ts';
import type { IngestCliOpts } from './ingest.ts';
import { CliError, log, printJson, type GlobalOpts } from './output.ts';
import { createProgress } from './progress.ts';
import { withQueue } from './queue-target.ts';

function describe(o: EnqueueOutcome): string {
  if (o.status === 'rejected') return `rejected  ${o.source}: ${o.message} [${o.code}]`;
  if (o.status === 'duplicate') return `duplicate ${o.source} = ${o.id}, already stored or queued`;
  return `queued    ${o.source} → ${o.id}`;
}

export async function enqueueCommand(paths: string[], opts: IngestCliOpts, g: GlobalOpts): Promise<void> {
  const progress = createProgress({ enabled: !g.quiet && !g.json });
  const outcomes = await withQueue(g, 'sitrep ingest --queue', {}, (store, queue) =>
    enqueuePaths(store, queue, paths, opts, (o) => {
      progress.tick();
      if (g.json) return;
      if (o.status === 'rejected') process.stderr.write(describe(o) + '\n');
      else log(g, describe(o));
    }),
  );
  progress.done();
  const n = (s: EnqueueOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const summary = { queued: n('queued'), duplicate: n('duplicate'), rejected: n('rejected') };
  if (g.json) printJson({ ...summary, outcomes });
  else log(g, `${summary.queued} queued, ${summary.duplicate} duplicate, ${summary.rejected} rejected; run \`sitrep worker\` to process them`);
  if (summary.rejected && !summary.queued && !summary.duplicate) throw new CliError('nothing queued', 1);
}
