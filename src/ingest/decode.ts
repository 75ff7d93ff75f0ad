// Bytes → string: BOMs (UTF-8, UTF-16), strict UTF-8, windows-1252 fallback; refuses binary data.
import type { Message } from '../core/types.ts';

export type Decoded =
  { ok: true; text: string; warnings: Message[] } | { ok: false; code: 'empty' | 'binary'; message: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
// Node's TextDecoder('windows-1252') decodes 0x80-0x9F as Latin-1 controls: map that range by hand.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes windows-1252 bytes (the usual encoding of mislabelled Western text). */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}
const SAMPLE_BYTES = 64 * 1024;
const MAX_CONTROL_SHARE = 0.3;

function isControl(b: number): boolean {
  // tab, line feed, form feed, carriage return are ordinary text
  return (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 0x7f;
}

/** Decodes file or stream bytes to text; never throws. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, code: 'empty', message: 'empty input (0 bytes)' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(new TextDecoder('utf-16le').decode(bytes), []);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(new TextDecoder('utf-16be').decode(bytes), []);
  if (bytes.indexOf(0) !== -1) return { ok: false, code: 'binary', message: 'binary data (contains NUL bytes)' };
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const b of sample) if (isControl(b)) controls++;
  if (controls > sample.length * MAX_CONTROL_SHARE)
    return {
      ok: false,
      code: 'binary',
      message: `binary data (${Math.round((100 * controls) / sample.length)}% control characters)`,
    };
  try {
    return decoded(UTF8.decode(bytes), []);
  } catch {
    const warning: Message = {
      level: 'warn',
      code: 'encoding',
      text: 'invalid UTF-8: decoded as windows-1252',
    };
    return decoded(decodeWindows1252(bytes), [warning]);
  }
}

function decoded(text: string, warnings: Message[]): Decoded {
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, warnings };
}
