import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchUrl, ingestUrl } from '../../src/ingest/url.ts';
import { readInputs } from '../../src/ingest/read.ts';
import type { IngestOptions, IngestResult } from '../../src/ingest/result.ts';

const NOW: IngestOptions = { now: new Date('2026-01-01T00:00:00Z') };
const RSS = readFileSync('test/fixtures/feeds/rss2.xml');
const PAGE =
  '<!DOCTYPE html><html lang="en"><head><title>Dam inspection finds cracks</title>' +
  '<meta property="og:site_name" content="River Post"></head><body><article>' +
  '<p>Inspectors found two cracks in the old dam on Thursday, the water agency said.</p>' +
  '<p>The reservoir will be lowered by four metres as a precaution.</p></article></body></html>';
const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');

let server: Server;
let base = '';

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const p = url.pathname;
    const redirect = /^\/hop\/(\d+)$/.exec(p);
    if (redirect) {
      const n = Number(redirect[1]);
      res.writeHead(n === 0 ? 200 : 302, n === 0 ? { 'content-type': 'text/html' } : { location: `/hop/${n - 1}` });
      return res.end(n === 0 ? PAGE : '');
    }
    switch (p) {
      case '/page.html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(PAGE);
      case '/loop':
        res.writeHead(301, { location: '/loop' });
        return res.end();
      case '/hang':
        return; // never answers
      case '/slow-body':
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.write('The first half of a report that never ends');
      case '/missing':
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('no such page');
      case '/broken':
        res.writeHead(503);
        return res.end();
      case '/big': {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        for (let i = 0; i < 40; i++) res.write(chunk);
        return res.end();
      }
      case '/big-declared':
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50 * 1024 * 1024) });
        return res.end();
      case '/latin1-header':
        res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' });
        return res.end(
          latin1('<html><body><p>Le préfet a fermé la route côtière jeudi, selon la mairie.</p></body></html>'),
        );
      case '/latin1-meta':
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(
          latin1(
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>' +
              '<body><p>El alcalde dijo que la crecida afectó a \x93cientos\x94 de familias en Córdoba.</p></body></html>',
          ),
        );
      case '/bogus-charset':
        res.writeHead(200, { 'content-type': 'text/plain; charset=x-martian' });
        return res.end('Rescue teams reached the village on Friday.');
      case '/feed':
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        return res.end(RSS);
      case '/feed-as-html':
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(RSS);
      case '/image.png':
        res.writeHead(200, { 'content-type': 'image/png' });
        return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      case '/notes.txt':
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('Levee breach\nThe levee gave way at dawn on Saturday, the county said.');
      case '/agent':
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end(`Agent ${req.headers['user-agent']} was seen.`);
      default:
        res.writeHead(404);
        return res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const only = async (path: string, opts: IngestOptions = NOW): Promise<IngestResult> => {
  const rs = await ingestUrl(base + path, opts);
  assert.equal(rs.length, 1);
  return rs[0];
};

test('a page by URL: text, title, outlet; the URL is meta.url and meta.source', async () => {
  const r = await only('/page.html');
  assert.ok(r.ok, !r.ok ? r.message : '');
  assert.equal(r.input.meta.source, `${base}/page.html`);
  assert.equal(r.input.meta.url, `${base}/page.html`);
  assert.equal(r.input.meta.title, 'Dam inspection finds cracks');
  assert.equal(r.input.meta.outlet, 'River Post');
  assert.match(r.input.text, /^Inspectors found two cracks/);
});

test('redirects are followed and counted; meta.url is where they ended', async () => {
  const f = await fetchUrl(`${base}/hop/3`);
  assert.ok(f.ok);
  assert.equal(f.redirects, 3);
  assert.equal(f.finalUrl, `${base}/hop/0`);
  const r = await only('/hop/2');
  assert.ok(r.ok);
  assert.equal(r.input.meta.url, `${base}/hop/0`);
  assert.equal(r.input.meta.source, `${base}/hop/2`);
});

test('too many redirects: a redirect loop stops after maxRedirects', async () => {
  const r = await only('/loop', { ...NOW, fetch: { maxRedirects: 3 } });
  assert.equal(!r.ok && r.code, 'fetch-failed');
  assert.match(!r.ok ? r.message : '', /too many redirects \(more than 3\)/);
  const six = await fetchUrl(`${base}/hop/6`);
  assert.equal(!six.ok && six.code, 'fetch-failed');
});

