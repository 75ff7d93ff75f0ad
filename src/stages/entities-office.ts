// Office lookups for role descriptions: which country a description names ("Venezuela's", "the country's",
// "el canciller ruso", "of Peru") and who held the office then.
import type { Actor } from '../core/types.ts';
import { lexicon } from '../lexicons/actors.ts';
import { termAt } from '../lexicons/actors-leaders.ts';
import type { Scan } from './entities-scan.ts';

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const COUNTRY_NOUNS = new Set(['country', 'nation', 'government', 'país', 'gobierno']);
const OF = new Set(['of', 'de', 'del']);

export const isPossessive = (t: { text: string } | undefined) => !!t && POSSESSIVE.has(t.text);

/** Code of the lexicon GPE (or coded organisation) candidate whose last token is `t` − 1. */
export function gpeCodeEndingBefore(scan: Scan, t: number): string | null {
  for (const c of scan.cands) if (c.t1 === t && c.actor?.code && c.actor.code !== 'IGO' && (c.type === 'GPE' || c.type === 'ORG')) return c.actor.code;
  return null;
}

/** Code of the lexicon GPE candidate starting at token `t`. */
export function gpeCodeAt(scan: Scan, t: number): string | null {
  for (const c of scan.cands) if (c.t0 === t && c.type === 'GPE' && c.actor?.code) return c.actor.code;
  return null;
}

/** "the country's": the code of the last country named before token `t`. */
export function lastCountryBefore(scan: Scan, t: number): string | null {
  const at = scan.tokens[t].start;
  let best: { start: number; code: string } | null = null;
  for (const c of scan.cands) {
    if (c.type !== 'GPE' || !c.actor?.code || c.actor.code === 'IGO' || c.end > at) continue;
    if (!best || c.start > best.start) best = { start: c.start, code: c.actor.code };
  }
  return best?.code ?? null;
}

/** "the country's" at token j (after a determiner): index after the possessive, or -1. */
export function countryPossessive(scan: Scan, j: number): number {
  const t = scan.tokens;
  return t[j] && COUNTRY_NOUNS.has(t[j].normal) && isPossessive(t[j + 1]) ? j + 2 : -1;
}

/** After a role phrase ending at `last`: a Spanish demonym ("ruso") extends it; "of/de <Country>" gives the code. */
export function codeAfterRole(scan: Scan, last: number): { code: string | null; last: number } {
  const L = lexicon();
  const next = scan.tokens[last + 1];
  if (!next || next.sentence !== scan.tokens[last].sentence) return { code: null, last };
  const es = L.demonymsAfter.get(next.text);
  if (es && !scan.taken[last + 1]) return { code: es, last: last + 1 };
  if (OF.has(next.normal)) {
    const code = gpeCodeAt(scan, last + 2);
    if (code) return { code, last };
  }
  return { code: null, last };
}

/** Whether entry `i` held an office named by `phrase` (in country `code` when given). */
export function holdsOffice(i: number, phrase: string, code: string | null): boolean {
  const L = lexicon();
  const e = L.entries[i];
  const offices = L.phraseOffices.get(phrase);
  if (e.terms && offices && e.terms.some((t) => offices.has(t.office))) return e.terms.some((t) => offices.has(t.office) && (!code || t.code === code));
  return !code || e.code === code;
}

/** The holder of the office `phrase` in `code` at `year` (null year: the current holder); hand-written roles count as current. */
export function holderAt(entries: number[], phrase: string, code: string, year: number | null): number | null {
  const L = lexicon();
  const offices = L.phraseOffices.get(phrase);
  let legacy: number[] = [];
  // In a year of handover both holders match: the later start wins.
  let best = -1;
  let bestFrom = -Infinity;
  for (const i of entries) {
    const e = L.entries[i];
    const terms = e.terms?.filter((t) => t.code === code && (!offices || offices.has(t.office)));
    if (terms?.length) {
      for (const t of terms) if ((year === null ? t.to === undefined : t.from <= year && (t.to === undefined || year <= t.to)) && t.from > bestFrom) [best, bestFrom] = [i, t.from];
    } else if (e.code === code && !/former/i.test(e.role ?? '')) legacy.push(i);
  }
  if (best >= 0) return best;
  // Hand-written roles are those of late 2025.
  if (year !== null && year < 2024) legacy = legacy.filter((i) => !!L.entries[i].terms && !!termAt(L.entries[i], year));
  return legacy.length === 1 ? legacy[0] : null;
}

/** An actor for a named person the lexicon does not know, described by a role ("Serbian President X"). */
export function describedPerson(name: string, code: string, sector: string, role: string): Actor {
  return { name, code, sector, wikidata: null, role };
}
