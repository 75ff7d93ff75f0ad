// Golden tests: whole documents in our own words → the expected record (a projection of the annotation).
// Refresh after an intended change with `npm run golden:update`, then review the diff of the .expected.json files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { ingestString } from '../../src/ingest/index.ts';
import { processInput } from '../../src/app/process.ts';
import { goldenProjection } from './projection.ts';

const DIR = new URL('./cases/', import.meta.url).pathname;
const UPDATE = process.env.UPDATE_GOLDEN === '1';

for (const name of readdirSync(DIR).filter((f) => /\.(md|txt|html)$/.test(f)).sort()) {
  test(`golden: ${name}`, () => {
    const r = ingestString(readFileSync(DIR + name, 'utf8'), name);
    assert.ok(r.ok, 'ingest failed');
    const got = goldenProjection(processInput(r.input));
    const file = DIR + name.replace(/\.\w+$/, '.expected.json');
    if (UPDATE || !existsSync(file)) {
      writeFileSync(file, JSON.stringify(got, null, 2) + '\n');
      if (!UPDATE) assert.fail(`wrote missing ${file}: review it and run again`);
      return;
    }
    assert.deepEqual(got, JSON.parse(readFileSync(file, 'utf8')));
  });
}
