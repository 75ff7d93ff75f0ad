// Role descriptions and generic nouns ("the Republican", "the Interior Minister", "the newspaper"),
// appositions ("the Minister of the Interior, Diosdado Cabello"), and their resolution in the document.
import type { Entity } from '../core/types.ts';
import { entryActor, lexicon, wordKey } from '../lexicons/actors.ts';
import { OFFICES, roleAt } from '../lexicons/actors-leaders.ts';
import { type Cand, type Resolver, type Scan, isCapitalised, take, tokenEndingAt } from './entities-scan.ts';
import { codeAfterRole, countryPossessive, describedPerson, gpeCodeEndingBefore, holderAt, holdsOffice, isPossessive, lastCountryBefore } from './entities-office.ts';

const DETS = new Set(['the', 'el', 'la']);
const PARTIES: Record<string, string> = { republican: 'Republican', democrat: 'Democratic' };
/** Nouns that may follow "the Republican" in the same description. */
const PARTY_HEADS = new Set(['leader', 'president', 'senator', 'politician', 'magnate', 'mogul', 'tycoon', 'billionaire', 'businessman', 'congressman', 'lawmaker']);
/** Bare office words: they refer to the last person whose role contains them. */
const OFFICE_WORDS = new Set(['president', 'minister', 'secretary', 'leader', 'envoy', 'ambassador', 'commander', 'prosecutor', 'chancellor', 'presidente', 'presidenta', 'ministro', 'ministra', 'canciller', 'mandatario', 'mandataria']);

/** Words between a country and its office that do not change it ("Lebanon's new President"). */
const MODS = new Set(['new', 'former', 'ousted', 'interim', 'acting', 'outgoing', 'incoming', 'top', 'senior', 'then', 'nuevo', 'nueva', 'exiled']);

/** Finds role descriptions; runs after the lexicon so names are already taken. */
export function matchRoles(scan: Scan): void {
  const L = lexicon();
  const { tokens } = scan;
  const personAt = new Map<number, Cand>();
  for (const c of scan.cands) if (c.type === 'PERSON' && c.entry >= 0) personAt.set(c.t0, c);
  for (let i = 0; i < tokens.length; i++) {
    if (scan.taken[i]) continue;
    // "Venezuela's defence minister": the possessive stands for a determiner and names the country.
    const poss = isPossessive(tokens[i]) ? gpeCodeEndingBefore(scan, i) : null;
    const hasDet = DETS.has(tokens[i].normal) || !!poss;
    let j = hasDet ? i + 1 : i;
    const start = poss ? i + 1 : i;
    let code: string | null = poss;
    const the = hasDet && !poss ? countryPossessive(scan, j) : -1;
    if (the >= 0) {
      code = lastCountryBefore(scan, i);
      j = the;
    }
    const first = tokens[j];
    if (!first || scan.taken[j] || first.sentence !== tokens[i].sentence) continue;
    if (!hasDet && !isCapitalised(first.text)) continue;
    const dem = L.demonyms.get(first.text);
    if (dem && tokens[j + 1] && !scan.taken[j + 1]) {
      code = dem;
      j++;
    }
    if (MODS.has(tokens[j].normal) && tokens[j + 1] && !scan.taken[j + 1]) j++;
    const at = tokens[j];
    const party = PARTIES[at.normal];
    if (party && hasDet && !code && isCapitalised(at.text)) {
      const end = tokens[j + 1] && PARTY_HEADS.has(tokens[j + 1].normal) ? j + 1 : j;
      take(scan, { start: tokens[i].start, end: tokens[end].end, t0: i, t1: end + 1, type: 'PERSON', actor: null, by: 'role', entry: -1, resolve: { kind: 'party', party } });
      i = end;
      continue;
    }
    const role = matchPhrase(scan, j, L.roleByFirst.get(wordKey(at.text)) ?? []);
    let last = role ? role.last : j;
    if (role) {
      const after = codeAfterRole(scan, last);
      code ??= after.code;
      last = after.last;
    }
    const word = role ? role.phrase : at.normal;
    const next = tokens[last + 1];
    const nameAt = next?.text === ',' ? last + 2 : last + 1;
    const person = personAt.get(nameAt);
    if (role && person && person.actor) {
      // Apposition or title: one PERSON carrying the role; a title stays outside the name's span.
      if (next?.text === ',') {
        person.start = tokens[hasDet && !poss ? i + 1 : start].start;
        person.t0 = hasDet && !poss ? i + 1 : start;
        for (let k = person.t0; k < person.t1; k++) scan.taken[k] = 1;
      }
      const entryRole = L.entries[person.entry].role ?? null;
      person.actor = { ...person.actor, role: entryRole ?? scan.text.slice(tokens[j].start, tokens[role.last].end) };
      i = last;
      continue;
    }
    if (role && code && takeDescribedName(scan, nameAt, code, role.phrase, scan.text.slice(tokens[j].start, tokens[role.last].end))) {
      i = last;
      continue;
    }
    if (!hasDet) continue;
    let resolve: Resolver | null = null;
    if (role) {
      const entries = L.roles.get(role.phrase)!.filter((e) => holdsOffice(e, role.phrase, code));
      // A country-specific phrase ("canciller ruso") names its country itself.
      const own = code ?? (entries.length && entries.every((e) => L.entries[e].code === L.entries[entries[0]].code) && !L.phraseOffices.has(role.phrase) ? L.entries[entries[0]].code : null);
      if (entries.length) resolve = { kind: 'entries', entries: new Set(entries), fallback: own ? holderAt(entries, role.phrase, own, scan.year) : null };
    } else if (!code && L.heads.has(word) && !isCapitalised(at.text)) {
      resolve = { kind: 'entries', entries: L.heads.get(word)!, fallback: null };
    } else if (OFFICE_WORDS.has(word)) {
      resolve = { kind: 'role', word, code, fallback: null };
    }
    if (!resolve) continue;
    // "the president's decision" is fine; "the president of Colombia" was a longer role or is left alone.
    if (!role && next && (next.normal === 'of' || next.normal === 'de') && !code) continue;
    const generic = resolve.kind === 'entries' && !role;
    take(scan, { start: tokens[start].start, end: tokens[last].end, t0: start, t1: last + 1, type: resolve.kind === 'entries' && generic ? typeOfEntries(resolve.entries) : 'PERSON', actor: null, by: generic ? 'coref' : 'role', entry: -1, resolve });
    i = last;
  }
}

