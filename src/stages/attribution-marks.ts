// Finds top-level quotations in text: “…”, "…", «…», and ‘…’ (nested single quotes stay inside their parent).
// Unclosed quotes end at their paragraph (news style for multi-paragraph quotations) and are chained.

export interface QuoteMarks {
  /** Offsets of the opening and closing marks (close = -1 when the paragraph ended first). */
  open: number;
  close: number;
  /** The quoted words, trimmed of whitespace and trailing comma. */
  start: number;
  end: number;
  /** Index of the first quote of a multi-paragraph chain (itself when alone). */
  chain: number;
}

const CLOSER: Record<string, string> = { '“': '”', '«': '»', '‘': '’', '"': '"', '„': '“', '‹': '›' };
const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

function trimInner(text: string, a: number, b: number): [number, number] {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /[\s,;:]/.test(text[b - 1])) b--;
  // A fragment ("“harassment, threats and attacks.”") does not own the sentence's full stop.
  if (b > a && text[b - 1] === '.' && /[\p{Ll}]/u.test(text[a]) && text[b - 2] !== '.') b--;
  return [a, b];
}

const OPEN_RE = /[“«‘"„‹]/g;
const MARK_RE = /[“”"«»‘’„‹›\n]/g;

/** Scans text once (jumping from mark to mark) and returns top-level quotations in order. */
export function scanQuotes(text: string): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  const n = text.length;
  let pendingChain = -1; // a quote left open at the end of the previous paragraph
  OPEN_RE.lastIndex = 0;
  for (let m = OPEN_RE.exec(text); m; m = OPEN_RE.exec(text)) {
    const i = m.index;
    const c = text[i];
    const closer = CLOSER[c];
    if ((c === '"' || c === '‘') && (isWordChar(text[i - 1]) || text[i + 1] === ' ')) continue;
    // Find the matching closer at depth 0, skipping nested quotations; stop at a paragraph break.
    let nested: string | null = null;
    let close = -1;
    let paraEnd = -1;
    MARK_RE.lastIndex = i + 1;
    for (let k = MARK_RE.exec(text); k; k = MARK_RE.exec(text)) {
      const j = k.index;
      const d = text[j];
      if (d === '\n') {
        if (text[j + 1] === '\n' || /^\n\s*[“"«]/.test(text.slice(j, j + 4))) {
          paraEnd = j;
          break;
        }
        continue;
      }
      if (nested) {
        if (d === CLOSER[nested] && !(nested === '‘' && isWordChar(text[j + 1]))) nested = null;
        continue;
      }
      if (d === closer && !(closer === '’' && isWordChar(text[j + 1]))) {
        close = j;
        break;
      }
      if (d !== c && (d === '“' || d === '«' || d === '‘' && !isWordChar(text[j - 1]) || d === '"' && c !== '"' && !isWordChar(text[j - 1]))) nested = d;
    }
    if (close < 0 && (c === '‘' || c === '"' && paraEnd < 0)) continue; // a stray apostrophe or inch mark
    const innerEnd = close >= 0 ? close : paraEnd >= 0 ? paraEnd : n;
    const [start, end] = trimInner(text, i + 1, innerEnd);
    if (end > start) {
      const idx = out.length;
      out.push({ open: i, close, start, end, chain: pendingChain >= 0 ? pendingChain : idx });
      pendingChain = close < 0 ? out[idx].chain : -1;
    }
    let next = close >= 0 ? close + 1 : innerEnd;
    if (close < 0) {
      while (next < n && /\s/.test(text[next])) next++;
      if (CLOSER[text[next]] === undefined) pendingChain = -1;
    }
    OPEN_RE.lastIndex = next;
  }
  return out;
}

/** Number of words in a span. */
export function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
