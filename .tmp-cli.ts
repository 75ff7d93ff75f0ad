import { Command } from 'commander';
import { buildProgram } from './src/cli/main.ts';
const program = buildProgram();
program.exitOverride();
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
    .action(async (targets: string[], opts, cmd: Command) => (await import('./src/cli/watch.ts')).watchCommand(targets, opts, cmd.optsWithGlobals()));
await program.parseAsync(process.argv);
