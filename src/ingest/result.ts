// What ingest returns: a document ready for the pipeline, or a clear problem (never a throw).
import type { DocMeta, Message } from '../core/types.ts';
import type { FetchOptions } from './url.ts';

export type InputFormat = 'text' | 'markdown' | 'html' | 'feed';

/** One ingested input: metadata, plain text for the pipeline, the original markup, and non-fatal warnings. */
export interface IngestedInput {
  meta: DocMeta;
  text: string;
  /** Original markup (HTML) when the text was extracted from it. */
  raw?: string;
  /** Non-fatal problems (unparseable date, fallback decoding): push them onto `doc.messages`. */
  warnings: Message[];
}

/** Codes of `ok:false` results. */
export type IngestErrorCode =
  | 'not-found' | 'unreadable' | 'empty' | 'binary' | 'too-large' | 'no-text' | 'unsupported' | 'skipped'
  | 'bad-feed' | 'bad-line' | 'fetch-failed' | 'http-error' | 'timeout';

export type IngestResult =
  { ok: true; input: IngestedInput } | { ok: false; source: string; code: IngestErrorCode; message: string };

export interface IngestOptions {
  /** Overrides: beat whatever the input's metadata says. */
  published?: string | null;
  outlet?: string | null;
  url?: string | null;
  language?: string | null;
  title?: string | null;
  /** Size limit for text/Markdown inputs in bytes (default 20 MB). */
  maxTextBytes?: number;
  /** Size limit for HTML inputs in bytes (default 50 MB). */
  maxHtmlBytes?: number;
  /** Ingestion time for `meta.ingestedAt` (default: now); fixed in tests. */
  now?: Date;
  /** Limits for inputs given as http(s) URLs (timeout, size, redirects, user agent). */
  fetch?: FetchOptions;
  /** Stream read for the path "-" (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

export const DEFAULT_MAX_TEXT_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_HTML_BYTES = 50 * 1024 * 1024;

export function fail(source: string, code: IngestErrorCode, message: string): IngestResult {
  return { ok: false, source, code, message };
}

/** Human size: "20.0 MB", "512 B". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
