// Strings PostgreSQL cannot hold: NUL characters (text, json) and unpaired UTF-16 surrogates (json). Checked before a write.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why `s` cannot be stored, or null when it can. */
export function unstorableText(s: string): string | null {
  const nul = s.indexOf('\u0000');
  if (nul >= 0) return `a NUL character (U+0000) at offset ${nul}`;
  const lone = LONE_SURROGATE.exec(s);
  if (lone) return `an unpaired UTF-16 surrogate at offset ${lone.index} (invalid Unicode)`;
  return null;
}

/** Why a document (text, raw markup, metadata strings) cannot be stored, or null. */
export function unstorableDocument(doc: { meta: object; text: string }, raw?: string | null): string | null {
  const fields: [string, unknown][] = [['text', doc.text], ['raw', raw], ...Object.entries(doc.meta).map(([k, v]) => [`meta.${k}`, v] as [string, unknown])];
  for (const [name, value] of fields) {
    if (typeof value !== 'string') continue;
    const why = unstorableText(value);
    if (why) return `${name} has ${why}`;
  }
  return null;
}

/** `s` with NULs and unpaired surrogates replaced by U+FFFD: for log lines that quote bad input. */
export function storableText(s: string): string;
export function storableText(s: string | null | undefined): string | null;
export function storableText(s: string | null | undefined): string | null {
  if (s == null) return null;
  return unstorableText(s) === null ? s : s.replace(new RegExp(`\\u0000|${LONE_SURROGATE.source}`, 'g'), '\ufffd');
}
