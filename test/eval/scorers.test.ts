import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGwn, parseLgl, scoreArticle } from '../../src/eval/geo.ts';
import { parseTimeML } from '../../src/eval/timex.ts';
import { anchorQuotes, sameSpeaker } from '../../src/eval/quotes.ts';
import { scoreLanguage } from '../../src/eval/language.ts';
import type { Place } from '../../src/core/types.ts';

const place = (start: number, end: number, lat: number, lon: number): Place => ({ start, end, text: '', name: '', kind: 'city', country: null, lat, lon, radius_km: 5, by: 'test' });

test('parseGwn skips non-toponyms and expressions, keeps metonyms and demonyms', () => {
  const xml = `<articles><article file="7"><title>t</title><text>Rain in Lima &amp; Peruvian towns.</text><toponyms>
<toponym><extractedName>Lima</extractedName><type>Literal</type><start>8</start><end>12</end><latitude>-12.04</latitude><longitude>-77.03</longitude></toponym>
<toponym><extractedName>Peruvian</extractedName><type>Demonym</type><start>15</start><end>23</end></toponym>
<toponym><extractedName>towns</extractedName><type>Literal_Expression</type><start>24</start><end>29</end></toponym>
</toponyms></article></articles>`;
  const [a] = parseGwn(xml);
  assert.equal(a.id, 'gwn-7');
  assert.equal(a.text, 'Rain in Lima & Peruvian towns.');
  assert.deepEqual(a.gold.map((g) => [g.text, g.lat]), [['Lima', -12.04], ['Peruvian', null]]);
});

test('parseLgl reads CDATA text, offsets, coordinates and the download date', () => {
  const xml = `<articles><article docid="42"><dltime>2009-03-20 12:00</dltime><text><![CDATA[Storm hits Athens.]]></text><toponyms>
<toponym><start>11</start><end>17</end><phrase>Athens</phrase><gaztag geonameid="1"><lat>33.96</lat><lon>-83.38</lon></gaztag></toponym></toponyms></article></articles>`;
  const [a] = parseLgl(xml);
  assert.equal(a.published, '2009-03-20');
  assert.equal(a.text.slice(a.gold[0].start, a.gold[0].end), 'Athens');
});

test('scoreArticle: recognition counts and distance errors', () => {
  const a = { id: 'x', text: 'Athens and Rome and Oslo', published: null, gold: [
    { start: 0, end: 6, text: 'Athens', lat: 33.96, lon: -83.38 },
    { start: 11, end: 15, text: 'Rome', lat: 41.9, lon: 12.5 },
    { start: 20, end: 24, text: 'Oslo', lat: 59.9, lon: 10.7 },
  ] };
  const t = { articles: 0, tp: 0, fp: 0, fn: 0, exact: 0, errs: [] as number[], withCoords: 0, ms: 0 };
  const lines = scoreArticle(a, [place(0, 6, 37.98, 23.73), place(11, 15, 41.9, 12.5), place(16, 19, 0, 0)], [t]);
  assert.deepEqual([t.tp, t.fp, t.fn, t.withCoords], [2, 1, 1, 3]);
  assert.equal(t.errs.length, 2);
  assert.ok(t.errs[0] > 9000 && t.errs[1] < 1);
  assert.equal(lines.filter((l) => l.includes('\tFAR\t')).length, 1);
});

test('parseTimeML: DCT, text offsets and TIMEX3 spans', () => {
  const xml = '<TimeML><DOCID>d</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22">March 22</TIMEX3></DCT><TEXT>It rained <TIMEX3 tid="t1" type="DATE" value="2013-03-21">yesterday</TIMEX3> &amp; <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.</TEXT></TimeML>';
  const d = parseTimeML(xml, 'd');
  assert.equal(d.dct, '2013-03-22');
  assert.equal(d.text, 'It rained yesterday & two days.');
  assert.deepEqual(d.timexes.map((t) => [d.text.slice(t.start, t.end), t.type, t.value]), [['yesterday', 'DATE', '2013-03-21'], ['two days', 'DURATION', 'P2D']]);
});

test('anchorQuotes finds each quote after the previous one; sameSpeaker is lenient on name parts', () => {
  const f = { id: 'q', text: '“Go,” she said. He said go.', quotes: [{ text: 'Go', speaker: 'Ana', direct: true }, { text: 'go', speaker: 'Ben', direct: false }, { text: 'absent', speaker: null, direct: false }] };
  const r = anchorQuotes(f);
  assert.deepEqual(r.gold.map((g) => g.start), [1, 24]);
  assert.equal(r.problems.length, 1);
  assert.ok(sameSpeaker('Maduro', { text: 'President Nicolás Maduro', name: 'Nicolás Maduro', start: 0, end: 1 }));
  assert.ok(!sameSpeaker('Maduro', { text: 'Gil', name: 'Yván Gil', start: 0, end: 1 }));
  assert.ok(sameSpeaker(null, null));
});

test('scoreLanguage: accuracy per language with an injected detector', () => {
  const r = scoreLanguage([{ lang: 'en', text: 'a' }, { lang: 'en', text: 'b' }, { lang: 'es', text: 'c' }], (t) => (t === 'c' ? 'en' : 'en'));
  assert.equal(r.perLanguage.en.accuracy, 1);
  assert.equal(r.perLanguage.es.accuracy, 0);
  assert.equal(r.confusions.length, 1);
  assert.ok(Math.abs(r.accuracy - 2 / 3) < 1e-9);
});
