// Inputs → ingested documents: files, folders (recursive, sorted), and "-" for stdin. Problems are results, not throws.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Message } from '../core/types.ts';
import { decodeBytes } from './decode.ts';
import { detectFormat, formatFromExtension, FOLDER_EXTENSIONS, type DetectedFormat } from './detect.ts';
import { ingestHtml } from './html.ts';
import {
  DEFAULT_MAX_HTML_BYTES,
  DEFAULT_MAX_TEXT_BYTES,
  fail,
  formatBytes,
  type IngestOptions,
  type IngestResult,
} from './result.ts';
import { ingestMarkdown, ingestPlainText } from './text.ts';

const FEEDS_LATER = 'unsupported: RSS/Atom feeds come later';

function limitFor(format: DetectedFormat | null, opts: IngestOptions): number {
  const text = opts.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES;
  const html = opts.maxHtmlBytes ?? DEFAULT_MAX_HTML_BYTES;
  if (format === null) return Math.max(text, html);
  return format === 'html' || format === 'feed' ? html : text;
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

/** Ingests already-decoded content of a known or sniffed format. */
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
      return fail(source, 'unsupported', `${source}: ${FEEDS_LATER}`);
    default:
      return ingestPlainText(content, source, opts, warnings);
  }
}

/** Ingests raw bytes (a file's or stdin's): decoding, binary and size checks, format detection. */
export function ingestBytes(
  bytes: Uint8Array,
  source: string,
  opts: IngestOptions = {},
  name: string | null = source,
): IngestResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return fail(source, decoded.code, `${source}: ${decoded.message}`);
  const format = detectFormat(name === '-' ? null : name, decoded.text);
  const limit = limitFor(format, opts);
  if (bytes.length > limit) return tooLarge(source, bytes.length, limit, format);
  return ingestString(decoded.text, source, opts, format, decoded.warnings);
}

function fsProblem(source: string, e: unknown): IngestResult {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return fail(source, 'not-found', `${source}: not found`);
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : ((e as Error)?.message ?? String(e));
  return fail(source, 'unreadable', `${source}: unreadable (${why})`);
}

/** Reads and ingests one file; checks its size before reading it. */
export async function ingestFile(path: string, opts: IngestOptions = {}): Promise<IngestResult> {
  try {
    const st = await stat(path);
    if (!st.isFile()) return fail(path, 'unreadable', `${path}: not a regular file`);
    const format = formatFromExtension(path);
    const limit = limitFor(format, opts);
    if (st.size > limit) return tooLarge(path, st.size, limit, format);
    if (st.size === 0) return fail(path, 'empty', `${path}: empty (0 bytes)`);
    return ingestBytes(await readFile(path), path, opts, path);
  } catch (e) {
    return fsProblem(path, e);
  }
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

/** Ingests standard input (or `opts.stdin`), sniffing its format. */
export async function ingestStdin(opts: IngestOptions = {}): Promise<IngestResult> {
  const limit = limitFor(null, opts);
  try {
    const read = await readStream(opts.stdin ?? process.stdin, limit);
    if ('tooLarge' in read) return tooLarge('-', read.tooLarge, limit, null, true);
    return ingestBytes(read.bytes, '-', opts, null);
  } catch (e) {
    return fail('-', 'unreadable', `-: unreadable (${(e as Error)?.message ?? String(e)})`);
  }
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
    else if (FOLDER_EXTENSIONS.includes(extname(name).toLowerCase())) yield ingestFile(path, opts);
    else
      yield fail(
        path,
        'skipped',
        `${path}: skipped (${extname(name) || basename(name)} is not one of ${FOLDER_EXTENSIONS.join(' ')})`,
      );
  }
}

/**
 * Ingests every input in order: a file (any extension, format sniffed), a folder (recursive, sorted, only
 * .txt/.md/.markdown/.html/.htm/.xhtml, others reported as skipped), or "-" for stdin.
 */
export async function* readInputs(paths: string[], opts: IngestOptions = {}): AsyncGenerator<IngestResult> {
  for (const path of paths) {
    if (path === '-') {
      yield ingestStdin(opts);
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
      yield ingestFile(path, opts);
      continue;
    }
    yield* walkFolder(path, opts, new Set());
  }
}
