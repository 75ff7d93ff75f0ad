// Named bad inputs through the files API and the CLI: each gets a clear message, stores nothing bad, loses nothing stored before.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFileAll } from '../../src/ingest/index.ts';
import { ingestOne } from '../../src/app/ingest.ts';
import { openStore } from '../../src/store/index.ts';

const BIN = new URL('../../bin/sitrep.js', import.meta.url).pathname;
const REPORT = 'The coast guard said a navy drone struck a fishing boat off Port Elin on Monday, killing 3 crew members.\n';
let dir = '';
const files: Record<string, string> = {};

function write(name: string, content: string | Uint8Array): void {
  files[name] = join(dir, name);
  writeFileSync(files[name], content);
}

/** A file of `bytes` bytes of report text, written in 1 MB chunks (the 50 MB case). */
function writeLarge(name: string, bytes: number, head = ''): void {
  files[name] = join(dir, name);
  const fd = openSync(files[name], 'w');
  const chunk = Buffer.from(REPORT.repeat(Math.ceil((1 << 20) / REPORT.length)).slice(0, 1 << 20));
  writeSync(fd, head);
  for (let left = bytes - head.length; left > 0; left -= chunk.length) writeSync(fd, chunk, 0, Math.min(left, chunk.length));
  closeSync(fd);
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-bad-'));
  write('good.txt', REPORT);
  write('empty.txt', '');
  write('blank.md', '  \n\t\n');
  write('binary.txt', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  write('invalid-utf8.txt', Buffer.concat([Buffer.from('Militia fighters seized a convoy near Varo on Tuesday. '), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0]), Buffer.from(' Two drivers were detained.\n')]));
  write('mixed-encodings.txt', Buffer.concat([Buffer.from('Officials in São Tomé said the port was closed. '), Buffer.from('El ministro habló en la reunión de ', 'latin1'), Buffer.from('Caracas on Friday.\n', 'latin1')]));
  write('broken.html', '<html><head><title>Port attack</title><body><div><p>Rebels attacked the port of Elin on Sunday <script>x(</script><p>unclosed <i>tags <b><table><tr><td>cell</div></span>');
  write('broken.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Strike</title><description>The navy struck');
  write('wrong-root.xml', '<?xml version="1.0"?><catalog><book>Not a feed</book></catalog>');
  write('absurd-dates.md', '---\ntitle: Absurd dates\npublished: 99999-01-01\n---\nThe army shelled a village near Varo on 31 February 2025 and again on 2025-13-45, residents said.\n');
  write('huge-numbers.txt', 'The ministry claimed that the strike killed 10^40 people, and later 1e308 people, while a rival count said 99999999999999999999999999 people were killed on Monday.\n');
  write('nul.jsonl', JSON.stringify({ text: 'Troops detained\u0000 two fishermen near Port Elin on Monday, officials said.', published: '2025-11-03' }) + '\n');
  writeLarge('huge-50mb.txt', 50 * 1024 * 1024);
  writeLarge('huge-50mb.html', 50 * 1024 * 1024 + 1, '<html><body><p>');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('each bad input gets a clear message; nothing from it is stored and nothing stored before is lost', async () => {
  const store = await openStore({ dbPath: 'memory://' });
  try {
    const [good] = await ingestFileAll(files['good.txt']);
    assert.ok(good.ok);
    assert.equal((await ingestOne(store, good)).status, 'stored');
    const kept = await store.getDocument(good.input.meta.id);

    const expect: Record<string, { status: string; code?: string; message: RegExp }> = {
      'empty.txt': { status: 'rejected', code: 'empty', message: /empty/ },
      'blank.md': { status: 'rejected', code: 'empty', message: /empty/ },
      'binary.txt': { status: 'rejected', code: 'binary', message: /binary/i },
      'huge-50mb.txt': { status: 'rejected', code: 'too-large', message: /too large \(50\.0 MB, limit 20\.0 MB/ },
      'huge-50mb.html': { status: 'rejected', code: 'too-large', message: /too large .*limit 50\.0 MB/ },
      'broken.xml': { status: 'rejected', code: 'bad-feed', message: /broken\.xml: / },
      'wrong-root.xml': { status: 'rejected', message: /wrong-root\.xml/ },
      'nul.jsonl': { status: 'rejected', code: 'bad-text', message: /NUL character/ },
    };
    for (const [name, want] of Object.entries(expect)) {
      const before = await store.counts();
      const outcomes = [];
      for (const r of await ingestFileAll(files[name])) outcomes.push(await ingestOne(store, r));
      assert.equal(outcomes.length, 1, name);
      const [o] = outcomes;
      assert.equal(o.status, want.status, `${name}: ${o.message}`);
      if (want.code) assert.equal(o.code, want.code, name);
      assert.match(o.message ?? '', want.message, name);
      assert.equal((await store.counts()).documents, before.documents, `${name} stored nothing`);
      assert.equal((await store.ingestLog({ limit: 1 }))[0].status, 'rejected', `${name} is in the ingest log`);
    }

    // odd but usable: stored, with the problem noted on the document
    const warned: Record<string, RegExp> = {
      'invalid-utf8.txt': /decod|UTF-8|charset|encoding/i,
      'mixed-encodings.txt': /decod|UTF-8|charset|encoding/i,
      'absurd-dates.md': /implausible year|unparseable|no such/i,
    };
    for (const [name, warning] of Object.entries(warned)) {
      const [r] = await ingestFileAll(files[name]);
      assert.ok(r.ok, name);
      const o = await ingestOne(store, r);
      assert.equal(o.status, 'stored', name);
      assert.match((o.warnings ?? []).join(' '), warning, name);
    }
    for (const name of ['broken.html', 'huge-numbers.txt']) {
      const [r] = await ingestFileAll(files[name]);
      assert.ok(r.ok, name);
      assert.equal((await ingestOne(store, r)).status, 'stored', name);
    }
    const [huge] = await ingestFileAll(files['huge-numbers.txt']);
    const doc = await store.getDocument(huge.ok ? huge.input.meta.id : '');
    for (const m of doc?.layers.mentions ?? []) {
      for (const q of Object.values(m.quantities)) if (q) assert.ok(Number.isFinite(q.value), `finite: ${q.text} → ${q.value}`);
    }
    assert.deepEqual(await store.getDocument(good.input.meta.id), kept, 'the first document is intact');
  } finally {
    await store.close();
  }
});

test('the CLI reports every bad file on stderr, stores the good ones, and keeps what was there', () => {
  const db = join(dir, 'db');
  const run = (...args: string[]) => spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
  const first = run('--json', 'ingest', files['good.txt']);
  assert.equal(first.status, 0, first.stderr);
  assert.equal(JSON.parse(first.stdout).stored, 1);
  const bad = ['empty.txt', 'binary.txt', 'huge-50mb.txt', 'huge-50mb.html', 'broken.xml', 'nul.jsonl', 'absurd-dates.md', 'huge-numbers.txt'].map((n) => files[n]);
  const r = run('--json', 'ingest', ...bad, join(dir, 'missing.txt'), files['good.txt']);
  assert.equal(r.status, 0, 'some inputs were stored');
  const summary = JSON.parse(r.stdout);
  assert.deepEqual([summary.stored, summary.rejected, summary.duplicate], [2, 7, 1], 'the first document is still there');
  for (const o of summary.outcomes.filter((x: { status: string }) => x.status === 'rejected')) {
    assert.ok(o.message && o.code, `clear message for ${o.source}`);
  }
});
