import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, timelineDate, toTimeline } from '../../src/export/timeline.ts';
import { event, hostile, unlocated } from './events-fixture.ts';

test('TimelineJS 3 shape: title slide and dated events grouped by category', () => {
  const doc = toTimeline([event(), hostile, unlocated]);
  assert.equal(typeof doc.title.text.headline, 'string');
  assert.equal(doc.events.length, 2, 'an event without a date cannot be placed');
  const [a, b] = doc.events;
  assert.deepEqual(a.start_date, { year: 2025, month: 10, day: 21 });
  assert.equal(a.end_date, undefined, 'a one-day event has no end date');
  assert.equal(a.group, 'ASSAULT');
  assert.equal(a.unique_id, 'evt_000000000001');
  assert.match(a.text.headline, /^ASSAULT\/destroy: United States Armed Forces → speedboat \(eastern Pacific\)$/);
  assert.deepEqual(b.end_date, { year: 2025, month: 12, day: 7 });
  assert.equal(b.group, 'ACCUSE');
});

test('text fields are escaped HTML: a hostile report stays text', () => {
  const doc = toTimeline([hostile]);
  const slide = doc.events[0];
  const html = slide.text.headline + slide.text.text;
  assert.doesNotMatch(html, /<script|<img|<a /i);
  assert.match(slide.text.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(slide.text.text, /&lt;img src=x onerror=alert\(2\)&gt;/);
  assert.match(slide.text.headline, /=HYPERLINK\(&quot;http:\/\/evil.example&quot;/);
  assert.match(slide.text.text, /^<p>.*<\/p><p>status: multiple_sources · sources: @outlet, &quot;quoted&quot;<\/p>$/);
});

test('dates keep their precision; escapeHtml covers the five characters', () => {
  assert.deepEqual(timelineDate('2025-12'), { year: 2025, month: 12 });
  assert.deepEqual(timelineDate('2025'), { year: 2025 });
  assert.equal(timelineDate('soon'), null);
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

test('open intervals have no end date', () => {
  const doc = toTimeline([event({ enddate: null, date_granularity: 'open' })]);
  assert.equal(doc.events[0].end_date, undefined);
});
