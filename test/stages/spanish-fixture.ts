// Runs a Spanish text through the whole pipeline as a dated report of a test outlet.
import assert from 'node:assert/strict';
import { ingestString } from '../../src/ingest/index.ts';
import { processInput } from '../../src/app/process.ts';
import type { Doc } from '../../src/core/types.ts';

export function annotateEs(text: string): Doc {
  const md = `---\ntitle: "Prueba"\noutlet: "Diario de Prueba"\npublished: "2025-12-10T12:00:00Z"\nlanguage: "es"\n---\n\n${text}\n`;
  const r = ingestString(md, 'prueba.md');
  assert.ok(r.ok);
  return processInput(r.input);
}
