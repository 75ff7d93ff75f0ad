// Our own small reports (invented wording) and a helper that opens one in-memory store and app per test file.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApp, type AppOptions } from '../../src/api/app.ts';
import { openStore, type Store } from '../../src/store/index.ts';

export interface Report {
  text: string;
  title?: string;
  outlet?: string;
  published?: string;
}

export const REPORTS: Report[] = [
  {
    title: 'Speedboat hit in Caribbean',
    outlet: 'Gulf Courier',
    published: '2025-10-15T10:00:00Z',
    text:
      'American warplanes hit a speedboat in the eastern Caribbean on Tuesday, killing three men on board, the Pentagon said on Wednesday.\n\n' +
      'Officials in Caracas called the attack an illegal act of war. ' +
      'So far the US campaign has involved the destruction of nine vessels and the deaths of about 40 people.',
  },
  {
    title: 'Strike kills three',
    outlet: 'Island Post',
    published: '2025-10-15T18:00:00Z',
    text: 'Three people died when US aircraft struck a speedboat in the Caribbean on Tuesday, according to a statement from the Department of Defense.',
  },
  {
    outlet: 'Coastal Times',
    published: '2025-11-08',
    text: 'Venezuelan coast guard vessels seized an oil tanker near the port of La Guaira on Friday, the navy said. No one was hurt.',
  },
];

export interface Fixture {
  store: Store;
  app: OpenAPIHono;
  /** Ids of the stored reports, in REPORTS order. */
  docs: string[];
}

export function postJson(app: OpenAPIHono, path: string, body: unknown): Promise<Response> {
  return Promise.resolve(
    app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read response bodies loosely
export async function getJson<T = any>(
  app: OpenAPIHono,
  path: string,
): Promise<{ status: number; body: T; res: Response }> {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as T, res };
}

/** One in-memory store with the reports ingested through the API itself. */
export async function openFixture(opts: AppOptions = {}, reports: Report[] = REPORTS): Promise<Fixture> {
  const store = await openStore({ dbPath: 'memory://' });
  const app = createApp(store, opts);
  const docs: string[] = [];
  for (const r of reports) {
    const res = await postJson(app, '/api/documents', r);
    if (res.status !== 201) throw new Error(`fixture ingest failed: ${res.status} ${await res.text()}`);
    docs.push(((await res.json()) as { id: string }).id);
  }
  return { store, app, docs };
}
