import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { demoReports } from '../../src/demo/reports.ts';

const SEED = new URL('../../../shared/seeds/000_8eae6e480a1c01f6.txt', import.meta.url);

test('the demo set has at least 10 reports with complete front matter', () => {
  const reports = demoReports();
  assert.ok(reports.length >= 10, `only ${reports.length}`);
  const languages = new Set<string>();
  for (const r of reports) {
    const { data, content } = matter(r.content);
    for (const key of ['title', 'outlet', 'published', 'language', 'url']) {
      assert.equal(typeof data[key], 'string', `${r.name}: ${key}`);
      assert.ok(data[key].length > 0, `${r.name}: ${key}`);
    }
    assert.match(data.published, /^2025-(09|10|11|12)-\d\dT\d\d:\d\d:\d\dZ$/, r.name);
    assert.match(data.url, /^https:\/\//, r.name);
    assert.ok(content.trim().length > 200, r.name);
    languages.add(data.language);
  }
  assert.ok(languages.has('en') && languages.has('es'));
});

test('the demo set covers the seed case facts', () => {
  const all = demoReports().map((r) => r.content).join('\n');
  for (const needle of ['CIA', 'dock', 'New York Times', 'Monday, December 29', 'MQ-9', 'Cabello', 'blockade', 'seized', 'since early September', 'eastern Pacific']) {
    assert.ok(all.includes(needle), needle);
  }
});

test('no sentence of the seed report is copied into the demo set', { skip: !existsSync(SEED) }, () => {
  const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const shingles = (ws: string[], n: number) => new Set(ws.slice(0, Math.max(0, ws.length - n + 1)).map((_, i) => ws.slice(i, i + n).join(' ')));
  const seed = shingles(words(readFileSync(SEED, 'utf8')), 8);
  for (const r of demoReports()) {
    for (const s of shingles(words(r.content), 8)) assert.ok(!seed.has(s), `${r.name} repeats the seed: "${s}"`);
  }
});
