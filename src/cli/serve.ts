// `sitrep serve`: the HTTP API (and its docs) on the configured store, until SIGINT/SIGTERM.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp, type AppOptions } from '../api/app.ts';
import { storeLocation } from '../app/open.ts';
import { openStore, type Store } from '../store/index.ts';
import { webBuilt } from '../api/routes/web.ts';
import { CliError, log, type GlobalOpts } from './output.ts';

export interface ServeOptions {
  port?: string;
  host?: string;
  /** Comma-separated origins allowed by CORS (off when absent). */
  cors?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function parsePort(s: string | undefined): number {
  const port = Number(s ?? '8080');
  if (!/^\d{1,5}$/.test(String(s ?? '8080')) || port > 65535)
    throw new CliError(`invalid --port "${s}": expected 0..65535`, 2);
  return port;
}

/** Starts listening; resolves once the port is bound (port 0 picks a free one). */
export function startServer(store: Store, host: string, port: number, opts: AppOptions = {}): Promise<RunningServer> {
  const app = createApp(store, opts);
  return new Promise((resolve, reject) => {
    const failed = (e: NodeJS.ErrnoException) =>
      reject(new CliError(`cannot listen on ${host}:${port}: ${e.code ?? e.message}`, 1));
    const server: ServerType = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      server.off('error', failed);
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // keep-alive sockets of browsers would otherwise hold the process open
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          }),
      });
    });
    server.once('error', failed);
  });
}

function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (sig: string) => () => resolve(sig);
    process.once('SIGINT', on('SIGINT'));
    process.once('SIGTERM', on('SIGTERM'));
  });
}

export async function serveCommand(opts: ServeOptions, g: GlobalOpts): Promise<void> {
  const port = parsePort(opts.port);
  const host = opts.host ?? '127.0.0.1';
  const corsOrigins = opts.cors
    ?.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const store = await openStore(storeLocation(g));
  try {
    const running = await startServer(store, host, port, { corsOrigins });
    log(g, `sitrep serve: web app on ${running.url}/, API on ${running.url}/api, docs on ${running.url}/docs (store: ${store.kind}); Ctrl-C stops`);
    if (!webBuilt())
      log(g, 'sitrep serve: the web app is not built (no dist/web/index.html): run `npm run build:web`; the API works without it');
    const sig = await untilSignal();
    log(g, `sitrep serve: ${sig}, closing`);
    await running.close();
  } finally {
    await store.close();
  }
}
