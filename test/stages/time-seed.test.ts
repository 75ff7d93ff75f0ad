import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractTimes } from '../../src/stages/time.ts';

// The seed report lives outside the repo (../shared/seeds); it is read, never copied.
const seedPath = fileURLToPath(new URL('../../../shared/seeds/000_8eae6e480a1c01f6.txt', import.meta.url));

test('seed report: times resolve against publication 2025-12-30', { skip: !existsSync(seedPath) }, () => {
  const text = readFileSync(seedPath, 'utf8');
  const times = extractTimes(text, '2025-12-30', 'en');
  const by = (re: RegExp) => {
    const t = times.find((x) => re.test(x.text));
    assert.ok(t, `no time matching ${re} in ${JSON.stringify(times.map((x) => x.text))}`);
    assert.equal(text.slice(t.start, t.end), t.text);
    return t;
  };
  const lastWeek = by(/^last week$/);
  assert.equal(lastWeek.value, '2025-W52');
  assert.deepEqual(lastWeek.interval, { start: '2025-12-22', end: '2025-12-28', granularity: 'week' });

  const monday = by(/^Monday$/);
  assert.equal(monday.value, '2025-12-29');
  assert.deepEqual(monday.interval, { start: '2025-12-29', end: '2025-12-29', granularity: 'day' });

  const several = by(/several weeks/);
  assert.equal(several.type, 'DURATION');
  assert.equal(several.value, 'PXW');
  assert.equal(several.interval?.end, '2025-12-30');

  const midYear = by(/mid-year/i);
  assert.deepEqual(midYear.interval, { start: '2025-07-01', end: null, granularity: 'open' });

  const recent = by(/recent weeks/);
  assert.equal(recent.interval?.end, '2025-12-30');
  assert.equal(recent.interval?.granularity, 'open');

  // "MQ-9", "thirty boats", "100" are not times.
  assert.ok(!times.some((t) => /MQ|thirty|100/.test(t.text)));
});

test('seed report without publication: nothing is resolved against the clock', { skip: !existsSync(seedPath) }, () => {
  const times = extractTimes(readFileSync(seedPath, 'utf8'), null, 'en');
  assert.ok(times.length >= 5);
  for (const t of times) assert.ok(t.interval === null, `${t.text} resolved without a reference`);
});
