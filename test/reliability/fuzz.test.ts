// Property tests over every in-memory input path: any string or bytes give a document or a clear problem, never a throw.
// Bounded runs (seeded, so a failure replays) keep the whole file to a few seconds.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ingestBytesAll, ingestFeed, ingestJsonLines, ingestStringAll, type IngestResult } from '../../src/ingest/index.ts';
import { ingestHtml } from '../../src/ingest/html.ts';
import { processInput } from '../../src/app/process.ts';
import { ingestOne } from '../../src/app/ingest.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { anyText, newsish, withJunk } from './arbitraries.ts';

const FIXED_NOW = new Date('2026-01-05T12:00:00Z');
const opts = { now: FIXED_NOW };
const runs = (n: number) => ({ numRuns: n, seed: 20260105, endOnFailure: true });

/** Every result is either a document with text and an id, or a problem whose message names its source. */
function assertWellFormed(results: IngestResult[]): void {
  assert.ok(results.length >= 1, 'at least one result');
  for (const r of results) {
    if (r.ok) {
      assert.ok(r.input.text.trim().length > 0, 'a document has text');
      assert.match(r.input.meta.id, /^doc_[0-9a-f]{16}$/);
      for (const w of r.input.warnings) assert.ok(w.text.length > 0);
    } else {
      assert.ok(r.code, 'a problem has a code');
      assert.ok(r.message.length > 0 && r.message.length < 2000, `a clear, bounded message: ${r.message.slice(0, 80)}`);
    }
  }
}

describe('the pipeline never throws', () => {
  test('on arbitrary Unicode (any code point, lone surrogates, controls)', () => {
    fc.assert(
      fc.property(anyText(400), (text) => {
        const doc = processInput({ meta: meta(text), text });
        assert.ok(Array.isArray(doc.messages));
        JSON.stringify(doc); // serialisable: no cycles, no BigInt
      }),
      runs(150),
    );
  });

  test('on report-like text with junk spliced in (reaches the event and claim stages)', () => {
    fc.assert(
      fc.property(withJunk(newsish()), (text) => {
        const doc = processInput({ meta: meta(text), text });
        for (const m of doc.layers.mentions ?? []) {
          assert.ok(m.start >= 0 && m.end <= text.length && m.start <= m.end, 'spans stay inside the text');
          for (const q of Object.values(m.quantities ?? {})) if (q) assert.ok(q.value === null || Number.isFinite(q.value), `finite quantity: ${q.value}`);
        }
      }),
      runs(120),
    );
  });
});

