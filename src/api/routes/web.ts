// The web app (built by Vite into dist/web): static files with their content types, the SPA fallback for app paths,
// and a strict Content-Security-Policy (scripts and data from this origin only; the map's worker may be a blob).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Whether the built app is where the server looks for it. */
export function webBuilt(dir: string = DEFAULT_WEB_DIR): boolean {
  return existsSync(join(dir, 'index.html'));
}

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>sitrep</title>
<p>The sitrep web app is not built. Run <code>npm run build:web</code> (or <code>npm ci</code>) and reload.
The API is at <a href="/api/health">/api</a>, its documentation at <a href="/docs">/docs</a>.</p>`;

/** Paths that belong to the API: never answered with the app. */
const API_PATH = /^\/(api|openapi\.json|docs)(\/|$)/;
/** The app's own pages (src/web/main.ts): the SPA fallback answers these; anything else stays a JSON 404. */
const APP_PATH = /^\/(|index\.html|reports|actors|search|add|event\/[^/]+|doc\/[^/]+)\/?$/;

export function webRoutes(dir: string = DEFAULT_WEB_DIR) {
  const root = normalize(dir.endsWith(sep) ? dir : dir + sep);
  const cache = new Map<string, Uint8Array<ArrayBuffer>>();

  async function file(rel: string): Promise<Uint8Array<ArrayBuffer> | null> {
    const full = normalize(join(root, rel));
    if (!full.startsWith(root)) return null; // no way out of the app's folder
    const hit = cache.get(full);
    if (hit) return hit;
    try {
      const body = new Uint8Array(await readFile(full));
      // hashed assets never change; index.html is read again so a rebuild shows without a restart
      if (rel.startsWith('assets/')) cache.set(full, body);
      return body;
    } catch {
      return null;
    }
  }

  const app = new Hono();
  app.get('*', async (c, next) => {
    const path = decodeURIComponent(c.req.path);
    if (API_PATH.test(path) || path.includes('\0')) return next();
    const ext = extname(path);
    if (ext && path !== '/index.html' && !/^\/(event|doc)\//.test(path)) {
      const body = await file(path.slice(1));
      if (!body) return next();
      return c.body(body, 200, {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        // Vite puts a content hash in every asset name: safe to keep for a year
        'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    // an app path (/, /event/…, /doc/…): the app itself, which routes in the browser
    if (!APP_PATH.test(path)) return next();
    const index = await file('index.html');
    return c.body(index ?? NOT_BUILT, index ? 200 : 503, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': WEB_CSP,
      'Cache-Control': 'no-cache',
    });
  });
  return app;
}
