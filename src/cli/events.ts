import type { PloverCategory } from '../core/types.ts';
import { PLOVER_CATEGORIES } from '../core/types.ts';
import { withStore } from '../app/open.ts';
import { eventsTable } from './format.ts';
import { CliError, printJson, type GlobalOpts } from './output.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function eventsCommand(
  opts: { category?: string; since?: string; until?: string; limit?: string },
  g: GlobalOpts,
): Promise<void> {
  const category = opts.category?.toUpperCase();
  if (category && !PLOVER_CATEGORIES.includes(category as PloverCategory))
    throw new CliError(`unknown category "${opts.category}"; one of ${PLOVER_CATEGORIES.join(', ')}`, 2);
  for (const [k, v] of [['since', opts.since], ['until', opts.until]] as const)
    if (v && !ISO_DATE.test(v)) throw new CliError(`--${k} wants a date YYYY-MM-DD, got "${v}"`, 2);
  const limit = Number(opts.limit ?? 200);
  if (!Number.isInteger(limit) || limit < 1) throw new CliError(`--limit wants a positive integer, got "${opts.limit}"`, 2);
  const events = await withStore(g, (s) =>
    s.listEvents({ event: category as PloverCategory | undefined, from: opts.since, to: opts.until, limit }),
  );
  if (g.json) return printJson(events);
  if (!events.length) {
    process.stdout.write('no events (ingest some reports first: sitrep ingest PATH, or try sitrep demo)\n');
    return;
  }
  process.stdout.write(eventsTable(events) + '\n');
}