describe('every ingest entry point gives a result or a clear problem', () => {
  const formats = ['text', 'markdown', 'html', 'feed', 'jsonl'] as const;

  test('ingestString in every format, on any string', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(300), withJunk(newsish())), fc.constantFrom(...formats), (s, format) => {
        assertWellFormed(ingestStringAll(s, `fuzz.${format}`, opts, format));
      }),
      runs(250),
    );
  });

  test('ingestBytes on arbitrary bytes (binary, invalid UTF-8, BOMs, mixed encodings)', () => {
    const bom = fc.constantFrom(new Uint8Array(), Uint8Array.of(0xef, 0xbb, 0xbf), Uint8Array.of(0xff, 0xfe), Uint8Array.of(0xfe, 0xff));
    const utf8 = newsish().map((s) => new TextEncoder().encode(s));
    const body = fc.oneof(fc.uint8Array({ maxLength: 2000 }), utf8, fc.tuple(utf8, fc.uint8Array({ minLength: 1, maxLength: 40 }), utf8).map(concat));
    const name = fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.xml', 'a.jsonl', '-', 'noext');
    fc.assert(
      fc.property(bom, body, name, (b, bytes, n) => assertWellFormed(ingestBytesAll(concat([b, bytes]), n, opts, n))),
      runs(250),
    );
  });

  test('feeds: malformed XML, wrong roots, entities, absurd dates', () => {
    const date = fc.oneof(fc.constantFrom('0000-00-00', '99999-12-31', '-271821-04-20', '1e308', 'Tue, 31 Feb 2025 25:61:00 +9999', ''), anyText(30));
    const item = fc.record({ title: anyText(40), body: fc.oneof(anyText(200), newsish()), date, guid: anyText(20) });
    const feed = fc.tuple(fc.constantFrom('rss', 'atom', 'rdf', 'bogus'), fc.array(item, { maxLength: 4 }), fc.boolean()).map(([kind, items, cut]) => {
      const x = feedXml(kind, items);
      return cut ? x.slice(0, Math.floor(x.length / 2)) : x;
    });
    fc.assert(fc.property(fc.oneof(feed, anyText(300)), (xml) => assertWellFormed(ingestFeed(xml, 'fuzz.xml', opts))), runs(200));
  });

  test('JSON Lines: bad JSON, wrong types, huge and absurd values', () => {
    const value = fc.oneof(fc.jsonValue(), anyText(50), fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, '9'.repeat(400)));
    // epoch numbers beyond Date's range are left to the known-bug test below
    const published = fc.oneof(anyText(30), fc.integer(), fc.constantFrom('0000-00-00', '99999-12-31', '1e308', -1, 0, null, true, [], {}));
    const line = fc.oneof(
      fc.record({ title: value, text: fc.oneof(newsish(), anyText(200), value), published, url: value, outlet: value }).map((o) => JSON.stringify(o)),
      fc.record({ html: fc.oneof(anyText(200), newsish().map((s) => `<p>${s}`)), published }).map((o) => JSON.stringify(o)),
      anyText(100),
    );
    fc.assert(fc.property(fc.array(line, { maxLength: 5 }), (lines) => assertWellFormed(ingestJsonLines(lines.join('\n'), 'fuzz.jsonl', opts))), runs(200));
  });

  test(
    'an epoch number beyond the Date range as published date gives a warning, not a throw',
    () => {
      for (const published of [9007199254740991, 1e308, -1e17]) {
        const line = JSON.stringify({ text: 'The navy struck a boat near the port on Monday, officials said.', published });
        assertWellFormed(ingestJsonLines(line, 'dates.jsonl', opts));
      }
    },
  );

  test('HTML: unclosed tags, scripts, deep nesting, stray markup', () => {
    const tag = fc.constantFrom('<p>', '</p>', '<div>', '<b>', '</i>', '<script>', '</script>', '<!--', '-->', '<![CDATA[', '<meta charset="x">', '<title>', '&amp;', '&#0;', '&#xD800;', '<');
    const html = fc.array(fc.oneof(tag, newsish(), anyText(30)), { maxLength: 30 }).map((xs) => xs.join(''));
    fc.assert(fc.property(html, (h) => assertWellFormed([ingestHtml(h, 'fuzz.html', opts)])), runs(150));
  });
});

describe('storing fuzzed input', () => {
  let store: Store;
  before(async () => {
    store = await openStore({ dbPath: 'memory://' });
  });
  after(() => store?.close());

  test('never throws, stores only what it reports as stored, and loses nothing stored before', async () => {
    const first = ingestStringAll('A navy patrol boat was struck near the port on Monday, officials said, killing 3 sailors.', 'seed.txt', opts)[0];
    assert.ok(first.ok);
    assert.equal((await ingestOne(store, first)).status, 'stored');
    const before = await store.getDocument(first.input.meta.id);
    let stored = 1;
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText(300), withJunk(newsish())), fc.constantFrom('text', 'html', 'jsonl', 'feed'), async (s, format) => {
        for (const r of ingestStringAll(s, `fuzz.${format}`, opts, format as 'text')) {
          const o = await ingestOne(store, r);
          if (o.status === 'stored') stored++;
          else if (o.status === 'rejected') assert.ok(o.message, 'a rejection says why');
        }
      }),
      runs(40),
    );
    assert.equal((await store.counts()).documents, stored, 'exactly the documents reported stored');
    assert.deepEqual(await store.getDocument(first.input.meta.id), before, 'the earlier document is intact');
  });
});

function meta(text: string) {
  return { id: 'doc_fuzz', title: null, outlet: null, url: null, language: 'en', published: '2025-11-03T10:00:00Z', source: `len ${text.length}` };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function feedXml(kind: string, items: { title: string; body: string; date: string; guid: string }[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  if (kind === 'atom') {
    const entries = items.map((i) => `<entry><title>${esc(i.title)}</title><id>${esc(i.guid)}</id><updated>${esc(i.date)}</updated><content type="html">${esc(i.body)}</content></entry>`);
    return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>${entries.join('')}</feed>`;
  }
  const entries = items.map((i) => `<item><title>${esc(i.title)}</title><guid>${esc(i.guid)}</guid><pubDate>${esc(i.date)}</pubDate><description>${esc(i.body)}</description></item>`);
  if (kind === 'rdf') return `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel><title>F</title></channel>${entries.join('')}</rdf:RDF>`;
  if (kind === 'bogus') return `<bogus>${entries.join('')}</bogus>`;
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>${entries.join('')}</channel></rss>`;
}
