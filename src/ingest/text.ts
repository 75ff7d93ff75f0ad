// Plain text and Markdown, both with optional YAML front matter (title, outlet, published, language, url).
import matter from 'gray-matter';
import type { Message } from '../core/types.ts';
import { leadingHeading, markdownToText } from './markdown.ts';
import { buildInput, cleanString, type FoundMeta } from './meta.ts';
import type { IngestOptions, IngestResult } from './result.ts';

// Front matter only when a closing delimiter exists: gray-matter would otherwise swallow the whole file.
const FRONT_MATTER = /^---[ \t]*(?:yaml|yml|json)?[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;
const refuse = (): object => {
  throw new Error('only YAML or JSON front matter is read');
};
// gray-matter would eval `---js` front matter: refuse those engines.
const MATTER_OPTIONS = {
  engines: { js: refuse, javascript: refuse, coffee: refuse, coffeescript: refuse, cson: refuse },
};
const MAX_TITLE_CHARS = 150;

export interface FrontMatter {
  found: FoundMeta;
  body: string;
  warnings: Message[];
}

function first(data: Record<string, unknown>, keys: string[]): unknown {
  for (const k of keys) if (data[k] !== undefined && data[k] !== null && data[k] !== '') return data[k];
  return undefined;
}

/** Splits YAML front matter from the body; broken front matter is dropped with a warning, never fatal. */
export function readFrontMatter(content: string): FrontMatter {
  const head = FRONT_MATTER.exec(content);
  if (!head) return { found: {}, body: content, warnings: [] };
  try {
    const parsed = matter(content, MATTER_OPTIONS);
    const data = (parsed.data ?? {}) as Record<string, unknown>;
    return {
      found: {
        title: first(data, ['title', 'headline']),
        outlet: first(data, ['outlet', 'source', 'publisher', 'site']),
        published: first(data, ['published', 'date', 'published_at', 'datePublished']),
        language: first(data, ['language', 'lang']),
        url: first(data, ['url', 'link', 'canonical']),
      },
      body: parsed.content,
      warnings: [],
    };
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return {
      found: {},
      body: content.slice(head[0].length),
      warnings: [{ level: 'warn', code: 'front-matter', text: `front matter ignored: ${why}` }],
    };
  }
}

/** A first line that reads like a headline: short, more text follows, no sentence-final punctuation. */
export function firstLineTitle(text: string): string | null {
  const trimmed = text.trimStart();
  const nl = trimmed.indexOf('\n');
  if (nl === -1) return null;
  const line = cleanString(trimmed.slice(0, nl));
  if (!line || line.length > MAX_TITLE_CHARS || /[.!?:;,…]["'”’)]*$/.test(line)) return null;
  return /\p{L}/u.test(line) ? line : null;
}

/** Ingests plain text (.txt): the text is kept as written, front matter aside and a headline line set apart. */
export function ingestPlainText(
  content: string,
  source: string,
  opts: IngestOptions = {},
  warnings: Message[] = [],
): IngestResult {
  const fm = readFrontMatter(content.replace(/\r\n?/g, '\n'));
  const headline = firstLineTitle(fm.body);
  // a headline line gets its own paragraph, else sentence splitting runs it into the first sentence
  const text = headline ? fm.body.trimStart().replace(/^([^\n]*)\r?\n(?=[ \t]*\S)/, '$1\n\n') : fm.body;
  return buildInput(
    {
      text,
      format: 'text',
      source,
      found: { ...fm.found, title: fm.found.title ?? headline },
      warnings: [...warnings, ...fm.warnings],
    },
    opts,
  );
}

/** Ingests Markdown (.md, .markdown): markup stripped, blocks separated by blank lines; the raw Markdown is kept. */
export function ingestMarkdown(
  content: string,
  source: string,
  opts: IngestOptions = {},
  warnings: Message[] = [],
): IngestResult {
  const fm = readFrontMatter(content.replace(/\r\n?/g, '\n'));
  const text = markdownToText(fm.body);
  const title = fm.found.title ?? leadingHeading(fm.body) ?? firstLineTitle(text);
  return buildInput(
    {
      text,
      format: 'markdown',
      source,
      found: { ...fm.found, title },
      raw: content,
      warnings: [...warnings, ...fm.warnings],
    },
    opts,
  );
}
