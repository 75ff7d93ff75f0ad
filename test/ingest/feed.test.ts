import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ingestFeed, parseFeed } from '../../src/ingest/feed.ts';
import { readInputs } from '../../src/ingest/read.ts';
import type { IngestOptions, IngestResult } from '../../src/ingest/result.ts';

const DIR = 'test/fixtures/feeds/';
const NOW: IngestOptions = { now: new Date('2026-01-01T00:00:00Z') };
const fixture = (name: string): string => readFileSync(DIR + name, 'utf8');
const oks = (rs: IngestResult[]) => rs.flatMap((r) => (r.ok ? [r.input] : []));

async function collect(paths: string[], opts: IngestOptions = NOW): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of readInputs(paths, opts)) out.push(r);
  return out;
}

test('RSS 2.0: one document per item, content:encoded beats description, channel title is the outlet', () => {
  const rs = ingestFeed(fixture('rss2.xml'), 'rss2.xml', NOW);
  assert.equal(rs.length, 3);
  const [ferry, rescue] = oks(rs);
  assert.equal(ferry.meta.title, 'Ferry service halted after storm damage');
  assert.equal(ferry.meta.url, 'https://ledger.example.org/2025/12/ferry-halted');
  assert.equal(ferry.meta.source, 'https://ledger.example.org/2025/12/ferry-halted');
  assert.equal(ferry.meta.outlet, 'The Harbor Ledger');
  assert.equal(ferry.meta.guid, 'ledger-ferry-001');
  assert.equal(ferry.meta.format, 'feed');
  assert.equal(ferry.meta.published, '2025-12-30T14:05:00Z');
  assert.match(ferry.text, /^The port authority suspended all ferry crossings/);
  assert.match(ferry.text, /two weeks & cost 3 million dollars\.$/);
  assert.doesNotMatch(ferry.text, /teaser/);
  assert.match(ferry.raw ?? '', /<p>The port authority/);
  assert.equal(rescue.meta.published, '2025-12-29T08:00:00Z');
});

test('RSS 2.0: escaped HTML in a description becomes paragraphs with entities decoded once', () => {
  const rescue = oks(ingestFeed(fixture('rss2.xml'), 'rss2.xml', NOW))[1];
  assert.equal(
    rescue.text,
    'A coast guard helicopter lifted four fishermen from a sinking trawler on Monday morning.\n\n' +
      'All four were taken to hospital & are in stable condition.',
  );
  assert.equal(rescue.meta.guid, 'https://ledger.example.org/2025/12/rescue');
});

test('an item without text is skipped with a message naming it', () => {
  const gallery = ingestFeed(fixture('rss2.xml'), 'rss2.xml', NOW)[2];
  assert.equal(gallery.ok, false);
  assert.equal(!gallery.ok && gallery.code, 'skipped');
  assert.match(!gallery.ok ? gallery.message : '', /item 3 \("Photo gallery: the storm in pictures"\) has no text/);
});

test('Atom: xhtml content, the alternate link, published before updated, html titles', () => {
  const rs = ingestFeed(fixture('atom.xml'), 'atom.xml', NOW);
  assert.equal(rs.length, 3);
  const [bridge, shelters] = oks(rs);
  assert.equal(bridge.meta.title, 'Bridge & road reopen after flooding');
  assert.equal(bridge.meta.url, 'https://dispatch.example.net/news/bridge-reopens');
  assert.equal(bridge.meta.guid, 'urn:dispatch:entry:17');
  assert.equal(bridge.meta.published, '2025-12-31T07:30:00Z');
  assert.equal(bridge.meta.outlet, 'Valley Dispatch');
  assert.equal(
    bridge.text,
    'Engineers reopened the river bridge on Wednesday, three days after the flood.\n\n' +
      'Traffic police said the road toward the valley would stay on one lane.',
  );
  assert.equal(shelters.meta.published, '2025-12-30T18:00:00Z');
  assert.match(shelters.text, /^The last two emergency shelters closed/);
  assert.equal(!rs[2].ok && rs[2].code, 'skipped');
  // an item without a link is named by the feed and its id
  assert.equal(!rs[2].ok && rs[2].source, 'atom.xml#urn:dispatch:entry:19');
});

test('RSS 1.0 / RDF: items beside the channel, rdf:about as GUID, dc:date, entities in links', () => {
  const [r] = ingestFeed(fixture('rdf.xml'), 'rdf.xml', NOW);
  assert.ok(r.ok);
  assert.equal(r.input.meta.title, 'Avalanche closes the pass road');
  assert.equal(r.input.meta.url, 'https://bulletin.example.com/items/avalanche?ref=rss&lang=en');
  assert.equal(r.input.meta.guid, 'https://bulletin.example.com/items/avalanche');
  assert.equal(r.input.meta.published, '2025-12-28T15:20:00Z');
  assert.equal(r.input.meta.outlet, 'Mountain Bulletin');
});

