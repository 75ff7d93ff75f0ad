// The API's pure helpers: docs page escaping, search snippets, bbox parsing, LIKE patterns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, renderDocsPage } from '../../src/api/docs.ts';
import { containsPattern } from '../../src/api/queries.ts';
import { parseBbox } from '../../src/api/routes/events.ts';
import { splitHeadline } from '../../src/api/routes/search.ts';

test('the docs page escapes everything it is given', () => {
  const evil = '<script>alert(1)</script>';
  const html = renderDocsPage({
    info: { title: `T ${evil}`, version: '"1"', description: '<img src=x onerror=alert(2)>' },
    paths: {
      [`/api/x/${evil}`]: {
        get: {
          summary: evil,
          parameters: [
            { name: '"><b>', in: 'query', description: "it's <i>", schema: { type: 'string', enum: ['<a>'] } },
          ],
          responses: { '200': { description: evil, content: { 'text/<html>': {} } } },
        },
      },
    },
  });
  assert.doesNotMatch(html, /<script|<img|<i>|<a>|"><b>|text\/<html>/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.equal(escapeHtml(`<>&"'`), '&lt;&gt;&amp;&quot;&#39;');
});

test('a headline becomes plain text with highlight offsets', () => {
  const h = splitHeadline('A \u0002tanker\u0003 was\n\n seized … the \u0002tanker\u0003 sailed');
  assert.equal(h.snippet, 'A tanker was seized … the tanker sailed');
  assert.deepEqual(
    h.highlights.map((r) => h.snippet.slice(r.start, r.end)),
    ['tanker', 'tanker'],
  );
  assert.deepEqual(splitHeadline('<b>not markup</b>'), { snippet: '<b>not markup</b>', highlights: [] });
});

test('bbox: four numbers within range, south below north', () => {
  assert.deepEqual(parseBbox('-80, 5,-60,15.5').bbox, [-80, 5, -60, 15.5]);
  assert.deepEqual(parseBbox('170,-10,-170,10').bbox, [170, -10, -170, 10], 'across the antimeridian');
  for (const bad of ['', '1,2,3', '1,2,3,4,5', 'a,b,c,d', '0,0,181,1', '0,-91,1,1', '0,10,1,5', '1e3,0,0,0']) {
    assert.ok(parseBbox(bad).problems.length, bad);
  }
});

test('LIKE patterns take % and _ literally', () => {
  assert.equal(containsPattern('50%_off\\'), '%50\\%\\_off\\\\%');
});
