// Turns extracted text + found metadata into an ingested document: overrides, dates, language, outlet, id.
import type { Message } from '../core/types.ts';
import { docId, normaliseForHash } from '../core/ids.ts';
import { normalisePublished } from './dates.ts';
import { detectLanguage } from './language.ts';
import { outletFromUrl } from './outlets.ts';
import { fail, type IngestOptions, type IngestResult, type InputFormat } from './result.ts';

/** Metadata as found in the input (front matter, meta tags): loosely typed, cleaned here. */
export interface FoundMeta {
  title?: unknown;
  outlet?: unknown;
  published?: unknown;
  language?: unknown;
  url?: unknown;
}

export interface Extracted {
  text: string;
  format: InputFormat;
  source: string;
  found: FoundMeta;
  raw?: string;
  warnings: Message[];
}

const LETTER = /\p{L}/u;
const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en',
  spanish: 'es',
  español: 'es',
  espanol: 'es',
  french: 'fr',
  français: 'fr',
  francais: 'fr',
  portuguese: 'pt',
  português: 'pt',
  portugues: 'pt',
  german: 'de',
  deutsch: 'de',
  italian: 'it',
  italiano: 'it',
  dutch: 'nl',
  nederlands: 'nl',
};

/** The document text as stored: NFC, "\n" line ends, no trailing spaces, at most one blank line in a row. */
export function normaliseText(text: string): string {
  return normaliseForHash(text).replace(/\n{3,}/g, '\n\n');
}

/** A metadata value as a clean one-line string, or null. */
export function cleanString(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  const s = v.replace(/\s+/g, ' ').trim();
  return s || null;
}

/** "en-US", "es_VE", "Spanish" → "en", "es", "es"; null when it is not a language tag. */
export function normaliseLanguage(v: unknown): string | null {
  const s = cleanString(v)?.toLowerCase();
  if (!s) return null;
  if (LANGUAGE_NAMES[s]) return LANGUAGE_NAMES[s];
  const m = /^([a-z]{2})(?:[-_][a-z0-9]+)*$/.exec(s);
  return m ? m[1] : null;
}

function pick(override: string | null | undefined, found: unknown): string | null {
  return override !== undefined && override !== null && override !== '' ? cleanString(override) : cleanString(found);
}

/** Assembles the ingested document or says why there is none. */
export function buildInput(x: Extracted, opts: IngestOptions = {}): IngestResult {
  const text = normaliseText(x.text);
  if (!text) return fail(x.source, 'empty', `${x.source}: no text after extracting the ${x.format} content`);
  if (!LETTER.test(text)) return fail(x.source, 'no-text', `${x.source}: no text (no letters at all)`);
  const warnings = [...x.warnings];

  const url = pick(opts.url, x.found.url);
  const outlet = pick(opts.outlet, x.found.outlet) ?? (url ? outletFromUrl(url) : null);
  const hasOverride = opts.published !== undefined && opts.published !== null && opts.published !== '';
  const date = normalisePublished(hasOverride ? opts.published : x.found.published);
  if (date.warning)
    warnings.push({ level: 'warn', code: 'published', text: `${date.warning}: publication date left unknown` });
  const language = normaliseLanguage(opts.language) ?? normaliseLanguage(x.found.language) ?? detectLanguage(text);

  return {
    ok: true,
    input: {
      meta: {
        id: docId(text),
        title: pick(opts.title, x.found.title),
        outlet,
        url,
        language,
        published: date.value,
        source: x.source,
        ingestedAt: (opts.now ?? new Date()).toISOString(),
        format: x.format,
      },
      text,
      ...(x.raw !== undefined ? { raw: x.raw } : {}),
      warnings,
    },
  };
}
