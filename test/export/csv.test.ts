import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_COLUMNS, csvCell, geoPrecision, toCsv } from '../../src/export/csv.ts';
import { event, hostile, unlocated } from './events-fixture.ts';

/** A small RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

test('header has the ACLED-like columns of the codebook, in order', () => {
  const [header] = parseCsv(toCsv([]));
  assert.deepEqual(header.slice(0, 14), [
    'event_id', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'location',
    'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities',
  ]);
  assert.equal(header.length, CSV_COLUMNS.length);
});

test('one row per event with its values', () => {
  const rows = parseCsv(toCsv([event(), hostile, unlocated]));
  assert.equal(rows.length, 4);
  const r = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
  assert.equal(r.event_id, 'evt_000000000001');
  assert.equal(r.event_date, '2025-10-21');
  assert.equal(r.event_type, 'ASSAULT');
  assert.equal(r.sub_event_type, 'destroy');
  assert.equal(r.actor1, 'United States Armed Forces');
  assert.equal(r.location, 'eastern Pacific');
  assert.equal(r.longitude, '-95.25', 'negative numbers are not treated as formulas');
  assert.equal(r.geo_precision, '3');
  assert.equal(r.source, 'Pacific Dispatch; Atlas News via The Daily Wire');
  assert.equal(r.fatalities, '3');
  const v = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[2][i]]));
  assert.equal(v.country, 'Venezuela');
  assert.equal(v.iso3, 'VEN');
  assert.equal(v.fatalities, '', 'unknown fatalities stay empty, not 0');
  const u = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[3][i]]));
  assert.equal(u.latitude, '');
  assert.equal(u.geo_precision, '');
});

test('RFC 4180: quotes, commas and newlines are quoted; lines end with CRLF', () => {
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
  assert.equal(csvCell(null), '');
  const text = toCsv([hostile]);
  assert.ok(text.endsWith('\r\n'));
  const notes = parseCsv(text)[1][CSV_COLUMNS.indexOf('notes')];
  assert.equal(notes, 'He said "<script>alert(1)</script>", then <img src=x onerror=alert(2)>, <a href="javascript:alert(3)">here</a>');
});

test('cells that a spreadsheet would run as a formula are prefixed with a quote', () => {
  for (const s of ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx']) assert.ok(csvCell(s).replace(/^"/, '').startsWith("'"), s);
  const row = parseCsv(toCsv([hostile]))[1];
  assert.equal(row[CSV_COLUMNS.indexOf('actor1')], `'=HYPERLINK("http://evil.example","click")`);
  assert.equal(row[CSV_COLUMNS.indexOf('source')], `'@outlet, "quoted"`);
  assert.equal(csvCell(-66.9), '-66.9');
});

test('geo precision follows the place kind and radius', () => {
  assert.equal(geoPrecision(hostile.place), 1);
  assert.equal(geoPrecision(event().place), 3);
  assert.equal(geoPrecision(null), null);
});
