// Which reader an input needs: by file extension, overruled by unmistakable content (a feed, a full HTML page).
import { extname } from 'node:path';
import { looksLikeJsonLines } from './jsonl.ts';
import type { InputFormat } from './result.ts';

export type DetectedFormat = InputFormat | 'feed' | 'jsonl';

const BY_EXTENSION: Record<string, DetectedFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** Extensions read when walking a folder. */
export const FOLDER_EXTENSIONS = [
  '.txt', '.md', '.markdown', '.html', '.htm', '.xhtml', '.rss', '.atom', '.xml', '.jsonl', '.ndjson',
];

const FEED_ROOT = /<(?:rss|feed|rdf:RDF)\b/i;
const XML_DECLARATION = /^<\?xml\b/i;
const HTML_START = /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)\b/i;
const HTML_TAGS = /<\/(?:p|div|body|article|span|a|li|h[1-6]|section|table)>/i;
const MARKDOWN_HINTS =
  /^(?:---\r?\n|#{1,6} \S)|^\s*(?:[-*+] |\d+\. )\S|\[[^\]\n]+\]\([^)\n]+\)|\*\*\S[^*\n]*\*\*|^```/m;

export function formatFromExtension(name: string): DetectedFormat | null {
  return BY_EXTENSION[extname(name).toLowerCase()] ?? null;
}

/** Decides the format of decoded content; `name` (file name or null for stdin) gives the extension. */
export function detectFormat(name: string | null, content: string): DetectedFormat {
  const head = content.slice(0, 4096).trimStart();
  if (XML_DECLARATION.test(head)) return FEED_ROOT.test(head) ? 'feed' : /<html\b/i.test(head) ? 'html' : 'feed';
  if (/^<(?:rss|feed)\b/i.test(head)) return 'feed';
  if (HTML_START.test(head)) return 'html';
  const byExtension = name ? formatFromExtension(name) : null;
  if (byExtension) return byExtension;
  if (head.startsWith('<') && HTML_TAGS.test(head)) return 'html';
  if (head.startsWith('{') && looksLikeJsonLines(head)) return 'jsonl';
  return MARKDOWN_HINTS.test(head) ? 'markdown' : 'text';
}