/** "Serbian President Vojislav Kostunica": a capitalised name after a coded role is that office's holder. */
function takeDescribedName(scan: Scan, at: number, code: string, phrase: string, written: string): boolean {
  const { tokens } = scan;
  let end = at;
  while (end < tokens.length && !scan.taken[end] && tokens[end].sentence === tokens[at]?.sentence && isCapitalised(tokens[end].text) && /^\p{L}/u.test(tokens[end].text) && (tokens[end].pos === 'PROPN' || end > at)) end++;
  if (end - at < 2 || end - at > 4) return false;
  const offices = lexicon().phraseOffices.get(phrase);
  let sector = 'GOV';
  for (const o of offices ?? []) sector = OFFICES[o]?.sector ?? sector;
  const name = scan.text.slice(tokens[at].start, tokens[end - 1].end);
  take(scan, { start: tokens[at].start, end: tokens[end - 1].end, t0: at, t1: end, type: 'PERSON', actor: describedPerson(name, code, sector, written), by: 'role', entry: -1 });
  return true;
}

function typeOfEntries(entries: Set<number>): Cand['type'] {
  const L = lexicon();
  for (const e of entries) return L.entries[e].type;
  return 'OTHER';
}

function matchPhrase(scan: Scan, j: number, phrases: string[]): { phrase: string; last: number } | null {
  for (const phrase of phrases) {
    const last = tokenEndingAt(scan, scan.tokens[j].start, phrase);
    if (last >= j) return { phrase, last };
  }
  return null;
}

/**
 * Resolves role descriptions against earlier entities (`ref` = index of the antecedent).
 * Unresolved descriptions without a lexicon fallback are dropped.
 */
export function resolveRoles(cands: Cand[], year: number | null = null): Entity[] {
  const L = lexicon();
  const out: Entity[] = [];
  const entryOf: number[] = [];
  for (const c of cands) {
    if (!c.resolve) {
      entryOf.push(c.entry);
      out.push({ start: c.start, end: c.end, text: '', type: c.type, actor: c.actor, by: c.by, ref: null });
      continue;
    }
    const r = c.resolve;
    let ref = -1;
    for (let k = out.length - 1; k >= 0 && ref < 0; k--) {
      const e = entryOf[k];
      if (e < 0 || out[k].by === 'role' || out[k].by === 'coref') continue;
      const entry = L.entries[e];
      const role = r.kind === 'role' ? roleAt(entry, year) : null;
      if (r.kind === 'entries' ? r.entries.has(e) : r.kind === 'party' ? entry.party === r.party : entry.type === 'PERSON' && !!role?.toLowerCase().includes(r.word) && !/former/i.test(role) && (!r.code || entry.code === r.code)) ref = k;
    }
    if (ref >= 0) {
      entryOf.push(entryOf[ref]);
      out.push({ start: c.start, end: c.end, text: '', type: out[ref].type, actor: out[ref].actor, by: c.by, ref });
    } else if (r.kind !== 'party' && r.fallback !== null) {
      entryOf.push(r.fallback);
      out.push({ start: c.start, end: c.end, text: '', type: L.entries[r.fallback].type, actor: entryActor(L.entries[r.fallback], null, year), by: 'role', ref: null });
    } else if (r.kind === 'entries' && r.fallbackActor) {
      entryOf.push(-1);
      out.push({ start: c.start, end: c.end, text: '', type: c.type, actor: r.fallbackActor, by: 'generic', ref: null });
    }
  }
  return out;
}
