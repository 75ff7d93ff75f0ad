// The demo report set: our own follow-up reports on the seed case, as Markdown with YAML front matter.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface DemoReport {
  /** File name, e.g. "01-harbor-wire-first-boat-strike.md". */
  name: string;
  /** The whole file: front matter (title, outlet, published, language, url) and body. */
  content: string;
}

const REPORTS_DIR = fileURLToPath(new URL('./reports/', import.meta.url));

let cached: DemoReport[] | null = null;

/** All demo reports, sorted by file name (which follows publication order). */
export function demoReports(): DemoReport[] {
  cached ??= readdirSync(REPORTS_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => ({ name, content: readFileSync(REPORTS_DIR + name, 'utf8') }));
  return cached.map((r) => ({ ...r }));
}
