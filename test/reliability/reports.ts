// A folder of small generated reports (own wording, distinct texts) for the crash and worker tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const places = ['Port Elin', 'the Varo strait', 'Cape Morrow', 'the northern docks', 'Isla Tern'];
const actors = ['The navy', 'Coast guard officials', 'The defence ministry', 'A regional governor', 'Local fishermen'];

/** The text of report `i`: a dateline-free paragraph about one invented incident. */
export function reportText(i: number): string {
  const day = 1 + (i % 28);
  const place = places[i % places.length];
  return (
    `${actors[i % actors.length]} said a drone struck a small boat near ${place} on November ${day}, 2025, killing ${1 + (i % 6)} people. ` +
    `Incident log ${i}: the crew had left the harbour before dawn. Witnesses reported a second blast an hour later, according to residents.\n`
  );
}

/** Writes `n` reports as r0000.txt … into `dir`; returns their paths. */
export function writeReports(dir: string, n: number): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: n }, (_, i) => {
    const path = join(dir, `r${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, reportText(i));
    return path;
  });
}
