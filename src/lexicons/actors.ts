// The actor lexicon: all entries, an alias index keyed by first word, role and head-noun indexes.
import type { Actor } from '../core/types.ts';
import type { ActorEntry } from './actors-types.ts';
import { usActors } from './actors-us.ts';
import { venezuelaActors } from './actors-venezuela.ts';
import { regionActors } from './actors-region.ts';
import { worldActors } from './actors-world.ts';
import { mediaActors } from './actors-media.ts';
import { countryData } from './actors-countries.ts';
import { addSkippedAliases, spanishDemonyms, stateActors } from './actors-states.ts';
import { addRows } from './actors-rows.ts';
import { OFFICES, addLeaders, roleAt } from './actors-leaders.ts';

export type { ActorEntry } from './actors-types.ts';

/** One alias as matched against folded text. */
export interface AliasRec {
  /** Folded alias ("nicolas maduro"). */
  folded: string;
  /** Entry indices (more than one when the alias is ambiguous, e.g. a shared surname). */
  entries: number[];
  /** Short acronyms must match case exactly ("US", not "us"). */
  exact: string | null;
  /** Alias written capitalised: the text must start with a capital too. */
  capital: boolean;
  /** A single-word name of a person (surname or nickname). */
  surname: boolean;
  /** Written "The X" in the lexicon: X alone must follow "the". */
  needsThe: boolean;
}

export interface ActorLexicon {
  entries: ActorEntry[];
  /** First-word key → aliases, longest first. */
  byFirst: Map<string, AliasRec[]>;
  /** Folded role phrase ("interior minister") → entry indices. */
  roles: Map<string, number[]>;
  /** Role phrases by first word key, longest first (for matching in text). */
  roleByFirst: Map<string, string[]>;
  /** Folded head noun ("newspaper") → entry indices. */
  heads: Map<string, Set<number>>;
  /** Demonym ("Venezuelan") → alpha-3. */
  demonyms: Map<string, string>;
  /** Folded demonym → alpha-3. */
  demonymsFolded: Map<string, string>;
  /** Plural demonyms as people ("Palestinians") → alpha-3. */
  demonymPlurals: Map<string, string>;
  /** Spanish demonyms written after the noun ("el canciller ruso") → alpha-3. */
  demonymsAfter: Map<string, string>;
  /** Folded role phrase → office keys it names ("canciller" → fm, chancellor). */
  phraseOffices: Map<string, Set<string>>;
  byName: Map<string, number>;
  /** Folded alias → its records, for first words with long alias lists ("ministry", "fuerzas"). */
  byFolded: Map<string, AliasRec[]>;
}

const FOLD = new Map<string, string>();
/** Folds one non-ASCII character (cached). */
function foldChar(c: string): string {
  let f = FOLD.get(c);
  if (f === undefined) {
    const d = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    f = c === '\u2019' || c === '\u2018' ? "'" : c === '\u201c' || c === '\u201d' ? '"' : c === '\u2013' || c === '\u2014' ? '-' : /\s/.test(c) ? ' ' : d.length === 1 ? d : c.length === 1 && c.toLowerCase().length === 1 ? c.toLowerCase() : c;
    FOLD.set(c, f);
  }
  return f;
}
const NON_ASCII = /[^\x00-\x7f]/g;
/** Length-preserving fold: lower case, no accents, straight quotes (one UTF-16 unit per unit). */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  // Lower-casing can change the length of a few characters ("İ"): fold those one by one.
  if (lower.length !== s.length) return s.replace(/[\s\S]/g, (c) => (c.charCodeAt(0) < 128 ? c.toLowerCase() : foldChar(c)));
  return lower.replace(NON_ASCII, foldChar);
}

const LEAD = /^[\p{L}\p{N}]+/u;
const KEYS = new Map<string, string>();
/** The key of a word: its folded leading run of letters and digits ("U.S." → "u"); cached per spelling. */
export function wordKey(s: string): string {
  let k = KEYS.get(s);
  if (k === undefined) {
    const m = LEAD.exec(fold(s));
    k = m ? m[0] : '';
    if (KEYS.size < 100_000) KEYS.set(s, k);
  }
  return k;
}

function isAcronym(a: string): boolean {
  const upper = a.replace(/[^A-Z]/g, '').length;
  return a.length <= 6 && upper >= 2 && !/\s/.test(a);
}

let lex: ActorLexicon | null = null;

/** The lexicon with its indexes, built on first use and cached for the process. */
export function lexicon(): ActorLexicon {
  return (lex ??= build());
}

/** All lexicon entries. */
export function actorLexicon(): readonly ActorEntry[] {
  return lexicon().entries;
}

