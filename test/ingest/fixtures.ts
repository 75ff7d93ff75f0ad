// Shared by the ingest tests: a fixed ingestion time, our fixture files, and unwrapping an expected success.
import { readFileSync } from 'node:fs';
import type { IngestOptions, IngestResult } from '../../src/ingest/result.ts';

export const NOW: IngestOptions = { now: new Date('2026-01-01T00:00:00Z') };

export const fixture = (name: string): string => readFileSync('test/fixtures/ingest/' + name, 'utf8');

export function ok(r: IngestResult) {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r.input;
}
