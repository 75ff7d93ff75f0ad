// JSON Lines of articles: {title, text|html, url, published, outlet, language?, guid?} per line → one document each.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Message } from '../core/types.ts';
import { extractHtmlText } from './html.ts';
import { buildInput, cleanString, type FoundMeta } from './meta.ts';
import { fail, type IngestOptions, type IngestResult } from './result.ts';

const EXTENSIONS = /\.(?:jsonl|ndjson)$/i;

/** Whether a path names a JSON Lines file (.jsonl, .ndjson). */
export function isJsonLinesPath(path: string): boolean {
  return EXTENSIONS.test(path);
}

/** Content that reads like JSON Lines: the first non-blank line is a JSON object. */
export function looksLikeJsonLines(content: string): boolean {
  const head = content.slice(0, 64 * 1024).trimStart();
  if (!head.startsWith('{')) return false;
  const nl = head.indexOf('\n');
  try {
    const v: unknown = JSON.parse(nl === -1 ? head : head.slice(0, nl));
    return !!v && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : null;
}

/**
 * One line → one result, or null for a blank line. `lineNo` is 1-based; the document's source is
 * "file:line". Per-document overrides (`opts.title`, `opts.url`) do not apply to a batch.
 */
export function ingestJsonLine(
  line: string,
  lineNo: number,
  source: string,
  opts: IngestOptions = {},
  warnings: Message[] = [],
): IngestResult | null {
  const trimmed = line.trim();
  if (!trimmed) return null;
  const src = `${source}:${lineNo}`;
  const bad = (why: string): IngestResult => fail(src, 'bad-line', `${source}: line ${lineNo}: ${why}`);
  let v: unknown;
  try {
    v = JSON.parse(trimmed);
  } catch (e) {
    return bad(`invalid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return bad('not a JSON object');
  const o = v as Record<string, unknown>;
  const text = str(o.text);
  const html = text ? null : str(o.html);
  if (!text && !html) return bad('no "text" or "html" string');
  const given: FoundMeta = {
    title: o.title,
    outlet: o.outlet,
    published: o.published ?? o.date,
    url: o.url,
    language: o.language,
  };
  let body = text ?? '';
  let found = given;
  if (html) {
    const extracted = extractHtmlText(html);
    body = extracted.text;
    // the line's own fields beat what the HTML's meta tags say
    found = { ...extracted.found };
    for (const [k, val] of Object.entries(given)) if (cleanString(val)) found[k as keyof FoundMeta] = val;
  }
  const r = buildInput(
    {
      text: body,
      format: html ? 'html' : 'text',
      source: src,
      found,
      ...(html ? { raw: html } : {}),
      warnings: [...warnings],
    },
    { ...opts, title: null, url: null },
  );
  if (r.ok) r.input.meta.guid = cleanString(o.guid) ?? cleanString(o.id);
  return r;
}

/** Ingests JSON Lines held in memory (stdin, a URL): bad lines are results too, the others still count. */
export function ingestJsonLines(
  content: string,
  source: string,
  opts: IngestOptions = {},
  warnings: Message[] = [],
): IngestResult[] {
  const out: IngestResult[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const r = ingestJsonLine(lines[i], i + 1, source, opts, warnings);
    if (r) out.push(r);
  }
  if (!out.length) out.push(fail(source, 'empty', `${source}: no JSON lines`));
  return out;
}

/** Streams a JSON Lines file line by line (any size; one line in memory at a time). */
export async function* readJsonLinesFile(path: string, opts: IngestOptions = {}): AsyncGenerator<IngestResult> {
  let lineNo = 0;
  let any = false;
  try {
    const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) {
      lineNo++;
      // a BOM on the first line is not part of the JSON
      const r = ingestJsonLine(lineNo === 1 ? line.replace(/^\ufeff/, '') : line, lineNo, path, opts);
      if (r) {
        any = true;
        yield r;
      }
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT') yield fail(path, 'not-found', `${path}: not found`);
    else yield fail(path, 'unreadable', `${path}: unreadable (${(e as Error)?.message ?? String(e)})`);
    return;
  }
  if (!any) yield fail(path, 'empty', `${path}: no JSON lines`);
}
