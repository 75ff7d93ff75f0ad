#!/usr/bin/env node
// Entry point. `npm ci` compiles src/ to lib/ (tsconfig.build.json): plain JavaScript starts ~0.4 s faster than
// running the TypeScript sources through tsx's loader. When lib/ is missing or older than any source file (a checkout
// being edited), the sources run through tsx, so what runs is always what is in src/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import v8 from 'node:v8';

// Short reads (`events`, `show`): compile the embedded database's WebAssembly with V8's baseline compiler only.
// Optimising it in the background costs ~1 s of CPU that a sub-second command never gets back (bench/README.md,
// cold start); long commands (ingest, serve, worker, export…) keep the optimising tier.
const SHORT_COMMANDS = new Set(['events', 'show']);
function commandOf(argv) {
  for (let i = 2; i < argv.length; i++) {
    if (argv[i] === '--db') i++;
    else if (!argv[i].startsWith('-')) return argv[i];
  }
  return null;
}
if (SHORT_COMMANDS.has(commandOf(process.argv))) v8.setFlagsFromString('--liftoff-only');

const root = new URL('..', import.meta.url);
const stamp = new URL('lib/.built', root);

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (e.name !== 'web') newest = Math.max(newest, newestSource(new URL(e.name + '/', dir)));
    } else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(new URL(e.name, dir)).mtimeMs);
  }
  return newest;
}

function compiledIsCurrent() {
  if (process.env.SITREP_FROM_SOURCE || !existsSync(stamp)) return false;
  try {
    return statSync(stamp).mtimeMs >= newestSource(new URL('src/', root));
  } catch {
    return false;
  }
}

let main;
if (compiledIsCurrent()) {
  ({ main } = await import('../lib/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv);
