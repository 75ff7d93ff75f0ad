// eval/RESULTS.md: each task owns one "## Section"; writing one replaces only that section.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const HEADER = '# Evaluation results\n\nMeasured with `sitrep eval <task> --write` through the same code path as `sitrep annotate` (`processInput`).\nData: ../shared/data (see its README for formats and sources); our own sets under eval/.\n';

/** Replaces (or appends) the section titled `title` in a markdown text; other sections stay as they are. */
export function replaceSection(md: string, title: string, body: string): string {
  const block = `## ${title}\n\n${body.trim()}\n`;
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${title}`);
  if (start < 0) return `${md.replace(/\s*$/, '')}\n\n${block}`;
  let end = start + 1;
  while (end < lines.length && !/^## /.test(lines[end])) end++;
  const before = lines.slice(0, start).join('\n').replace(/\s*$/, '');
  const after = lines.slice(end).join('\n').replace(/^\s*/, '');
  return `${before}\n\n${block}${after ? `\n${after}` : ''}`.replace(/^\n+/, '');
}

/** Writes a section into the results file, creating it with a header when absent. */
export function writeSection(path: string, title: string, body: string): void {
  const md = existsSync(path) ? readFileSync(path, 'utf8') : HEADER;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, replaceSection(md, title, body).replace(/\n*$/, '\n'));
}
