import { createHash } from 'node:crypto';

export function sha256Hex(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

/** Normalises text for the content hash: Unicode NFC, unified line ends, trimmed trailing space. */
export function normaliseForHash(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
}

/** Document id: the content hash of its normalised text, so the same report twice is one document. */
export function docId(text: string): string {
  return 'doc_' + sha256Hex(normaliseForHash(text)).slice(0, 16);
}

/** Event id from a stable key (the founding mention's doc id + mention id). */
export function eventId(key: string): string {
  return 'evt_' + sha256Hex(key).slice(0, 12);
}

/** The key of a mention across documents, `doc:mention` (the resolver's member key; document ids hold no colon). */
export function mentionKey(doc: string, mention: string): string {
  return `${doc}:${mention}`;
}

/** A mention key split into its document and mention ids. */
export function splitMentionKey(key: string): [string, string] {
  const i = key.indexOf(':');
  return [key.slice(0, i), key.slice(i + 1)];
}
