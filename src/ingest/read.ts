// Inputs → ingested documents: files, folders (recursive, sorted), feeds, JSON Lines, URLs, and "-" for stdin.
// Problems are results, not throws.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Message } from '../core/types.ts';
import { decodeDocument } from './charset.ts';
import { detectFormat, formatFromExtension, FOLDER_EXTENSIONS, type DetectedFormat } from './detect.ts';
import { ingestFeed } from './feed.ts';
import { ingestHtml } from './html.ts';
import { ingestJsonLines, isJsonLinesPath, readJsonLinesFile } from './jsonl.ts';
import {
  DEFAULT_MAX_HTML_BYTES,
  DEFAULT_MAX_TEXT_BYTES,
  fail,
  formatBytes,
  type IngestOptions,
  type IngestResult,
} from './result.ts';
import { ingestMarkdown, ingestPlainText } from './text.ts';
import { ingestUrl, isHttpUrl } from './url.ts';

function limitFor(format: DetectedFormat | null, opts: IngestOptions): number {
  const text = opts.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES;
  const html = opts.maxHtmlBytes ?? DEFAULT_MAX_HTML_BYTES;
  if (format === null) return Math.max(text, html);
  return format === 'html' || format === 'feed' || format === 'jsonl' ? html : text;
}

function tooLarge(
  source: string,
  size: number,
  limit: number,
  format: DetectedFormat | null,
  atLeast = false,
): IngestResult {
  const what = format ?? 'input';
  return fail(
    source,
    'too-large',
    `${source}: too large (${atLeast ? 'more than ' : ''}${formatBytes(size)}, limit ${formatBytes(limit)} for ${what})`,
  );
}

/** The one result of a single-document call; a feed or JSON Lines with several documents is refused. */
function single(results: IngestResult[], source: string): IngestResult {
  if (results.length === 1) return results[0];
  return fail(source, 'unsupported', `${source}: holds ${results.length} documents (a feed or JSON Lines): read it with readInputs`);
}

/** Ingests already-decoded content: one result per document (a feed item, a JSON line, or the whole input). */
export function ingestStringAll(
  content: string,
  source: string,
  opts: IngestOptions = {},
  format: DetectedFormat = detectFormat(source === '-' ? null : source, content),
  warnings: Message[] = [],
): IngestResult[] {
  if (format === 'feed' && content.trim()) return ingestFeed(content, source, opts, warnings);
  if (format === 'jsonl' && content.trim()) return ingestJsonLines(content, source, opts, warnings);
  return [ingestString(content, source, opts, format, warnings)];
}

/** Ingests already-decoded content of a known or sniffed format (one document; see ingestStringAll). */
export function ingestString(
  content: string,
  source: string,
  opts: IngestOptions = {},
  format: DetectedFormat = detectFormat(source === '-' ? null : source, content),
  warnings: Message[] = [],
): IngestResult {
  if (!content.trim()) return fail(source, 'empty', `${source}: empty (only whitespace)`);
  switch (format) {
    case 'html':
      return ingestHtml(content, source, opts, warnings);
    case 'markdown':
      return ingestMarkdown(content, source, opts, warnings);
    case 'feed':
    case 'jsonl':
      return single(ingestStringAll(content, source, opts, format, warnings), source);
    default:
      return ingestPlainText(content, source, opts, warnings);
  }
}

/** Ingests raw bytes (a file's or stdin's): charset, binary and size checks, format detection; one result per document. */
export function ingestBytesAll(
  bytes: Uint8Array,
  source: string,
  opts: IngestOptions = {},
  name: string | null = source,
): IngestResult[] {
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) return [fail(source, decoded.code, `${source}: ${decoded.message}`)];
  const format = detectFormat(name === '-' ? null : name, decoded.text);
  const limit = limitFor(format, opts);
  if (bytes.length > limit) return [tooLarge(source, bytes.length, limit, format)];
  return ingestStringAll(decoded.text, source, opts, format, decoded.warnings);
}

/** Ingests raw bytes as one document (see ingestBytesAll for feeds and JSON Lines). */
export function ingestBytes(
  bytes: Uint8Array,
  source: string,
  opts: IngestOptions = {},
  name: string | null = source,
): IngestResult {
  return single(ingestBytesAll(bytes, source, opts, name), source);
}

function fsProblem(source: string, e: unknown): IngestResult {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return fail(source, 'not-found', `${source}: not found`);
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : ((e as Error)?.message ?? String(e));
  return fail(source, 'unreadable', `${source}: unreadable (${why})`);
}

