// Shared by the browser test and the web benchmark: Debian's Chromium through playwright-core, a server in-process.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { DEFAULT_WEB_DIR, webBuilt } from '../../src/api/routes/web.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Builds the web app when dist/web is missing (npm ci builds it through `prepare`). */
export function ensureWebBuilt(): void {
  if (webBuilt(DEFAULT_WEB_DIR)) return;
  const r = spawnSync(process.execPath, [ROOT + 'node_modules/vite/bin/vite.js', 'build', '--config', ROOT + 'vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0 || !webBuilt(DEFAULT_WEB_DIR)) throw new Error('vite build failed');
}
