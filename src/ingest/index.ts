// The ingest API: inputs (files, folders, stdin, strings) → documents with metadata, or clear problems.
export { readInputs, ingestFile, ingestStdin, ingestBytes, ingestString, readStream } from './read.ts';
export { ingestFileAll, ingestStdinAll, ingestBytesAll, ingestStringAll } from './read.ts';
export { ingestFeed, parseFeed, type FeedItem, type ParsedFeed } from './feed.ts';
export { fetchUrl, ingestFetched, ingestUrl, isHttpUrl, type FetchOptions, type FetchResult, type Fetched } from './url.ts';
export { ingestJsonLine, ingestJsonLines, readJsonLinesFile, isJsonLinesPath } from './jsonl.ts';
export { decodeDocument, charsetFromContentType, declaredCharset } from './charset.ts';
export { ingestPlainText, ingestMarkdown, readFrontMatter, firstLineTitle } from './text.ts';
export { ingestHtml, extractHtmlText, htmlMeta } from './html.ts';
export { markdownToText } from './markdown.ts';
export { detectFormat, formatFromExtension, FOLDER_EXTENSIONS, type DetectedFormat } from './detect.ts';
export { detectLanguage, type LanguageCode } from './language.ts';
export { normalisePublished, type NormalisedDate } from './dates.ts';
export { outletFromUrl, hostOf } from './outlets.ts';
export { decodeBytes } from './decode.ts';
export { buildInput, normaliseText, normaliseLanguage } from './meta.ts';
export * from './result.ts';
