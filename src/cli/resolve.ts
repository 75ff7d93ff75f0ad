// `sitrep resolve`: bring the events up to date with the stored documents, or rebuild them all with --full.
import { withStore } from '../app/open.ts';
import { resolveIfStale } from '../app/resolve-incremental.ts';
import { printJson, type GlobalOpts } from './output.ts';

export async function resolveCommand(opts: { full?: boolean }, g: GlobalOpts): Promise<void> {
  const run = await withStore(g, (s) => resolveIfStale(s, { wait: true, full: !!opts.full }));
  if (g.json) return printJson(run);
  if (!run.ran) {
    process.stdout.write('events are up to date (nothing to resolve; --full re-resolves every document)\n');
    return;
  }
  const r = run.result;
  const scope = r.scope === 'all' ? 'every document' : 'a window of the latest documents';
  process.stdout.write(
    `resolved ${scope} (${r.read} read) in ${(run.ms / 1000).toFixed(1)} s: ` +
      `${r.created.length} new, ${r.updated.length} updated, ${r.unchanged.length} unchanged, ${r.removed.length} removed events\n`,
  );
}
