import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import schema from '../../schema/plover.schema.json' with { type: 'json' };

const BIN = new URL('../../bin/sitrep.js', import.meta.url).pathname;
const FIX = new URL('../fixtures/cli/', import.meta.url).pathname;
let dir = '';
let db = '';

function sitrep(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  db = join(dir, 'db');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('--help works on the program and on every command', () => {
  const r = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  for (const cmd of ['ingest', 'events', 'show', 'export', 'annotate', 'demo', 'resolve']) {
    assert.match(r.stdout, new RegExp(`\\b${cmd}\\b`));
    const c = spawnSync(process.execPath, [BIN, cmd, '--help'], { encoding: 'utf8' });
    assert.equal(c.status, 0, cmd);
    assert.match(c.stdout, /Usage: sitrep/);
  }
});

test('ingest stores reports, re-ingest changes nothing, bad files are reported and store nothing', () => {
  const first = sitrep('--json', 'ingest', join(FIX, 'boat-strike.md'), join(FIX, 'boat-strike-2.txt'), '--published', '2025-10-04');
  assert.equal(first.code, 0, first.err);
  const s1 = JSON.parse(first.out);
  assert.equal(s1.stored, 2);
  const events1 = sitrep('--json', 'events').out;
  const export1 = sitrep('export', '--format', 'plover').out;

  const again = JSON.parse(sitrep('--json', 'ingest', join(FIX, 'boat-strike.md'), join(FIX, 'boat-strike-2.txt'), '--published', '2025-10-04').out);
  assert.equal(again.stored, 0);
  assert.equal(again.duplicate, 2);
  assert.equal(sitrep('--json', 'events').out, events1, 'events unchanged by a re-ingest');
  assert.equal(sitrep('export', '--format', 'plover').out, export1, 'export unchanged by a re-ingest');

  const bad = sitrep('ingest', join(FIX, 'empty.txt'));
  assert.equal(bad.code, 1);
  assert.match(bad.err, /empty/);
  const missing = sitrep('ingest', join(dir, 'nope.txt'));
  assert.match(missing.err, /not found/);
  const bin = join(dir, 'blob.txt');
  writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0, 255, 0, 7, 0, 0]));
  assert.match(sitrep('ingest', bin).err, /binary/);
  assert.equal(sitrep('--json', 'events').out, events1, 'bad input leaves the record as it was');

  // Broken HTML still yields its text, escaped of script content.
  const html = sitrep('--json', 'ingest', join(FIX, 'broken.html'));
  assert.equal(html.code, 0, html.err);
});

test('events table and show dossier', () => {
  const table = sitrep('events');
  assert.equal(table.code, 0, table.err);
  assert.match(table.out, /ASSAULT/);
  const events = JSON.parse(sitrep('--json', 'events').out) as { id: string; event: string }[];
  const strike = events.find((e) => e.event === 'ASSAULT')!;
  const show = sitrep('show', strike.id.slice(0, 8));
  assert.equal(show.code, 0, show.err);
  assert.match(show.out, new RegExp(strike.id));
  assert.match(show.out, /Claims/);
  assert.match(show.out, /killed/);
  assert.equal(sitrep('show', 'evt_nonexistent').code, 1);
  assert.equal(sitrep('events', '--since', 'yesterday').code, 2);
  assert.equal(sitrep('events', '--category', 'PUNCH').code, 2);
});

test('resolve: nothing to do after an ingest; --full re-resolves every document and keeps the same events', () => {
  const before = sitrep('--json', 'events').out;
  const idle = sitrep('resolve');
  assert.equal(idle.code, 0, idle.err);
  assert.match(idle.out, /up to date/);
  const full = sitrep('--json', 'resolve', '--full');
  assert.equal(full.code, 0, full.err);
  const run = JSON.parse(full.out) as { ran: boolean; result: { scope: string; created: string[]; removed: string[]; read: number } };
  assert.deepEqual([run.ran, run.result.scope, run.result.created, run.result.removed], [true, 'all', [], []]);
  assert.ok(run.result.read >= 2);
  assert.equal(sitrep('--json', 'events').out, before, 'a full resolution of the same documents changes nothing');
});

test('plover export validates against the schema in the repo', () => {
  const lines = sitrep('export', '--format', 'plover').out.trim().split('\n');
  assert.match(lines[0], /"schema":"sitrep\.plover\/1"/);
  const validate = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false }).compile(schema);
  for (const l of lines.slice(1)) assert.ok(validate(JSON.parse(l)), JSON.stringify(validate.errors));
  assert.ok(lines.length > 1);
  const json = JSON.parse(sitrep('export', '--format', 'json').out);
  assert.ok(Array.isArray(json.events));
});

test('annotate prints layers and stores nothing; --jsonl keeps ids and order', () => {
  const r = sitrep('annotate', join(FIX, 'boat-strike-2.txt'), '--published', '2025-10-04');
  assert.equal(r.code, 0, r.err);
  const a = JSON.parse(r.out);
  for (const layer of ['sentences', 'entities', 'times', 'places', 'quotes', 'mentions', 'claims']) assert.ok(Array.isArray(a.layers[layer]), layer);
  assert.equal(a.doc.published, '2025-10-04');
  const input = join(dir, 'batch.jsonl');
  writeFileSync(input, [
    JSON.stringify({ id: 'a1', text: 'Troops were deployed to the border on Monday.', published: '2025-11-05' }),
    'not json',
    JSON.stringify({ id: 'a2', text: 'The minister condemned the raid.' }),
  ].join('\n'));
  const lines = sitrep('annotate', '--jsonl', input).out.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.doc?.id ?? l.error?.code), ['a1', 'bad-json', 'a2']);
});

test('eval: the case set runs on our own data; tasks needing ../shared skip cleanly without it; unknown tasks are refused', () => {
  const cases = sitrep('--json', 'eval', 'cases');
  assert.equal(cases.code, 0, cases.err);
  const [c] = JSON.parse(cases.out);
  assert.equal(c.task, 'cases');
  assert.ok(c.result.coref.conll > 0.9, `case-set CoNLL ${c.result.coref.conll}`);
  const missing = sitrep('eval', 'ecb', '--data', join(dir, 'no-such-folder'));
  assert.equal(missing.code, 0, missing.err);
  assert.match(missing.out, /ecb: skipped \(data folder .* not found/);
  const unknown = sitrep('eval', 'nonsense');
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown eval task "nonsense".*ecb/);
});