/** Reads and ingests one file, one result per document; checks its size before reading it. */
export async function ingestFileAll(path: string, opts: IngestOptions = {}): Promise<IngestResult[]> {
  try {
    const st = await stat(path);
    if (!st.isFile()) return [fail(path, 'unreadable', `${path}: not a regular file`)];
    const format = formatFromExtension(path);
    const limit = limitFor(format, opts);
    if (st.size > limit) return [tooLarge(path, st.size, limit, format)];
    if (st.size === 0) return [fail(path, 'empty', `${path}: empty (0 bytes)`)];
    return ingestBytesAll(await readFile(path), path, opts, path);
  } catch (e) {
    return [fsProblem(path, e)];
  }
}

/** Reads and ingests one file as one document (see ingestFileAll for feeds and JSON Lines). */
export async function ingestFile(path: string, opts: IngestOptions = {}): Promise<IngestResult> {
  return single(await ingestFileAll(path, opts), path);
}

/** Every document of one file: JSON Lines files are streamed (any size), others read whole. */
async function* fileResults(path: string, opts: IngestOptions): AsyncGenerator<IngestResult> {
  if (isJsonLinesPath(path)) yield* readJsonLinesFile(path, opts);
  else yield* await ingestFileAll(path, opts);
}

/** Reads a whole stream, giving up once it passes `limit` bytes. */
export async function readStream(
  stream: NodeJS.ReadableStream,
  limit: number,
): Promise<{ bytes: Uint8Array } | { tooLarge: number }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += buf.length;
    if (total > limit) return { tooLarge: total };
    chunks.push(buf);
  }
  return { bytes: Buffer.concat(chunks) };
}

/** Ingests standard input (or `opts.stdin`), sniffing its format; one result per document. */
export async function ingestStdinAll(opts: IngestOptions = {}): Promise<IngestResult[]> {
  const limit = limitFor(null, opts);
  try {
    const read = await readStream(opts.stdin ?? process.stdin, limit);
    if ('tooLarge' in read) return [tooLarge('-', read.tooLarge, limit, null, true)];
    return ingestBytesAll(read.bytes, '-', opts, null);
  } catch (e) {
    return [fail('-', 'unreadable', `-: unreadable (${(e as Error)?.message ?? String(e)})`)];
  }
}

/** Ingests standard input as one document (see ingestStdinAll). */
export async function ingestStdin(opts: IngestOptions = {}): Promise<IngestResult> {
  return single(await ingestStdinAll(opts), '-');
}

/** Files under a folder, recursively, sorted; dotfiles and node_modules skipped. */
async function* walkFolder(dir: string, opts: IngestOptions, seen: Set<string>): AsyncGenerator<IngestResult> {
  let entries: string[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    entries = (await readdir(dir)).filter((n) => !n.startsWith('.') && n !== 'node_modules').sort();
  } catch (e) {
    yield fsProblem(dir, e);
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    let st;
    try {
      st = await stat(path);
    } catch (e) {
      yield fsProblem(path, e);
      continue;
    }
    if (st.isDirectory()) yield* walkFolder(path, opts, seen);
    else if (!st.isFile()) continue;
    else if (FOLDER_EXTENSIONS.includes(extname(name).toLowerCase())) yield* fileResults(path, opts);
    else
      yield fail(
        path,
        'skipped',
        `${path}: skipped (${extname(name) || basename(name)} is not one of ${FOLDER_EXTENSIONS.join(' ')})`,
      );
  }
}

/**
 * Ingests every input in order, one result per document: a file (any extension, format sniffed; a feed
 * gives one per item, JSON Lines one per line), a folder (recursive, sorted, only FOLDER_EXTENSIONS, others
 * reported as skipped), an http(s) URL (a page or a feed), or "-" for stdin.
 */
export async function* readInputs(paths: string[], opts: IngestOptions = {}): AsyncGenerator<IngestResult> {
  for (const path of paths) {
    if (path === '-') {
      yield* await ingestStdinAll(opts);
      continue;
    }
    if (isHttpUrl(path)) {
      yield* await ingestUrl(path, opts);
      continue;
    }
    let st;
    try {
      st = await stat(path);
    } catch (e) {
      yield fsProblem(path, e);
      continue;
    }
    if (!st.isDirectory()) {
      yield* fileResults(path, opts);
      continue;
    }
    yield* walkFolder(path, opts, new Set());
  }
}
