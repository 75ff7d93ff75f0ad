import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ingestJsonLine, ingestJsonLines } from '../../src/ingest/jsonl.ts';
import { detectFormat } from '../../src/ingest/detect.ts';
import { readInputs } from '../../src/ingest/read.ts';
import type { IngestOptions, IngestResult } from '../../src/ingest/result.ts';

const NOW: IngestOptions = { now: new Date('2026-01-01T00:00:00Z') };
let dir = '';

const LINES = [
  JSON.stringify({
    title: 'Grain silo fire',
    text: 'Firefighters put out a blaze at the grain silo on Friday night, the fire brigade said.',
    url: 'https://plains.example.org/silo',
    published: '2025-12-26',
    outlet: 'Plains Courier',
    guid: 'pc-77',
  }),
  '{"title": "broken", "text": ',
  '',
  '[1, 2, 3]',
  JSON.stringify({ title: 'No body', url: 'https://plains.example.org/none' }),
  JSON.stringify({
    html: '<html><head><meta property="og:site_name" content="Meta Outlet"><title>Page title</title></head><body><article><p>Volunteers handed out 2,000 blankets in the stadium on Sunday.</p></article></body></html>',
    url: 'https://plains.example.org/blankets',
    published: '2025-12-28T10:00:00+02:00',
    title: 'Blankets handed out',
  }),
  JSON.stringify({ text: 'Las autoridades cerraron el puerto por el temporal, dijo la capitanía.', language: 'es' }),
];

async function collect(paths: string[], opts: IngestOptions = NOW): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of readInputs(paths, opts)) out.push(r);
  return out;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-jsonl-'));
  writeFileSync(join(dir, 'batch.jsonl'), '\ufeff' + LINES.join('\r\n') + '\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('good lines become documents with their metadata', () => {
  const r = ingestJsonLine(LINES[0], 1, 'b.jsonl', NOW);
  assert.ok(r?.ok);
  const m = r.input.meta;
  assert.equal(m.title, 'Grain silo fire');
  assert.equal(m.url, 'https://plains.example.org/silo');
  assert.equal(m.published, '2025-12-26');
  assert.equal(m.outlet, 'Plains Courier');
  assert.equal(m.source, 'b.jsonl:1');
  assert.equal(m.guid, 'pc-77');
  assert.equal(m.format, 'text');
});

test('html lines: text extracted, the line fields beat the page meta tags', () => {
  const r = ingestJsonLine(LINES[5], 6, 'b.jsonl', NOW);
  assert.ok(r?.ok);
  assert.equal(r.input.text, 'Volunteers handed out 2,000 blankets in the stadium on Sunday.');
  assert.equal(r.input.meta.title, 'Blankets handed out');
  assert.equal(r.input.meta.outlet, 'Meta Outlet');
  assert.equal(r.input.meta.published, '2025-12-28T08:00:00Z');
  assert.equal(r.input.meta.format, 'html');
  assert.match(r.input.raw ?? '', /<article>/);
});

test('bad lines are bad-line results with their line number; the other lines still count', () => {
  const rs = ingestJsonLines(LINES.join('\n'), 'b.jsonl', NOW);
  assert.equal(rs.length, 6); // the blank line is no result
  const summary = rs.map((r) => (r.ok ? `ok ${r.input.meta.source}` : `${r.code} ${r.message}`));
  assert.equal(summary[0], 'ok b.jsonl:1');
  assert.match(summary[1], /^bad-line b\.jsonl: line 2: invalid JSON/);
  assert.equal(summary[2], 'bad-line b.jsonl: line 4: not a JSON object');
  assert.equal(summary[3], 'bad-line b.jsonl: line 5: no "text" or "html" string');
  assert.equal(summary[4], 'ok b.jsonl:6');
  assert.equal(summary[5], 'ok b.jsonl:7');
  const es = rs[5];
  assert.ok(es.ok);
  assert.equal(es.input.meta.language, 'es');
});

test('a .jsonl file is streamed by readInputs (BOM and CRLF tolerated)', async () => {
  const rs = await collect([join(dir, 'batch.jsonl')]);
  assert.deepEqual(
    rs.map((r) => (r.ok ? 'ok' : r.code)),
    ['ok', 'bad-line', 'bad-line', 'bad-line', 'ok', 'ok'],
  );
  assert.equal(rs[0].ok && rs[0].input.meta.source, join(dir, 'batch.jsonl') + ':1');
});

test('JSON Lines on stdin are sniffed; an empty file says so', async () => {
  const stdin = Readable.from([Buffer.from(LINES[0] + '\n' + LINES[6] + '\n')]);
  const rs = await collect(['-'], { ...NOW, stdin });
  assert.equal(rs.length, 2);
  assert.ok(rs.every((r) => r.ok));
  assert.equal(detectFormat(null, LINES[0]), 'jsonl');
  assert.equal(detectFormat('a.ndjson', 'x'), 'jsonl');
  writeFileSync(join(dir, 'empty.jsonl'), '\n\n');
  const [e] = await collect([join(dir, 'empty.jsonl')]);
  assert.equal(!e.ok && e.code, 'empty');
});

test('a missing .jsonl file is not-found', async () => {
  const [r] = await collect([join(dir, 'nope.jsonl')]);
  assert.equal(!r.ok && r.code, 'not-found');
});
