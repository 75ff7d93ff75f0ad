import { Command, Option } from 'commander';
import { CliError } from './output.ts';

// Each command's module is imported only when it runs, so `sitrep --help` starts fast.
export function buildProgram(): Command {
  const program = new Command('sitrep')
    .description('Turn news reports of an unfolding crisis into a sourced, structured event record.')
    .version('0.1.0')
    .addOption(new Option('--db <path>', 'embedded database folder (default ./.sitrep/db, or $SITREP_DB; $DATABASE_URL selects PostgreSQL)'))
    .option('--json', 'machine-readable JSON output')
    .option('-q, --quiet', 'print only errors and results')
    .showHelpAfterError();

  program
    .command('ingest')
    .description('ingest reports: text, Markdown with front matter, HTML, RSS/Atom feeds, JSON Lines, URLs, folders (recursive), or - for stdin')
    .argument('<paths...>', 'files, folders, http(s) URLs, or - for stdin')
    .option('--published <time>', 'publication time (ISO 8601), overrides metadata')
    .option('--outlet <name>', 'outlet name, overrides metadata')
    .option('--url <url>', 'source URL, overrides metadata')
    .option('--language <code>', 'language (en, es), overrides detection')
    .option('--title <title>', 'title, overrides metadata')
    .option('--queue', 'queue one job per document for `sitrep worker` instead of processing here (PostgreSQL: DATABASE_URL)')
    .action(async (paths: string[], opts, cmd: Command) => (await import('./ingest.ts')).ingestCommand(paths, opts, cmd.optsWithGlobals()));

  program
    .command('events')
    .description('list resolved events: date, category, place, actor, fatalities, sources')
    .option('--category <name>', 'only this PLOVER category (e.g. ASSAULT)')
    .option('--since <date>', 'events ending on or after this date')
    .option('--until <date>', 'events starting on or before this date')
    .option('--limit <n>', 'at most n events', '200')
    .action(async (opts, cmd: Command) => (await import('./events.ts')).eventsCommand(opts, cmd.optsWithGlobals()));

  program
    .command('show')
    .description('the dossier of one event: every claim with its source chain and sentence, contradictions, revisions')
    .argument('<id>', 'event id (a unique prefix is enough)')
    .action(async (id: string, opts, cmd: Command) => (await import('./show.ts')).showCommand(id, cmd.optsWithGlobals()));

  program
    .command('export')
    .description('export the record (CODEBOOK §2)')
    .addOption(new Option('--format <format>', 'output format').choices(['plover', 'json', 'csv', 'geojson', 'timeline']).default('plover'))
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--no-header', 'plover: omit the schema header line')
    .action(async (opts, cmd: Command) => (await import('./export.ts')).exportCommand(opts, cmd.optsWithGlobals()));

  program
    .command('annotate')
    .description("print one document's layers as JSON (nothing is stored)")
    .argument('[file]', 'a file, or - for stdin (default)', '-')
    .option('--published <time>', 'publication time (ISO 8601)')
    .option('--language <code>', 'language (en, es)')
    .option('--outlet <name>', 'outlet name')
    .option('--jsonl', 'batch: read JSON lines {id, text, published?, language?, title?} and print one object per line')
    .option('--pretty', 'indent the JSON')
    .action(async (file: string, opts, cmd: Command) => (await import('./annotate.ts')).annotateCommand(file, opts, cmd.optsWithGlobals()));

  program
    .command('resolve')
    .description('bring the events up to date with the stored documents (ingest and watch do this already)')
    .option('--full', 're-resolve every document, e.g. after an upgrade; ids stay stable')
    .action(async (opts, cmd: Command) => (await import('./resolve.ts')).resolveCommand(opts, cmd.optsWithGlobals()));

  program
    .command('eval')
    .description('score the pipeline on public benchmarks and our own sets (through the annotate code path)')
    .argument('<task>', 'time | places | events | actors | quotes | language | cases | ecb | all')
    .option('--data <dir>', 'benchmark data folder', '../shared/data')
    .option('--write', "update this task's section of eval/RESULTS.md")
    .option('--errors', 'print misses, extras and wrong values')
    .action(async (task: string, opts, cmd: Command) => (await import('./eval.ts')).evalCommand(task, opts, cmd.optsWithGlobals()));

  program
    .command('demo')
    .description('ingest the built-in demo reports into a fresh store and print the events')
    .option('--keep', 'ingest into the configured store instead of a temporary one')
    .action(async (opts, cmd: Command) => (await import('./demo.ts')).demoCommand(opts, cmd.optsWithGlobals()));

  program
    .command('watch')
    .description('poll folders, files, feeds and pages; ingest only what is new; re-resolve after each round')
    .argument('<targets...>', 'folders, files, or http(s) URLs of feeds and pages')
    .option('--interval <seconds>', 'seconds between rounds', '300')
    .option('--once', 'run one round and exit (for cron)')
    .option('--state <file>', 'state file (default: beside the database, <db>.watch.json)')
    .option('--timeout <seconds>', 'timeout per URL request', '15')
    .option('--outlet <name>', 'outlet name, overrides metadata')
    .option('--language <code>', 'language (en, es), overrides detection')
    .action(async (targets: string[], opts, cmd: Command) => (await import('./watch.ts')).watchCommand(targets, opts, cmd.optsWithGlobals()));

  program
    .command('worker')
    .description('process documents queued by `sitrep ingest --queue` on PostgreSQL: annotate, store, resolve events as they arrive')
    .option('--concurrency <n>', 'documents in flight in this process (run one process per core)', '2')
    .option('--batch <n>', 'jobs taken per fetch', '4')
    .option('--debounce <ms>', 'resolve after this long without new documents', '2000')
    .option('--drain', 'exit once the queue is empty, after a last resolution')
    .option('--no-resolve', 'only annotate and store (bulk backfill); resolve later with `sitrep worker --drain`')
    .action(async (opts, cmd: Command) => (await import('./worker.ts')).workerCommand(opts, cmd.optsWithGlobals()));

  program
    .command('serve')
    .description('serve the HTTP API on the store: JSON under /api, OpenAPI at /openapi.json, docs at /docs')
    .option('--port <n>', 'port (0 picks a free one)', '8080')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--cors <origins>', 'comma-separated origins allowed to call the API from a browser (default: none)')
    .action(async (opts, cmd: Command) => (await import('./serve.ts')).serveCommand(opts, cmd.optsWithGlobals()));

  return program;
}

/** Runs the CLI; returns the exit code instead of exiting so tests can call it in-process. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (e) {
    const err = e as { code?: string; exitCode?: number; message?: string };
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    if (err.code?.startsWith('commander.')) return err.exitCode ?? 2;
    if (e instanceof CliError) {
      process.stderr.write(`sitrep: ${e.message}\n`);
      return e.exitCode;
    }
    process.stderr.write(`sitrep: internal error: ${(e as Error)?.stack ?? e}\n`);
    return 70;
  }
}
