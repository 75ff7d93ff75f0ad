// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item; malformed feeds are a clear `bad-feed` result.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import type { Message } from '../core/types.ts';
import { elementText, wellFormed } from './html-text.ts';
import { buildInput } from './meta.ts';
import { fail, type IngestOptions, type IngestResult } from './result.ts';

export interface FeedItem {
  title: string | null;
  link: string | null;
  guid: string | null;
  published: string | null;
  /** The item's body as found: HTML (content:encoded, description, Atom html/xhtml) or plain text. */
  body: string | null;
  bodyIsHtml: boolean;
}

export interface ParsedFeed {
  kind: 'rss' | 'rdf' | 'atom';
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

export type FeedParse = { ok: true; feed: ParsedFeed } | { ok: false; message: string };

type Node = Record<string, unknown>;

// Text-bearing elements stay raw (CDATA and entities resolved here), so Atom xhtml content is not torn apart.
const RAW_ELEMENTS = ['title', 'description', 'content', 'content:encoded', 'summary'];
const PARSER = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // DOCTYPE entities are never expanded (no entity bombs); the five XML entities are decoded below
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  stopNodes: RAW_ELEMENTS.map((n) => `*.${n}`),
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link' || name.endsWith(':entry'),
});
const ENTITY_DECLARATION = /<!DOCTYPE[^[>]*\[[\s\S]*?<!ENTITY/i;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const XML_ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos));/gi;
const XML_NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const MARKUP = /<[a-z!/][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** Decodes the XML entities (&amp; &#233; …); HTML ones (&nbsp;) are left for the HTML reader. */
export function decodeXmlEntities(s: string): string {
  return s.replace(XML_ENTITY, (m, dec?: string, hex?: string, name?: string) => {
    if (name) return XML_NAMED[name.toLowerCase()] ?? m;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Raw element content → its value: CDATA sections verbatim, the rest entity-decoded. */
function unwrapRaw(raw: string): string {
  let out = '';
  let last = 0;
  for (const m of raw.matchAll(CDATA)) {
    out += decodeXmlEntities(raw.slice(last, m.index)) + m[1];
    last = m.index + m[0].length;
  }
  return (out + decodeXmlEntities(raw.slice(last))).trim();
}

function textOf(v: unknown): string | null {
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') return textOf((v as Node)['#text']);
  return null;
}

function attr(v: unknown, name: string): string | null {
  const a = v && typeof v === 'object' && !Array.isArray(v) ? (v as Node)[`@_${name}`] : undefined;
  return typeof a === 'string' ? decodeXmlEntities(a) : null;
}

/** A plain value (link, guid, date): entity-decoded, trimmed, or null. */
function plain(v: unknown): string | null {
  const t = textOf(v);
  const s = t === null ? '' : unwrapRaw(t);
  return s || null;
}

/** An HTML-or-text snippet (a title) as plain text. */
export function htmlToPlain(s: string): string {
  if (!MARKUP.test(s)) return s;
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${s}</body></html>`);
  return (document.body?.textContent ?? s).replace(/\s+/g, ' ').trim();
}

/** Text of an HTML fragment (an item body), paragraphs kept. */
export function fragmentText(html: string): string {
  const { document } = parseHTML(wellFormed(html));
  return document.body ? elementText(document.body as never) : '';
}

function titleOf(v: unknown): string | null {
  const t = plain(v);
  return t ? htmlToPlain(t) || null : null;
}

function bodyOf(v: unknown, atom: boolean): { body: string; bodyIsHtml: boolean } | null {
  const raw = textOf(v);
  if (raw === null || !raw.trim()) return null;
  const type = (attr(v, 'type') ?? (atom ? 'text' : 'html')).toLowerCase();
  // Atom xhtml content is markup already; everything else is escaped or CDATA-wrapped
  const body = type === 'xhtml' ? raw.trim() : unwrapRaw(raw);
  if (!body) return null;
  const isHtml = type.includes('html') && MARKUP.test(body);
  return { body, bodyIsHtml: isHtml };
}

function first(node: Node, keys: string[]): unknown {
  for (const k of keys) if (node[k] !== undefined && node[k] !== '') return node[k];
  return undefined;
}

function asNodes(v: unknown): Node[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((x): x is Node => !!x && typeof x === 'object');
}

function rssItem(item: Node): FeedItem {
  const guid = plain(item.guid) ?? attr(item, 'rdf:about');
  const permalink = attr(item.guid, 'isPermaLink') !== 'false' && guid && /^https?:\/\//i.test(guid) ? guid : null;
  const body = bodyOf(item['content:encoded'], false) ?? bodyOf(item.description, false);
  return {
    title: titleOf(item.title),
    link: plain(item.link) ?? permalink,
    guid,
    published: plain(first(item, ['pubDate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'atom:updated'])),
    body: body?.body ?? null,
    bodyIsHtml: body?.bodyIsHtml ?? false,
  };
}

function atomLink(links: unknown): string | null {
  const nodes = Array.isArray(links) ? links : [links];
  const hrefs = nodes.map((l) => ({ rel: attr(l, 'rel') ?? 'alternate', href: attr(l, 'href') ?? plain(l) }));
  return hrefs.find((l) => l.rel === 'alternate' && l.href)?.href ?? hrefs.find((l) => l.href)?.href ?? null;
}

function atomEntry(entry: Node, p: string): FeedItem {
  // out-of-line content (<content src="…"/>) has no text: the summary stands in
  const body = bodyOf(entry[`${p}content`], true) ?? bodyOf(entry[`${p}summary`], true);
  return {
    title: titleOf(entry[`${p}title`]),
    link: entry[`${p}link`] !== undefined ? atomLink(entry[`${p}link`]) : null,
    guid: plain(entry[`${p}id`]),
    published: plain(entry[`${p}published`] ?? entry[`${p}updated`] ?? entry['dc:date']),
    body: body?.body ?? null,
    bodyIsHtml: body?.bodyIsHtml ?? false,
  };
}

/** Parses a feed; refuses malformed XML, declared entities (entity bombs) and non-feed roots. */
export function parseFeed(xml: string): FeedParse {
  if (ENTITY_DECLARATION.test(xml.slice(0, 64 * 1024)))
    return { ok: false, message: 'the feed declares its own entities (refused: entity expansion is disabled)' };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    return { ok: false, message: `not well-formed XML (line ${line}, column ${col}: ${msg})` };
  }
  let doc: Node;
  try {
    doc = PARSER.parse(xml) as Node;
  } catch (e) {
    return { ok: false, message: `unreadable XML (${e instanceof Error ? e.message : String(e)})` };
  }
  const rootKey = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  const root = rootKey ? doc[rootKey] : undefined;
  const rootNode: Node = root && typeof root === 'object' ? (root as Node) : {};
  if (rootKey === 'rss') {
    const channel = asNodes(rootNode.channel)[0] ?? {};
    return {
      ok: true,
      feed: {
        kind: 'rss',
        title: titleOf(channel.title),
        link: plain(channel.link),
        items: asNodes(channel.item).map(rssItem),
      },
    };
  }
  if (rootKey && /(?:^|:)RDF$/.test(rootKey)) {
    const channel = asNodes(rootNode.channel)[0] ?? {};
    return {
      ok: true,
      feed: {
        kind: 'rdf',
        title: titleOf(channel.title),
        link: plain(channel.link),
        items: asNodes(rootNode.item).map(rssItem),
      },
    };
  }
  if (rootKey && /^(?:\w+:)?feed$/.test(rootKey)) {
    const p = rootKey.slice(0, rootKey.length - 4);
    return {
      ok: true,
      feed: {
        kind: 'atom',
        title: titleOf(rootNode[`${p}title`]),
        link: rootNode[`${p}link`] !== undefined ? atomLink(rootNode[`${p}link`]) : null,
        items: asNodes(rootNode[`${p}entry`]).map((e) => atomEntry(e, p)),
      },
    };
  }
  return {
    ok: false,
    message: `not a feed (root element <${rootKey ?? 'none'}>, expected <rss>, <feed> or <rdf:RDF>)`,
  };
}

/** Where an item came from: its link, else the feed plus its GUID or position. */
function itemSource(feedSource: string, item: FeedItem, index: number): string {
  return item.link ?? `${feedSource}#${item.guid ?? `item-${index + 1}`}`;
}

/**
 * Ingests a feed: one result per item. Outlet is the channel title unless `opts.outlet` says otherwise;
 * `opts.title` and `opts.url` are per-document and so ignored here. Never throws.
 */
export function ingestFeed(
  xml: string,
  source: string,
  opts: IngestOptions = {},
  warnings: Message[] = [],
): IngestResult[] {
  const parsed = parseFeed(xml);
  if (!parsed.ok) return [fail(source, 'bad-feed', `${source}: ${parsed.message}`)];
  const { feed } = parsed;
  if (!feed.items.length) return [fail(source, 'empty', `${source}: the ${feed.kind} feed has no items`)];
  const itemOpts: IngestOptions = { ...opts, title: null, url: null };
  return feed.items.map((item, i) => {
    const src = itemSource(source, item, i);
    const text = item.body ? (item.bodyIsHtml ? fragmentText(item.body) : item.body) : '';
    if (!/\p{L}/u.test(text))
      return fail(src, 'skipped', `${src}: feed item ${i + 1}${item.title ? ` ("${item.title}")` : ''} has no text`);
    const r = buildInput(
      {
        text,
        format: 'feed',
        source: src,
        found: { title: item.title, outlet: feed.title, published: item.published, url: item.link },
        ...(item.bodyIsHtml ? { raw: item.body! } : {}),
        warnings: [...warnings],
      },
      itemOpts,
    );
    if (r.ok) r.input.meta.guid = item.guid;
    return r;
  });
}