test('HTML entities (&nbsp; &eacute; &mdash;) in a feed are read, not fatal', () => {
  const [r] = ingestFeed(fixture('html-entities.rss'), 'x.rss', NOW);
  assert.ok(r.ok, !r.ok ? r.message : '');
  assert.equal(r.input.meta.outlet, 'Café Gazette');
  assert.equal(r.input.meta.title, 'Prices rise again at the market');
  assert.equal(r.input.text, 'Vendors in São Bento said coffee now costs 4 euros — up from 3 last month.');
});

test('malformed feeds are bad-feed results, never throws: unclosed tag, wrong root, entity bomb', () => {
  const unclosed = ingestFeed(fixture('unclosed.xml'), 'unclosed.xml', NOW);
  assert.equal(unclosed.length, 1);
  assert.equal(!unclosed[0].ok && unclosed[0].code, 'bad-feed');
  assert.match(!unclosed[0].ok ? unclosed[0].message : '', /^unclosed\.xml: not well-formed XML \(line \d+/);

  const [root] = ingestFeed(fixture('wrong-root.xml'), 'sitemap.xml', NOW);
  assert.equal(!root.ok && root.code, 'bad-feed');
  assert.match(!root.ok ? root.message : '', /root element <urlset>/);

  // refused before any expansion (the message says why), so it cannot blow up memory or time
  const [bomb] = ingestFeed(fixture('entity-bomb.xml'), 'bomb.xml', NOW);
  assert.equal(!bomb.ok && bomb.code, 'bad-feed');
  assert.match(!bomb.ok ? bomb.message : '', /declares its own entities/);
});

test('garbage, truncated and empty feeds are clear results', () => {
  for (const xml of ['<rss version="2.0"><channel><item><title>cut', '<<<>>>', '<rss><channel></channel></rss>']) {
    const rs = ingestFeed(xml, 'f.xml', NOW);
    assert.equal(rs.length, 1);
    assert.ok(!rs[0].ok);
    assert.ok(['bad-feed', 'empty'].includes(rs[0].code), rs[0].code);
  }
  assert.equal(parseFeed('<rss><channel></channel></rss>').ok, true);
});

test('CDATA titles and plain-text descriptions keep their characters', () => {
  const xml =
    '<rss version="2.0"><channel><title><![CDATA[Tides & Times]]></title><item>' +
    '<title><![CDATA[Levee "holds" after 5 < 6 metre surge]]></title><guid>t-1</guid>' +
    '<description>Water rose to 5.8 metres overnight, the levee board said.</description></item></channel></rss>';
  const [r] = ingestFeed(xml, 'f.xml', NOW);
  assert.ok(r.ok);
  assert.equal(r.input.meta.outlet, 'Tides & Times');
  assert.equal(r.input.meta.title, 'Levee "holds" after 5 < 6 metre surge');
  assert.equal(r.input.text, 'Water rose to 5.8 metres overnight, the levee board said.');
  assert.equal(r.input.raw, undefined);
});

test('overrides: --outlet beats the channel title; --title and --url do not apply to feed items', () => {
  const [r] = ingestFeed(fixture('rdf.xml'), 'rdf.xml', { ...NOW, outlet: 'Wire', title: 'X', url: 'https://x/' });
  assert.ok(r.ok);
  assert.equal(r.input.meta.outlet, 'Wire');
  assert.equal(r.input.meta.title, 'Avalanche closes the pass road');
  assert.match(r.input.meta.url!, /avalanche/);
});

test('readInputs: a feed file yields one result per item; a latin-1 feed decodes by its XML declaration', async () => {
  const rs = await collect([DIR + 'rss2.xml', DIR + 'latin1.rss']);
  assert.equal(rs.length, 4);
  const latin = rs[3];
  assert.ok(latin.ok);
  assert.equal(latin.input.meta.title, 'Chuva forte em São Paulo');
  assert.match(latin.input.text, /três bairros na terça-feira/);
  assert.equal(latin.input.warnings.length, 0);
  assert.equal(latin.input.meta.language, 'pt');
});

test('readInputs: a folder of feeds is walked, non-feed XML reported as bad-feed', async () => {
  const rs = await collect([DIR]);
  const codes = rs.map((r) => (r.ok ? 'ok' : r.code));
  assert.equal(codes.filter((c) => c === 'ok').length, 7);
  assert.equal(codes.filter((c) => c === 'bad-feed').length, 3);
});

test('empty or out-of-line content falls back to the description or summary', () => {
  const rss =
    '<rss version="2.0" xmlns:content="c"><channel><title>W</title><item><guid>e-1</guid><content:encoded></content:encoded>' +
    '<description>Power returned to 8,000 homes on Thursday, the utility said.</description></item></channel></rss>';
  const [a] = ingestFeed(rss, 'a.xml', NOW);
  assert.ok(a.ok);
  assert.match(a.input.text, /^Power returned/);
  const atom =
    '<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><id>x-1</id>' +
    '<content type="text/html" src="https://w.example.org/x-1.html"/>' +
    '<summary>Schools stayed closed for a third day, the ministry said.</summary></entry></feed>';
  const [b] = ingestFeed(atom, 'b.xml', NOW);
  assert.ok(b.ok);
  assert.match(b.input.text, /^Schools stayed closed/);
});
