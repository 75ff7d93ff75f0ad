import { writeFile } from 'node:fs/promises';
import { withStore } from '../app/open.ts';
import { toPloverLines } from '../export/plover.ts';
import { buildJsonRecord } from '../export/json.ts';
import type { GlobalOpts } from './output.ts';

/** Writes the record in a CODEBOOK §2 format to stdout or --out. */
export async function exportCommand(opts: { format: string; out?: string; header?: boolean }, g: GlobalOpts): Promise<void> {
  const body = await withStore(g, async (store) => {
    const events = await store.listEvents({ limit: 10_000_000 });
    if (opts.format === 'json') return JSON.stringify(await buildJsonRecord(store, events), null, 2) + '\n';
    return toPloverLines(events, { header: opts.header !== false }).map((l) => l + '\n').join('');
  });
  if (opts.out) await writeFile(opts.out, body);
  else process.stdout.write(body);
}