test('timeout: a server that never answers, and a body that never ends', async () => {
  const r = await only('/hang', { ...NOW, fetch: { timeoutMs: 150 } });
  assert.equal(!r.ok && r.code, 'timeout');
  assert.match(!r.ok ? r.message : '', /timed out after 150 ms/);
  const slow = await fetchUrl(`${base}/slow-body`, { timeoutMs: 150 });
  assert.equal(!slow.ok && slow.code, 'timeout');
});

test('HTTP errors: 404 and 503 are http-error with the status', async () => {
  const r = await only('/missing');
  assert.equal(!r.ok && r.code, 'http-error');
  assert.match(!r.ok ? r.message : '', /HTTP 404 Not Found/);
  const b = await only('/broken');
  assert.match(!b.ok ? b.message : '', /HTTP 503/);
});

test('connection refused is fetch-failed with the reason', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const [r] = await ingestUrl(`http://127.0.0.1:${port}/x`, NOW);
  assert.equal(!r.ok && r.code, 'fetch-failed');
  assert.match(!r.ok ? r.message : '', /connection refused/);
});

test('size limit: enforced while streaming, and up front from Content-Length', async () => {
  const big = await only('/big', { ...NOW, fetch: { maxBytes: 1024 * 1024 } });
  assert.equal(!big.ok && big.code, 'too-large');
  assert.match(!big.ok ? big.message : '', /more than 1\.0 MB/);
  const declared = await only('/big-declared');
  assert.equal(!declared.ok && declared.code, 'too-large');
  assert.match(!declared.ok ? declared.message : '', /50\.0 MB, limit 10\.0 MB/);
});

test('charset: latin-1 by the Content-Type header', async () => {
  const r = await only('/latin1-header');
  assert.ok(r.ok);
  assert.match(r.input.text, /Le préfet a fermé la route côtière/);
  assert.equal(r.input.warnings.length, 0);
});

test('charset: windows-1252 by <meta http-equiv>, curly quotes included', async () => {
  const r = await only('/latin1-meta');
  assert.ok(r.ok);
  assert.match(r.input.text, /afectó a “cientos” de familias en Córdoba/);
  assert.equal(r.input.meta.language, 'es');
});

test('charset: an unknown label warns and reads UTF-8', async () => {
  const r = await only('/bogus-charset');
  assert.ok(r.ok);
  assert.match(r.input.warnings.map((w) => w.text).join(), /unknown charset "x-martian"/);
});

test('a feed by URL yields one result per item, even when served as text/html', async () => {
  for (const path of ['/feed', '/feed-as-html']) {
    const rs = await ingestUrl(base + path, NOW);
    assert.equal(rs.length, 3);
    assert.equal(rs.filter((r) => r.ok).length, 2);
    const first = rs[0];
    assert.ok(first.ok);
    assert.equal(first.input.meta.outlet, 'The Harbor Ledger');
    assert.equal(first.input.meta.guid, 'ledger-ferry-001');
  }
});

test('unsupported content type is refused; plain text is read as text', async () => {
  const img = await only('/image.png');
  assert.equal(!img.ok && img.code, 'unsupported');
  assert.match(!img.ok ? img.message : '', /unsupported content type image\/png/);
  const txt = await only('/notes.txt');
  assert.ok(txt.ok);
  assert.equal(txt.input.meta.title, 'Levee breach');
  assert.equal(txt.input.meta.url, `${base}/notes.txt`);
});

test('user agent is sent; readInputs accepts URLs among paths', async () => {
  const rs: IngestResult[] = [];
  for await (const r of readInputs([`${base}/agent`, `${base}/missing`], { ...NOW, fetch: { userAgent: 'tester/1' } }))
    rs.push(r);
  assert.equal(rs.length, 2);
  assert.ok(rs[0].ok);
  assert.match(rs[0].input.text, /Agent tester\/1 was seen/);
  assert.equal(!rs[1].ok && rs[1].code, 'http-error');
});

test('invalid URLs are fetch-failed, not throws', async () => {
  const f = await fetchUrl('http://exa mple.invalid/');
  assert.equal(!f.ok && f.code, 'fetch-failed');
});
