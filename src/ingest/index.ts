// The ingest API: inputs (files, folders, stdin, strings) → documents with metadata, or clear problems.
export { readInputs, ingestFile, ingestStdin, ingestBytes, ingestString, readStream } from './read.ts';
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
