// Shared scanning state for the entities stage: folded text, token end index, candidates.
import type { Actor, EntityType, Token } from '../core/types.ts';
import { fold } from '../lexicons/actors.ts';

/** How a role description or generic noun finds its antecedent. */
export type Resolver =
  | { kind: 'entries'; entries: Set<number>; fallback: number | null; role?: string | null; fallbackActor?: Actor }
  | { kind: 'party'; party: string }
  | { kind: 'role'; word: string; code: string | null; fallback: number | null };

/** An entity before sorting and reference resolution. */
export interface Cand {
  start: number;
  end: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  type: EntityType;
  actor: Actor | null;
  by: string;
  /** Lexicon entry, or -1. */
  entry: number;
  resolve?: Resolver;
}

export interface Scan {
  text: string;
  folded: string;
  tokens: Token[];
  /** Character offset of a token end → token index. */
  endAt: Map<number, number>;
  /** Tokens already inside an entity. */
  taken: Uint8Array;
  cands: Cand[];
  /** Year of the document's reference time: role lookups pick the holder then (null: the current holder). */
  year: number | null;
}

export function newScan(text: string, tokens: Token[], year: number | null = null): Scan {
  const endAt = new Map<number, number>();
  tokens.forEach((t, i) => endAt.set(t.end, i));
  return { text, folded: fold(text), tokens, endAt, taken: new Uint8Array(tokens.length), cands: [], year };
}

export function isCapitalised(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase();
}

/** Adds a candidate and marks its tokens as taken. */
export function take(scan: Scan, c: Cand): void {
  for (let i = c.t0; i < c.t1; i++) scan.taken[i] = 1;
  scan.cands.push(c);
}

export function free(scan: Scan, t0: number, t1: number): boolean {
  for (let i = t0; i < t1; i++) if (scan.taken[i]) return false;
  return true;
}

/** The token index whose end is `start + length` folded chars, if a token ends there. */
export function tokenEndingAt(scan: Scan, from: number, folded: string): number {
  if (!scan.folded.startsWith(folded, from)) return -1;
  return scan.endAt.get(from + folded.length) ?? -1;
}
