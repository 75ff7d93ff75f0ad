import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../app/ingest.ts';
import { storeLocation } from '../app/open.ts';
import { openStore, MEMORY } from '../store/index.ts';
import { eventsTable } from './format.ts';
import { log, printJson, type GlobalOpts } from './output.ts';

// By way of the repository root, so the same path works from src/cli and from the compiled lib/cli.
const DEMO_DIR = fileURLToPath(new URL('../../src/demo/reports/', import.meta.url));

/** Ingests the demo reports (a temporary in-memory store unless --keep) and prints the resolved events. */
export async function demoCommand(opts: { keep?: boolean }, g: GlobalOpts): Promise<void> {
  const store = await openStore(opts.keep ? storeLocation(g) : { dbPath: MEMORY });
  try {
    log(g, `sitrep demo: ingesting the demo reports from ${DEMO_DIR} into ${opts.keep ? store.location : 'a temporary in-memory store'}`);
    const { outcomes } = await ingestPaths(store, [DEMO_DIR], {}, (o) =>
      log(g, `  ${o.status.padEnd(9)} ${o.source.replace(DEMO_DIR, '')}${o.mentions !== undefined ? `: ${o.mentions} mentions` : ''}${o.message ? ' ' + o.message : ''}`),
    );
    const events = await store.listEvents({ limit: 10_000 });
    if (g.json) return printJson({ documents: outcomes.length, events });
    const counts = await store.counts();
    process.stdout.write(`\n${counts.documents} reports, ${counts.mentions} event mentions, ${counts.claims} claims → ${events.length} events\n\n`);
    process.stdout.write(eventsTable(events) + '\n');
    const disputed = events.find((e) => e.contradictions.length);
    process.stdout.write(
      `\nNext: sitrep show <id> for an event's dossier${disputed ? ` (e.g. ${disputed.id}, whose reports disagree)` : ''}; ` +
        `sitrep demo --keep to ingest into ${storeLocation(g).dbPath ?? 'the configured store'} and explore it.\n`,
    );
  } finally {
    await store.close();
  }
}
