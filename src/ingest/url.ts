// Web pages and feeds by URL: fetch with a timeout, a streamed size limit and counted redirects, then decode and ingest.
import { decodeDocument, charsetFromContentType } from './charset.ts';
import { detectFormat, type DetectedFormat } from './detect.ts';
import { ingestFeed } from './feed.ts';
import { ingestHtml } from './html.ts';
import { ingestJsonLines } from './jsonl.ts';
import { fail, formatBytes, type IngestOptions, type IngestResult } from './result.ts';
import { ingestMarkdown, ingestPlainText } from './text.ts';

export interface FetchOptions {
  /** Whole request, body included (default 15 s). */
  timeoutMs?: number;
  /** Body size limit after decompression (default 10 MB). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  userAgent?: string;
  /** Extra request headers (If-None-Match, If-Modified-Since for conditional GETs). */
  headers?: Record<string, string>;
  /** The fetch to use (default the global one); tests may inject. */
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_USER_AGENT = 'sitrep/0.1 (+https://github.com/sitrep; news event extraction)';

export type FetchErrorCode = 'fetch-failed' | 'http-error' | 'too-large' | 'timeout';

export interface Fetched {
  ok: true;
  /** The URL asked for, and where the redirects ended. */
  url: string;
  finalUrl: string;
  status: number;
  redirects: number;
  /** 304: the caller's ETag / Last-Modified still holds; `bytes` is empty. */
  notModified: boolean;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  bytes: Uint8Array;
}

export type FetchResult = Fetched | { ok: false; url: string; code: FetchErrorCode; message: string };

const REDIRECT = new Set([301, 302, 303, 307, 308]);
const URL_PATTERN = /^https?:\/\//i;

/** Whether an input names an http(s) URL. */
export function isHttpUrl(s: string): boolean {
  return URL_PATTERN.test(s);
}

function causeOf(e: unknown): string {
  const err = e as { message?: string; cause?: { code?: string; message?: string } };
  const code = err?.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `host not found (${code})`;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
  return err?.cause?.message ?? err?.message ?? String(e);
}

/** Reads a body, giving up as soon as it passes `limit` bytes. */
async function readLimited(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** GETs a URL: manual redirects (counted), a timeout over the whole exchange, a size limit while streaming. */
export async function fetchUrl(url: string, o: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = o.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = o.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const doFetch = o.fetch ?? fetch;
  const problem = (code: FetchErrorCode, message: string): FetchResult => ({ ok: false, url, code, message });
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  let current = url;
  let redirects = 0;
  try {
    for (;;) {
      let res: Response;
      try {
        res = await doFetch(current, {
          redirect: 'manual',
          signal: controller.signal,
          headers: {
            'user-agent': o.userAgent ?? DEFAULT_USER_AGENT,
            accept:
              'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/*;q=0.8',
            ...o.headers,
          },
        });
      } catch (e) {
        if (timedOut) return problem('timeout', `${url}: timed out after ${timeoutMs} ms`);
        return problem('fetch-failed', `${url}: fetch failed (${causeOf(e)})`);
      }
      if (REDIRECT.has(res.status)) {
        await res.body?.cancel().catch(() => {});
        const location = res.headers.get('location');
        if (!location) return problem('http-error', `${url}: HTTP ${res.status} redirect without a Location`);
        if (++redirects > maxRedirects)
          return problem('fetch-failed', `${url}: too many redirects (more than ${maxRedirects})`);
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          return problem('fetch-failed', `${url}: redirect to an invalid URL (${location})`);
        }
        if (!isHttpUrl(next.href)) return problem('fetch-failed', `${url}: redirect to a non-http URL (${next.href})`);
        current = next.href;
        continue;
      }
      const base = {
        ok: true as const,
        url,
        finalUrl: current,
        status: res.status,
        redirects,
        contentType: res.headers.get('content-type'),
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
      };
      if (res.status === 304) {
        await res.body?.cancel().catch(() => {});
        return { ...base, notModified: true, bytes: new Uint8Array(0) };
      }
      if (res.status >= 400 || res.status < 200) {
        await res.body?.cancel().catch(() => {});
        return problem('http-error', `${url}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      }
      const declared = Number(res.headers.get('content-length'));
      if (declared > maxBytes) {
        await res.body?.cancel().catch(() => {});
        return problem('too-large', `${url}: too large (${formatBytes(declared)}, limit ${formatBytes(maxBytes)})`);
      }
      let bytes: Uint8Array | null;
      try {
        bytes = res.body ? await readLimited(res.body, maxBytes) : new Uint8Array(0);
      } catch (e) {
        if (timedOut) return problem('timeout', `${url}: timed out after ${timeoutMs} ms (while reading the body)`);
        return problem('fetch-failed', `${url}: fetch failed while reading the body (${causeOf(e)})`);
      }
      if (!bytes) return problem('too-large', `${url}: too large (more than ${formatBytes(maxBytes)})`);
      return { ...base, notModified: false, bytes };
    }
  } finally {
    clearTimeout(timer);
  }
}

type Kind = DetectedFormat | 'jsonl' | 'sniff' | null;

/** What a Content-Type promises: a format, 'sniff' (look at the bytes), or null (not text: refused). */
function kindOfContentType(contentType: string | null): Kind {
  const mime = contentType?.split(';')[0].trim().toLowerCase() ?? '';
  if (!mime || mime === 'application/octet-stream' || mime === 'binary/octet-stream') return 'sniff';
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (/^(?:application|text)\/(?:(?:rss|atom|rdf)\+)?xml$/.test(mime)) return 'feed';
  if (mime === 'text/markdown' || mime === 'text/x-markdown') return 'markdown';
  if (mime === 'application/x-ndjson' || mime === 'application/jsonl' || mime === 'application/x-jsonlines')
    return 'jsonl';
  if (mime.startsWith('text/')) return 'sniff';
  return null;
}

/** Turns a fetched body into documents: content type, then charset, then the reader for the format. */
export function ingestFetched(f: Fetched, opts: IngestOptions = {}): IngestResult[] {
  const source = f.url;
  const kind = kindOfContentType(f.contentType);
  if (kind === null) return [fail(source, 'unsupported', `${source}: unsupported content type ${f.contentType}`)];
  const decoded = decodeDocument(f.bytes, charsetFromContentType(f.contentType));
  if (!decoded.ok) return [fail(source, decoded.code, `${source}: ${decoded.message}`)];
  const { text, warnings } = decoded;
  if (!text.trim()) return [fail(source, 'empty', `${source}: empty response`)];
  let format: DetectedFormat | 'jsonl' = kind === 'sniff' ? detectFormat(new URL(f.finalUrl).pathname, text) : kind;
  // servers label feeds text/html and pages text/xml: unmistakable content wins
  const sniffed = detectFormat(null, text);
  if ((format === 'html' && sniffed === 'feed') || (format === 'feed' && sniffed === 'html')) format = sniffed;
  const pageOpts: IngestOptions = { ...opts, url: opts.url || f.finalUrl };
  switch (format) {
    case 'feed':
      return ingestFeed(text, source, opts, warnings);
    case 'jsonl':
      return ingestJsonLines(text, source, opts, warnings);
    case 'html':
      return [ingestHtml(text, source, pageOpts, warnings)];
    case 'markdown':
      return [ingestMarkdown(text, source, pageOpts, warnings)];
    default:
      return [ingestPlainText(text, source, pageOpts, warnings)];
  }
}

/** Fetches and ingests a URL: a page gives one result, a feed one per item. Never throws. */
export async function ingestUrl(url: string, opts: IngestOptions = {}): Promise<IngestResult[]> {
  const f = await fetchUrl(url, opts.fetch);
  if (!f.ok) return [fail(url, f.code, f.message)];
  return ingestFetched(f, opts);
}
