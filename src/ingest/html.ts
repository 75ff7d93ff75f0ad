// HTML articles: main text via Readability (linkedom DOM), metadata from meta tags and JSON-LD; raw HTML kept.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Message } from '../core/types.ts';
import { elementText, wellFormed } from './html-text.ts';
import { buildInput, cleanString, type FoundMeta } from './meta.ts';
import type { IngestOptions, IngestResult } from './result.ts';

type Doc = ReturnType<typeof parseHTML>['document'];
type El = { getAttribute(name: string): string | null; textContent: string | null };

const PUBLISHED_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'date',
];

interface JsonLdFacts {
  headline?: string;
  datePublished?: string;
  publisher?: string;
  url?: string;
  inLanguage?: string;
}

/** The first meta value under each key: property, name or itemprop (lower-cased). */
function metaMap(doc: Doc): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta') as Iterable<El>) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      el.getAttribute('http-equiv')
    )?.toLowerCase();
    const content = cleanString(el.getAttribute('content'));
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

/** Facts from JSON-LD NewsArticle-like objects (arrays and @graph included); bad JSON is ignored. */
function jsonLd(doc: Doc): JsonLdFacts {
  const facts: JsonLdFacts = {};
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o['@graph']) visit(o['@graph']);
    const str = (x: unknown): string | undefined => cleanString(x) ?? undefined;
    facts.datePublished ??= str(o.datePublished);
    facts.headline ??= str(o.headline);
    facts.inLanguage ??= str(o.inLanguage);
    if (o.datePublished || o.headline) facts.url ??= str(o.url);
    const pub = o.publisher as Record<string, unknown> | string | undefined;
    facts.publisher ??= typeof pub === 'string' ? str(pub) : str(pub?.name);
  };
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]') as Iterable<El>) {
    try {
      visit(JSON.parse(el.textContent ?? ''));
    } catch {
      // a broken JSON-LD block only loses its metadata
    }
  }
  return facts;
}

/** Metadata from the page head: og/article tags, canonical link, html lang, JSON-LD. */
export function htmlMeta(doc: Doc): FoundMeta {
  const meta = metaMap(doc);
  const ld = jsonLd(doc);
  const attr = (sel: string, name: string): string | null =>
    cleanString((doc.querySelector(sel) as El | null)?.getAttribute(name));
  const text = (sel: string): string | null => cleanString((doc.querySelector(sel) as El | null)?.textContent);
  const locale = meta.get('og:locale')?.replace('_', '-');
  return {
    title: meta.get('og:title') ?? meta.get('twitter:title') ?? ld.headline ?? text('title') ?? text('h1'),
    outlet: meta.get('og:site_name') ?? ld.publisher ?? meta.get('application-name'),
    published:
      PUBLISHED_KEYS.map((k) => meta.get(k)).find(Boolean) ??
      ld.datePublished ??
      attr('time[itemprop="datePublished"]', 'datetime') ??
      attr('time[pubdate]', 'datetime'),
    url: meta.get('og:url') ?? attr('link[rel="canonical"]', 'href') ?? ld.url,
    language: attr('html', 'lang') ?? meta.get('content-language') ?? meta.get('language') ?? locale ?? ld.inLanguage,
  };
}

/** Main article text: Readability's pick, else the whole body without scripts, styles and page chrome. */
export function extractHtmlText(html: string): { text: string; found: FoundMeta; by: 'readability' | 'body' } {
  const page = wellFormed(html);
  const { document } = parseHTML(page);
  const found = htmlMeta(document);
  // navigation is never article text; tiny pages would otherwise keep it
  for (const nav of Array.from(document.querySelectorAll('nav, [role="navigation"]') as ArrayLike<{ remove(): void }>))
    nav.remove();
  try {
    // Readability edits the DOM it reads: metadata is taken first
    const article = new Readability<unknown>(document as never, { serializer: (n) => n }).parse();
    const text = article?.content ? elementText(article.content as never) : '';
    if (/\p{L}/u.test(text)) {
      found.title ??= cleanString(article?.title);
      return { text, found, by: 'readability' };
    }
  } catch {
    // odd markup can trip Readability: fall back to the body text
  }
  const fresh = parseHTML(page).document;
  return { text: fresh.body ? elementText(fresh.body as never, true) : '', found, by: 'body' };
}

/** Ingests an HTML page; `raw` keeps the original markup. */
export function ingestHtml(
  html: string,
  source: string,
  opts: IngestOptions = {},
  warnings: Message[] = [],
): IngestResult {
  let extracted: ReturnType<typeof extractHtmlText>;
  try {
    extracted = extractHtmlText(html);
  } catch (e) {
    // the parser itself gave up: keep the tag-stripped text rather than nothing
    const why = e instanceof Error ? e.message : String(e);
    const text = decodeBasicEntities(
      html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' '),
    );
    extracted = { text, found: {}, by: 'body' };
    warnings = [...warnings, { level: 'warn', code: 'html', text: `HTML parser failed (${why}): tags stripped` }];
  }
  return buildInput(
    { text: extracted.text, format: 'html', source, found: extracted.found, raw: html, warnings },
    opts,
  );
}

const BASIC_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Entity decoding for the last-resort path where no DOM is available. */
function decodeBasicEntities(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (m, dec?: string, hex?: string, name?: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
    if (code >= 0) return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    return BASIC_ENTITIES[name!.toLowerCase()] ?? m;
  });
}
