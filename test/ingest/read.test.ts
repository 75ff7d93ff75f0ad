import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readInputs, ingestBytes } from '../../src/ingest/read.ts';
import { detectFormat } from '../../src/ingest/detect.ts';
import type { IngestOptions, IngestResult } from '../../src/ingest/result.ts';

const NOW: IngestOptions = { now: new Date('2026-01-01T00:00:00Z') };
const SEED = '/work/shared/seeds/000_8eae6e480a1c01f6.txt';
let dir = '';

async function collect(paths: string[], opts: IngestOptions = NOW): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of readInputs(paths, opts)) out.push(r);
  return out;
}
async function one(path: string, opts: IngestOptions = NOW): Promise<IngestResult> {
  const [r] = await collect([path], opts);
  return r;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
  const tree = join(dir, 'tree');
  mkdirSync(join(tree, 'b-sub', 'deeper'), { recursive: true });
  mkdirSync(join(tree, 'node_modules'));
  mkdirSync(join(tree, '.git'));
  writeFileSync(join(tree, 'a.txt'), 'Police closed the bridge on Friday.');
  writeFileSync(join(tree, 'b-sub', 'c.md'), '# Bridge\n\nThe bridge reopened on Saturday.');
  writeFileSync(join(tree, 'b-sub', 'deeper', 'd.html'), '<p>Traffic resumed on Sunday morning.</p>');
  writeFileSync(join(tree, 'b-sub', 'notes.pdf'), '%PDF-1.4');
  writeFileSync(join(tree, '.hidden.txt'), 'Hidden notes.');
  writeFileSync(join(tree, 'node_modules', 'x.txt'), 'Package text.');
  writeFileSync(join(tree, '.git', 'y.txt'), 'Git text.');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('folders: recursive, sorted, dotfiles and node_modules skipped, other extensions reported', async () => {
  const results = await collect([join(dir, 'tree')]);
  const summary = results.map((r) =>
    r.ok ? r.input.meta.source!.slice(dir.length) : `${r.code} ${r.source.slice(dir.length)}`,
  );
  assert.deepEqual(summary, [
    '/tree/a.txt',
    '/tree/b-sub/c.md',
    '/tree/b-sub/deeper/d.html',
    'skipped /tree/b-sub/notes.pdf',
  ]);
  const formats = results.filter((r) => r.ok).map((r) => r.ok && r.input.meta.format);
  assert.deepEqual(formats, ['text', 'markdown', 'html']);
});

test('files keep the order given; a missing file is "not-found"', async () => {
  const results = await collect([
    'test/fixtures/ingest/report.md',
    join(dir, 'missing.txt'),
    'test/fixtures/ingest/report.txt',
  ]);
  assert.equal(results[0].ok && results[0].input.meta.format, 'markdown');
  assert.equal(!results[1].ok && results[1].code, 'not-found');
  assert.equal(results[2].ok && results[2].input.meta.format, 'text');
});

test('stdin ("-"): read from a Readable, format sniffed', async () => {
  const html =
    '<!DOCTYPE html><html><head><meta property="og:site_name" content="Wire"></head><body><p>Guards fired warning shots at the crossing.</p></body></html>';
  const r = await one('-', {
    ...NOW,
    stdin: Readable.from([Buffer.from(html.slice(0, 40)), Buffer.from(html.slice(40))]),
  });
  assert.ok(r.ok);
  assert.equal(r.input.meta.source, '-');
  assert.equal(r.input.meta.format, 'html');
  assert.equal(r.input.meta.outlet, 'Wire');
  assert.equal(r.input.text, 'Guards fired warning shots at the crossing.');
  const md = await one('-', { ...NOW, stdin: Readable.from(['---\ntitle: From a pipe\n---\nA vessel was boarded.']) });
  assert.equal(md.ok && md.input.meta.title, 'From a pipe');
});

test('stdin larger than the limit is "too-large" and says the size', async () => {
  const r = await one('-', {
    ...NOW,
    maxTextBytes: 10,
    maxHtmlBytes: 20,
    stdin: Readable.from([Buffer.alloc(64, 97)]),
  });
  assert.equal(!r.ok && r.code, 'too-large');
  assert.match(!r.ok ? r.message : '', /more than 64 B, limit 20 B/);
});

test('empty and whitespace-only files are "empty"', async () => {
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.md'), ' \n\t\r\n  ');
  const [a, b] = await collect([join(dir, 'empty.txt'), join(dir, 'blank.md')]);
  assert.equal(!a.ok && a.code, 'empty');
  assert.equal(!b.ok && b.code, 'empty');
});

test('binary files are refused: NUL bytes or mostly control characters', async () => {
  writeFileSync(
    join(dir, 'image.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  );
  writeFileSync(join(dir, 'controls.txt'), Buffer.from([1, 2, 3, 4, 5, 6, 65, 66, 7, 8]));
  const [a, b] = await collect([join(dir, 'image.txt'), join(dir, 'controls.txt')]);
  assert.equal(!a.ok && a.code, 'binary');
  assert.equal(!b.ok && b.code, 'binary');
});

test('a file over the size limit is "too-large" and says its size (checked before reading)', async () => {
  const big = join(dir, 'huge.txt');
  writeFileSync(big, Buffer.alloc(21 * 1024 * 1024, 'a'));
  const r = await one(big);
  assert.equal(!r.ok && r.code, 'too-large');
  assert.match(!r.ok ? r.message : '', /21\.0 MB, limit 20\.0 MB for text/);
  const small = await one('test/fixtures/ingest/page.html', { ...NOW, maxHtmlBytes: 100 });
  assert.match(!small.ok ? small.message : '', /limit 100 B for html/);
});

test('invalid UTF-8 is decoded as windows-1252 with a warning', async () => {
  const latin = join(dir, 'latin.txt');
  // "Según el ministro, “no hubo víctimas”." in windows-1252
  writeFileSync(
    latin,
    Buffer.from([
      ...Buffer.from('Seg'),
      0xfa,
      ...Buffer.from('n el ministro, '),
      0x93,
      ...Buffer.from('no hubo v'),
      0xed,
      ...Buffer.from('ctimas'),
      0x94,
      0x2e,
    ]),
  );
  const r = await one(latin);
  assert.ok(r.ok);
  assert.equal(r.input.text, 'Según el ministro, “no hubo víctimas”.');
  assert.equal(r.input.warnings[0].code, 'encoding');
  assert.match(r.input.warnings[0].text, /decoded as windows-1252/);
});

test('UTF-16 and UTF-8 byte order marks are honoured', () => {
  const text = 'Ships left the harbour at dawn.';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(le.map((_, i) => le[i ^ 1]));
  const u8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  for (const bytes of [le, be, u8]) {
    const r = ingestBytes(bytes, 'bom.txt', NOW);
    assert.equal(r.ok && r.input.text, text);
  }
});

test('a feed with no items is a clear "empty" problem', async () => {
  const feed = join(dir, 'feed.xml');
  writeFileSync(feed, '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>');
  const r = await one(feed);
  assert.equal(!r.ok && r.code, 'empty');
  assert.match(!r.ok ? r.message : '', /feed has no items/);
});

test('format detection: extension, then unmistakable content', () => {
  assert.equal(detectFormat('a.txt', 'plain words'), 'text');
  assert.equal(detectFormat('a.markdown', 'plain words'), 'markdown');
  assert.equal(detectFormat('a.txt', '<!DOCTYPE html><html></html>'), 'html');
  assert.equal(detectFormat(null, '<div><p>x</p></div>'), 'html');
  assert.equal(detectFormat(null, '# Title\n\ntext'), 'markdown');
  assert.equal(detectFormat(null, '<feed xmlns="http://www.w3.org/2005/Atom">'), 'feed');
  assert.equal(detectFormat(null, 'Officials said so.'), 'text');
});

test('the founding example ingests with the publication date given', { skip: !existsSync(SEED) }, async () => {
  const r = await one(SEED, { ...NOW, published: '2025-12-30' });
  assert.ok(r.ok);
  assert.equal(r.input.meta.published, '2025-12-30');
  assert.equal(r.input.meta.language, 'en');
  assert.equal(r.input.meta.format, 'text');
  assert.ok(r.input.text.length > 1000);
});
