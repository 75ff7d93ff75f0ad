import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestHtml } from '../../src/ingest/html.ts';
import { fixture, NOW, ok } from './fixtures.ts';


test('html: Readability main text with paragraph breaks, entities decoded, chrome and scripts dropped', () => {
  const doc = ok(ingestHtml(fixture('page.html'), 'page.html', NOW));
  const paragraphs = doc.text.split('\n\n');
  assert.ok(paragraphs.some((p) => p.startsWith('Negotiators from both sides met again on Monday')));
  assert.ok(doc.text.includes('spent > six hours in the room & agreed'));
  assert.ok(doc.text.includes('mediators.\nNo timetable was announced.'), 'a <br> is a line break');
  assert.ok(doc.text.includes('Café owners'));
  for (const junk of ['Home', 'Sport', 'Copyright', 'tracking', 'font-family'])
    assert.ok(!doc.text.includes(junk), junk);
  assert.equal(doc.raw, fixture('page.html'));
});

test('html: metadata from og tags, article:published_time, html lang', () => {
  const { meta } = ok(ingestHtml(fixture('page.html'), 'page.html', NOW));
  assert.equal(meta.title, "Ceasefire talks resume after a week's pause");
  assert.equal(meta.outlet, 'Coast Herald');
  assert.equal(meta.url, 'https://news.example.com/2025/12/ceasefire-talks');
  assert.equal(meta.published, '2025-12-29T07:30:00Z');
  assert.equal(meta.language, 'en');
  assert.equal(meta.format, 'html');
});

test('html: JSON-LD datePublished/publisher and canonical link when og tags are missing', () => {
  const html = `<html lang="es"><head><title>Puerto cerrado</title>
<link rel="canonical" href="https://www.elpais.com/internacional/puerto.html">
<script type="application/ld+json">[{"@type":"WebSite"},{"@graph":[{"@type":"NewsArticle","headline":"El puerto cierra","datePublished":"2025-12-30","publisher":{"name":"Diario Ejemplo"}}]}]</script>
<script type="application/ld+json">{ not json</script></head>
<body><p>El gobierno cerró el puerto durante la noche, según fuentes oficiales.</p></body></html>`;
  const { meta } = ok(ingestHtml(html, 'p.html', NOW));
  assert.equal(meta.title, 'El puerto cierra');
  assert.equal(meta.published, '2025-12-30');
  assert.equal(meta.outlet, 'Diario Ejemplo');
  assert.equal(meta.url, 'https://www.elpais.com/internacional/puerto.html');
  assert.equal(meta.language, 'es');
});

test('html: outlet from the canonical host when no site name is given', () => {
  const html =
    '<html><head><link rel="canonical" href="https://www.nytimes.com/2025/12/29/a.html"></head><body><p>A dock was struck by a drone.</p></body></html>';
  assert.equal(ok(ingestHtml(html, 'n.html', NOW)).meta.outlet, 'The New York Times');
});

test('html: broken markup does not crash and keeps the text', () => {
  const doc = ok(ingestHtml(fixture('broken.html'), 'broken.html', NOW));
  assert.equal(doc.meta.title, 'Broken page');
  assert.ok(doc.text.includes('Rescue teams reached the village late on Friday after the bridge collapsed'));
  assert.ok(doc.text.includes('the river rose quickly & flooded'));
  assert.ok(!doc.text.includes('unfinished'));
  for (const junk of ['<<<>>>', '<p x="1>2">', '</div></div>', '<html><body', '&amp;&lt;&#xZZ;', '<p><p><p>']) {
    const r = ingestHtml(junk + '<p>Some words here.</p>', 'junk.html', NOW);
    assert.ok(r.ok, junk);
  }
});

test('html: fragment without html/body and nav-only chrome falls back to body text', () => {
  const doc = ok(ingestHtml(fixture('fragment.htm'), 'fragment.htm', NOW));
  assert.equal(doc.text, 'A short statement: the ministry confirmed that the border crossing will reopen on Thursday.');
  const small = ok(ingestHtml('<nav>Home News</nav><p>Only one short line of news.</p>', 's.html', NOW));
  assert.equal(small.text, 'Only one short line of news.');
});

test('html: a page with only scripts and styles is empty, not a crash', () => {
  const r = ingestHtml(
    '<html><head><style>p{}</style></head><body><script>var a = 1;</script></body></html>',
    'e.html',
    NOW,
  );
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.code, 'empty');
});

test('html: overrides beat meta tags', () => {
  const { meta } = ok(
    ingestHtml(fixture('page.html'), 'page.html', { ...NOW, published: '2025-12-30', outlet: 'Wire', title: 'T' }),
  );
  assert.equal(meta.published, '2025-12-30');
  assert.equal(meta.outlet, 'Wire');
  assert.equal(meta.title, 'T');
});
