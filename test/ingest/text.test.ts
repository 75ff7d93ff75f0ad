import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestMarkdown, ingestPlainText } from '../../src/ingest/text.ts';
import { markdownToText } from '../../src/ingest/markdown.ts';
import { fixture, NOW, ok } from './fixtures.ts';


test('plain text: headline line becomes the title and its own paragraph', () => {
  const doc = ok(ingestPlainText(fixture('report.txt'), 'report.txt', NOW));
  assert.equal(doc.meta.title, 'Drone strike on a coastal dock');
  assert.ok(doc.text.startsWith('Drone strike on a coastal dock\n\nOfficials in the capital'));
  assert.equal(doc.meta.format, 'text');
  assert.equal(doc.meta.language, 'en');
  assert.equal(doc.meta.published, null);
  assert.equal(doc.meta.source, 'report.txt');
  assert.equal(doc.meta.ingestedAt, '2026-01-01T00:00:00.000Z');
  assert.equal(doc.raw, undefined);
});

test('plain text: a first line ending in a period is not a title', () => {
  const doc = ok(ingestPlainText('Troops withdrew from the town.\nResidents returned.', 'x.txt', NOW));
  assert.equal(doc.meta.title, null);
  assert.equal(doc.text, 'Troops withdrew from the town.\nResidents returned.');
});

test('markdown: front matter metadata and markup stripped into paragraphs', () => {
  const doc = ok(ingestMarkdown(fixture('report.md'), 'report.md', NOW));
  assert.deepEqual(
    {
      title: doc.meta.title,
      outlet: doc.meta.outlet,
      published: doc.meta.published,
      url: doc.meta.url,
      format: doc.meta.format,
    },
    {
      title: 'Navy intercepts a fast boat',
      outlet: 'Harbour Gazette',
      published: '2025-12-28',
      url: 'https://www.example.org/news/boat-intercept',
      format: 'markdown',
    },
  );
  assert.equal(
    doc.text,
    [
      'A heading that is not the title',
      'The navy intercepted a fast boat off the coast on Sunday, a spokesperson said.',
      'Three crew members were detained.',
      'The cargo was seized.',
      '"We acted within the law," the spokesperson added.',
      'Vessel: unnamed\nCrew: 3',
    ].join('\n\n'),
  );
  assert.ok(doc.raw?.includes('**intercepted**'));
});

test('markdown: alternative keys date/source/lang and heading as title', () => {
  const doc = ok(ingestMarkdown(fixture('informe.md'), 'informe.md', NOW));
  assert.equal(doc.meta.published, '2025-12-30');
  assert.equal(doc.meta.outlet, 'Diario del Puerto');
  assert.equal(doc.meta.language, 'es');
  assert.equal(doc.meta.title, 'Ataque contra un muelle');
});

test('markdown: leading # heading is the title when there is no front matter', () => {
  const doc = ok(ingestMarkdown('# Port reopens\n\nThe port reopened on Friday.', 'p.md', NOW));
  assert.equal(doc.meta.title, 'Port reopens');
  assert.equal(doc.text, 'Port reopens\n\nThe port reopened on Friday.');
});

test('markdown inline markup: links, images, emphasis, code, escapes, snake_case kept', () => {
  assert.equal(
    markdownToText('See [the report](http://x.org/a_(b) "t") and ![map](m.png) with __strong__ and `ids`.'),
    'See the report and with strong and ids.',
  );
  assert.equal(
    markdownToText('Keep snake_case_name and 2*3*4 and \\*stars\\*.'),
    'Keep snake_case_name and 2*3*4 and *stars*.',
  );
  assert.equal(
    markdownToText('Line one\nwraps here.\n\n* a\n* b\n\n---\n\nSetext\n------\nAfter.'),
    'Line one wraps here.\n\na\n\nb\n\nSetext\n\nAfter.',
  );
  assert.equal(markdownToText('Ref [link][1] text.\n\n[1]: http://example.org'), 'Ref link text.');
});

test('overrides beat front matter', () => {
  const doc = ok(
    ingestMarkdown(fixture('report.md'), 'report.md', {
      ...NOW,
      published: '2025-12-30',
      outlet: 'Override Wire',
      url: 'https://www.reuters.com/x',
      language: 'es',
      title: 'Override title',
    }),
  );
  assert.equal(doc.meta.published, '2025-12-30');
  assert.equal(doc.meta.outlet, 'Override Wire');
  assert.equal(doc.meta.url, 'https://www.reuters.com/x');
  assert.equal(doc.meta.language, 'es');
  assert.equal(doc.meta.title, 'Override title');
});

test('outlet falls back to the URL host', () => {
  const doc = ok(
    ingestPlainText('---\nurl: https://www.nytimes.com/2025/12/29/x.html\n---\nA dock was hit.', 'n.txt', NOW),
  );
  assert.equal(doc.meta.outlet, 'The New York Times');
});

test('unknown date in front matter: published null plus a warning, not an error', () => {
  const doc = ok(ingestMarkdown('---\npublished: sometime last week\n---\nA convoy was stopped.', 'd.md', NOW));
  assert.equal(doc.meta.published, null);
  assert.equal(doc.warnings.length, 1);
  assert.equal(doc.warnings[0].code, 'published');
  assert.match(doc.warnings[0].text, /sometime last week/);
  const absurd = ok(ingestPlainText('---\ndate: 1492-10-12\n---\nShips arrived.', 'a.txt', NOW));
  assert.equal(absurd.meta.published, null);
  assert.match(absurd.warnings[0].text, /1492/);
});

test('broken front matter is dropped with a warning; an unclosed --- is plain text', () => {
  const doc = ok(ingestPlainText('---\ntitle: [unclosed\n---\nThe talks ended.', 'b.txt', NOW));
  assert.equal(doc.text, 'The talks ended.');
  assert.equal(doc.warnings[0].code, 'front-matter');
  const open = ok(ingestPlainText('---\nThe talks ended without a deal.', 'o.txt', NOW));
  assert.match(open.text, /The talks ended/);
});

test('JavaScript front matter is never evaluated', () => {
  const doc = ok(
    ingestMarkdown('---js\n{ title: (() => { throw new Error("ran") })() }\n---\nText here.', 'j.md', NOW),
  );
  assert.notEqual(doc.meta.title, 'ran');
});

test('language detected from text when not given', () => {
  const doc = ok(
    ingestPlainText(
      'Según el gobierno, las tropas llegaron a la frontera durante la noche y no hubo heridos.',
      'es.txt',
      NOW,
    ),
  );
  assert.equal(doc.meta.language, 'es');
});

test('text without letters is "no-text"; whitespace after front matter is "empty"', () => {
  const r = ingestPlainText('12 34 -- 56 !!', 'n.txt', NOW);
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.code, 'no-text');
  const e = ingestMarkdown('---\ntitle: Only metadata\n---\n   \n', 'e.md', NOW);
  assert.equal(!e.ok && e.code, 'empty');
});