function build(): ActorLexicon {
  const { countries, demonyms } = countryData();
  const entries = [...usActors, ...venezuelaActors, ...regionActors, ...worldActors, ...mediaActors, ...countries, ...stateActors()];
  addRows(entries);
  addSkippedAliases(entries);
  const countryNames = new Map<string, string>();
  for (const e of countries) if (e.type === 'GPE' && e.code && !e.metonym && !countryNames.has(e.code)) countryNames.set(e.code, e.code === 'USA' || e.code === 'GBR' ? `the ${e.name === 'United States' ? 'United States' : 'United Kingdom'}` : e.name);
  addLeaders(entries, (code) => countryNames.get(code) ?? code);
  const recs = new Map<string, AliasRec>();
  const byName = new Map<string, number>();
  const addAlias = (raw: string, entry: number, surname: boolean) => {
    let alias = raw.trim();
    let needsThe = false;
    if (/^the /i.test(alias)) {
      alias = alias.slice(4);
      needsThe = !alias.includes(' ') && !isAcronym(alias);
    }
    const folded = fold(alias);
    const id = folded + (needsThe ? '|the' : '');
    const rec = recs.get(id);
    if (rec) {
      if (!rec.entries.includes(entry)) rec.entries.push(entry);
      return;
    }
    const c = alias.charAt(0);
    recs.set(id, { folded, entries: [entry], exact: isAcronym(alias) ? alias : null, capital: c !== c.toLowerCase(), surname, needsThe });
  };
  entries.forEach((e, i) => {
    if (!byName.has(e.name)) byName.set(e.name, i);
    const all = [e.name, ...e.aliases];
    for (const a of all) addAlias(a, i, e.type === 'PERSON' && !/[\s-]/.test(a.trim()));
    if (e.type === 'PERSON' && !e.noSurname) {
      const last = e.name.split(' ').at(-1)!;
      if (last.length >= 4 && !all.includes(last)) addAlias(last, i, true);
    }
  });
  const byFirst = new Map<string, AliasRec[]>();
  for (const rec of recs.values()) {
    const key = wordKey(rec.folded);
    if (!key) continue;
    const list = byFirst.get(key);
    if (list) list.push(rec);
    else byFirst.set(key, [rec]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.folded.length - a.folded.length);
  const byFolded = new Map<string, AliasRec[]>();
  for (const rec of recs.values()) {
    const list = byFolded.get(rec.folded);
    if (list) list.push(rec);
    else byFolded.set(rec.folded, [rec]);
  }

  const roles = new Map<string, number[]>();
  const heads = new Map<string, Set<number>>();
  const phraseOffices = new Map<string, Set<string>>();
  for (const [key, o] of Object.entries(OFFICES)) {
    for (const p of o.phrases) {
      const f = fold(p);
      const set = phraseOffices.get(f) ?? new Set<string>();
      set.add(key);
      phraseOffices.set(f, set);
    }
  }
  entries.forEach((e, i) => {
    const phrases = new Set((e.roles ?? []).map(fold));
    for (const t of e.terms ?? []) for (const p of OFFICES[t.office]?.phrases ?? []) phrases.add(fold(p));
    for (const f of phrases) {
      const list = roles.get(f);
      if (list) list.push(i);
      else roles.set(f, [i]);
    }
    for (const h of e.heads ?? []) {
      const f = fold(h);
      const set = heads.get(f) ?? new Set<number>();
      set.add(i);
      heads.set(f, set);
    }
  });
  const roleByFirst = new Map<string, string[]>();
  for (const r of roles.keys()) {
    const k = wordKey(r);
    const list = roleByFirst.get(k) ?? [];
    list.push(r);
    roleByFirst.set(k, list);
  }
  for (const list of roleByFirst.values()) list.sort((a, b) => b.length - a.length);
  const demonymsFolded = new Map<string, string>();
  for (const [d, a3] of demonyms) demonymsFolded.set(fold(d), a3);
  const demonymPlurals = new Map<string, string>();
  for (const [d, a3] of demonyms) if (/^\p{Lu}/u.test(d) && /(an|i|e|ot|k|z)$/.test(d) && !/ese$/.test(d) && !d.includes('.')) demonymPlurals.set(`${d}s`, a3);
  const demonymsAfter = spanishDemonyms();
  return { entries, byFirst, roles, roleByFirst, heads, demonyms, demonymsFolded, demonymPlurals, demonymsAfter, phraseOffices, byName, byFolded };
}

/** The coded actor of a lexicon entry (null for names that are no actors); the role is the one held in `year`. */
export function entryActor(e: ActorEntry, role?: string | null, year: number | null = null): Actor | null {
  if (e.noActor) return null;
  return { name: e.name, code: e.code, sector: e.sector, wikidata: e.wikidata, role: role ?? roleAt(e, year) };
}

/** Looks an actor up by any alias (accent- and case-insensitive; acronyms exact). */
export function findActor(name: string): Actor | null {
  const L = lexicon();
  let alias = name.trim().replace(/['’]s$/, '');
  if (/^the /i.test(alias)) alias = alias.slice(4);
  const folded = fold(alias);
  const list = L.byFirst.get(wordKey(folded)) ?? [];
  for (const rec of list) {
    if (rec.folded !== folded) continue;
    if (rec.exact && rec.exact !== alias) continue;
    return entryActor(L.entries[rec.entries[0]]);
  }
  const demonym = L.demonymsFolded.get(folded);
  if (demonym) {
    const i = L.entries.findIndex((e) => e.type === 'GPE' && e.code === demonym && !e.metonym);
    if (i >= 0) return entryActor(L.entries[i]);
  }
  return null;
}
