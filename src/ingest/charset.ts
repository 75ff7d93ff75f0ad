// Bytes of a web page or feed → text, honouring the declared charset: BOM, Content-Type header, <meta>, XML declaration.
import type { Message } from '../core/types.ts';
import { decodeBytes, decodeWindows1252 } from './decode.ts';

/** Where the charset came from ('sniffed' = no declaration: UTF-8, else windows-1252). */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'xml' | 'sniffed';

export type DecodedText =
  | { ok: true; text: string; charset: string; by: CharsetSource; warnings: Message[] }
  | { ok: false; code: 'empty' | 'binary'; message: string };

// Declarations sit at the very start of a document: WHATWG's prescan reads 1024 bytes.
const PRESCAN_BYTES = 1024;
const CONTENT_TYPE_CHARSET = /;\s*charset\s*=\s*["']?([^"';\s]+)/i;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([-\w.:]+)/i;
const XML_ENCODING = /^<\?xml\b[^>]*?\bencoding\s*=\s*["']([-\w.:]+)["']/i;

/** The charset parameter of a Content-Type header value, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? CONTENT_TYPE_CHARSET.exec(contentType) : null;
  return m ? m[1].toLowerCase() : null;
}

/** A charset declared inside the document: `<meta charset>`, `<meta http-equiv content="…charset=…">`, `<?xml encoding?>`. */
export function declaredCharset(bytes: Uint8Array): { label: string; by: 'meta' | 'xml' } | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString(
    'latin1',
  );
  const xml = XML_ENCODING.exec(head.replace(/^\s+/, ''));
  if (xml) return { label: xml[1].toLowerCase(), by: 'xml' };
  // the http-equiv form also matches META_CHARSET: "content=\"text/html; charset=x\"" contains "charset=x"
  const meta = META_CHARSET.exec(head);
  return meta ? { label: meta[1].toLowerCase(), by: 'meta' } : null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The WHATWG encoding name of a label ("latin1" → "windows-1252"), or null when TextDecoder does not know it. */
export function encodingOf(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  // Node decodes 0x80-0x9F of windows-1252 as C1 controls: decode.ts maps them by hand
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  const text = new TextDecoder(encoding).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Decodes a document's bytes. Order: BOM (unambiguous), the Content-Type header's charset, a `<meta>` or
 * XML declaration in the first 1024 bytes, then strict UTF-8 with a windows-1252 fallback. An unknown
 * label gives a warning and the UTF-8 path. Never throws.
 */
export function decodeDocument(bytes: Uint8Array, headerCharset: string | null = null): DecodedText {
  if (bytes.length === 0) return { ok: false, code: 'empty', message: 'empty input (0 bytes)' };
  const warnings: Message[] = [];
  const bom = bomCharset(bytes);
  let chosen: { encoding: string; by: CharsetSource } | null = bom ? { encoding: bom, by: 'bom' } : null;
  const candidates: [string | null, CharsetSource][] = [[headerCharset, 'header']];
  if (!chosen) {
    const declared = declaredCharset(bytes);
    if (declared) candidates.push([declared.label, declared.by]);
  }
  for (const [label, by] of candidates) {
    if (chosen || !label) continue;
    const encoding = encodingOf(label);
    if (!encoding) {
      warnings.push({ level: 'warn', code: 'encoding', text: `unknown charset "${label}" (${by}): read as UTF-8` });
      continue;
    }
    // a page claiming UTF-16 in ASCII-compatible bytes is wrong (WHATWG treats it as UTF-8)
    chosen = { encoding: by === 'meta' && /^utf-16/.test(encoding) ? 'utf-8' : encoding, by };
  }
  if (!chosen || chosen.encoding === 'utf-8') {
    // strict UTF-8 with the windows-1252 fallback and the binary checks of decode.ts
    const plain = decodeBytes(bytes);
    if (!plain.ok) return plain;
    const by: CharsetSource = chosen?.by ?? 'sniffed';
    const fellBack = plain.warnings.length > 0;
    return {
      ok: true,
      text: plain.text,
      charset: fellBack ? 'windows-1252' : 'utf-8',
      by: fellBack ? 'sniffed' : by,
      warnings: [...warnings, ...plain.warnings],
    };
  }
  if (!/^utf-16/.test(chosen.encoding) && bytes.indexOf(0) !== -1)
    return { ok: false, code: 'binary', message: 'binary data (contains NUL bytes)' };
  return { ok: true, text: decodeAs(chosen.encoding, bytes), charset: chosen.encoding, by: chosen.by, warnings };
}
