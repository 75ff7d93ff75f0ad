// Runs `sitrep worker` the way the CLI does (for tests, until the command is registered in src/cli/main.ts).
// Usage: node --import tsx test/reliability/run-worker.ts [--drain] [--concurrency N] [--debounce MS] [--quiet]
import { workerCommand } from '../../src/cli/worker.ts';
import { CliError } from '../../src/cli/output.ts';

const args = process.argv.slice(2);
const value = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
try {
  await workerCommand(
    { drain: args.includes('--drain'), concurrency: value('concurrency'), batch: value('batch'), debounce: value('debounce') },
    { quiet: args.includes('--quiet'), json: args.includes('--json') },
  );
} catch (e) {
  process.stderr.write(`sitrep: ${(e as Error).message}\n`);
  process.exitCode = e instanceof CliError ? e.exitCode : 70;
}
