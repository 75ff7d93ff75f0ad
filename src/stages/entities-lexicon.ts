// Lexicon matching over tokens: longest alias first, collective actors ("Venezuelan authorities"),
// "<leader> administration", "Government of <leader>", capital metonyms, lone demonyms.
import type { Actor } from '../core/types.ts';
import { type AliasRec, entryActor, lexicon, wordKey } from '../lexicons/actors.ts';
import { termAt } from '../lexicons/actors-leaders.ts';
import { type Scan, isCapitalised, take, tokenEndingAt } from './entities-scan.ts';

/** Words before a name that are titles, not part of another person's name. */
export const TITLES = new Set(['president', 'mr.', 'mrs.', 'ms.', 'dr.', 'gen.', 'general', 'secretary', 'minister', 'senator', 'sen.', 'rep.', 'adm.', 'admiral', 'gov.', 'governor', 'leader', 'presidente', 'presidenta', 'ministro', 'ministra', 'canciller', 'señor', 'sr.', 'sra.', 'prime', 'vice', 'chancellor', 'ambassador', 'envoy', 'pope', 'king', 'queen', 'judge', 'col.', 'colonel', 'lt.', 'capt.', 'captain', 'commander', 'director', 'chief', 'attorney', 'speaker', 'dictator', 'strongman', 'candidate', 'diputado', 'diputada', 'senador', 'senadora', 'gobernador', 'alcalde', 'mayor']);
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'around', 'across', 'into', 'through', 'inside', 'to', 'toward', 'towards', 'en', 'visit', 'visited', 'over', 'above', 'of', 'flew', 'arrived']);
const GOV_NOUNS = new Set(['administration', 'government', 'regime', 'cabinet', 'gobierno', 'régimen', 'administración']);

/** Collective nouns after a demonym, with the sector and type they give. */
const COLLECTIVE: Record<string, [string, 'GROUP' | 'ORG']> = {
  officials: ['GOV', 'GROUP'], authorities: ['GOV', 'GROUP'], government: ['GOV', 'ORG'], administration: ['GOV', 'ORG'],
  regime: ['GOV', 'ORG'], diplomats: ['GOV', 'GROUP'], ministry: ['GOV', 'ORG'], officers: ['MIL', 'GROUP'],
  military: ['MIL', 'ORG'], army: ['MIL', 'ORG'], 'armed forces': ['MIL', 'ORG'], forces: ['MIL', 'GROUP'], troops: ['MIL', 'GROUP'],
  soldiers: ['MIL', 'GROUP'], navy: ['MIL', 'ORG'], 'air force': ['MIL', 'ORG'], 'coast guard': ['MIL', 'ORG'], warships: ['MIL', 'GROUP'],
  police: ['POL', 'ORG'], 'security forces': ['POL', 'GROUP'], intelligence: ['INTEL', 'ORG'], spies: ['INTEL', 'GROUP'],
  lawmakers: ['LEG', 'GROUP'], legislators: ['LEG', 'GROUP'], senators: ['LEG', 'GROUP'], congress: ['LEG', 'ORG'], parliament: ['LEG', 'ORG'],
  judges: ['JUD', 'GROUP'], prosecutors: ['JUD', 'GROUP'], courts: ['JUD', 'GROUP'], opposition: ['OPP', 'GROUP'],
  gangs: ['CRM', 'GROUP'], cartels: ['CRM', 'GROUP'], traffickers: ['CRM', 'GROUP'], 'drug traffickers': ['CRM', 'GROUP'], smugglers: ['CRM', 'GROUP'],
  rebels: ['REB', 'GROUP'], guerrillas: ['REB', 'GROUP'], migrants: ['CVL', 'GROUP'], civilians: ['CVL', 'GROUP'], citizens: ['CVL', 'GROUP'],
  nationals: ['CVL', 'GROUP'], fishermen: ['CVL', 'GROUP'], people: ['CVL', 'GROUP'], journalists: ['MED', 'GROUP'], media: ['MED', 'GROUP'],
  companies: ['BUS', 'GROUP'], 'oil companies': ['BUS', 'GROUP'], autoridades: ['GOV', 'GROUP'], funcionarios: ['GOV', 'GROUP'],
  official: ['GOV', 'GROUP'], minister: ['GOV', 'GROUP'], negotiator: ['GOV', 'GROUP'], negotiators: ['GOV', 'GROUP'], leaders: ['GOV', 'GROUP'],
  delegation: ['GOV', 'GROUP'], envoy: ['GOV', 'GROUP'], sides: ['GOV', 'GROUP'], side: ['GOV', 'GROUP'], advisers: ['GOV', 'GROUP'], administrators: ['GOV', 'GROUP'],
  judge: ['JUD', 'GROUP'], politicians: ['OPP', 'GROUP'], elders: ['CVL', 'GROUP'], doctors: ['CVL', 'GROUP'], farmers: ['CVL', 'GROUP'],
  workers: ['CVL', 'GROUP'], students: ['CVL', 'GROUP'], youths: ['CVL', 'GROUP'], demonstrators: ['CVL', 'GROUP'], protesters: ['CVL', 'GROUP'],
  prisoners: ['CVL', 'GROUP'], prisoner: ['CVL', 'GROUP'], detainees: ['CVL', 'GROUP'], refugees: ['CVL', 'GROUP'], immigrants: ['CVL', 'GROUP'],
  settlers: ['CVL', 'GROUP'], landowners: ['CVL', 'GROUP'], hackers: ['CVL', 'GROUP'], national: ['CVL', 'GROUP'], landlords: ['CVL', 'GROUP'],
  militiamen: ['REB', 'GROUP'], militia: ['REB', 'GROUP'], militias: ['REB', 'GROUP'], guerillas: ['REB', 'GROUP'], extremists: ['REB', 'GROUP'],
  militants: ['REB', 'GROUP'], militant: ['REB', 'GROUP'], fighters: ['REB', 'GROUP'], insurgents: ['REB', 'GROUP'], separatists: ['REB', 'GROUP'],
  rebel: ['REB', 'GROUP'], 'suicide bombers': ['REB', 'GROUP'], bombers: ['REB', 'GROUP'], 'armed groups': ['REB', 'GROUP'],
  aircraft: ['MIL', 'GROUP'], helicopters: ['MIL', 'GROUP'], tanks: ['MIL', 'GROUP'], warplanes: ['MIL', 'GROUP'], jets: ['MIL', 'GROUP'],
  gunships: ['MIL', 'GROUP'], bulldozers: ['MIL', 'GROUP'], peacekeepers: ['MIL', 'GROUP'], 'peacekeeping troops': ['MIL', 'GROUP'], soldier: ['MIL', 'GROUP'],
  'riot police': ['POL', 'GROUP'], policemen: ['POL', 'GROUP'], 'border guards': ['MIL', 'GROUP'],
};
/** A modifier between demonym and noun that decides the sector ("Venezuelan military officials"). */
const MODIFIER: Record<string, string> = { rebel: 'REB', armed: 'REB', civilian: 'CVL', riot: 'POL', peacekeeping: 'MIL', military: 'MIL', defense: 'MIL', army: 'MIL', naval: 'MIL', navy: 'MIL', security: 'POL', police: 'POL', intelligence: 'INTEL', government: 'GOV', administration: 'GOV', opposition: 'OPP', judicial: 'JUD' };

export function matchLexicon(scan: Scan, seen: Set<number>): void {
  const L = lexicon();
  const { tokens, text } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (scan.taken[i]) continue;
    const tok = tokens[i];
    if (!/[\p{L}\p{N}]/u.test(tok.text.charAt(0))) continue;
    if (matchCollective(scan, i)) continue;
    const first = L.byFirst.get(wordKey(tok.text));
    if (!first) continue;
    const list = first.length > LONG_LIST ? aliasesAt(scan, i) : first;
    const prev = tokens[i - 1];
    for (const rec of list) {
      const last = tokenEndingAt(scan, tok.start, rec.folded);
      if (last < i) continue;
      const written = text.slice(tok.start, tokens[last].end);
      if (rec.exact ? written !== rec.exact : rec.capital && !isCapitalised(written)) continue;
      if (rec.needsThe && prev?.normal !== 'the') continue;
      // "Ivanka Trump": a capitalised first name before a surname makes it another person.
      if (rec.surname && prev && prev.sentence === tok.sentence && prev.pos === 'PROPN' && isCapitalised(prev.text) && !TITLES.has(prev.normal) && !L.demonyms.has(prev.text)) break;
      const entry = rec.entries.find((e) => seen.has(e)) ?? (rec.entries.length === 1 || !rec.surname ? rec.entries[0] : byPeriod(rec.entries, scan.year));
      if (entry < 0) {
        take(scan, { start: tok.start, end: tokens[last].end, t0: i, t1: last + 1, type: 'PERSON', actor: null, by: 'lexicon', entry: -1 });
        break;
      }
      const e = L.entries[entry];
      seen.add(entry);
      let actor = entryActor(e, undefined, scan.year);
      if (e.metonym && prev && LOCATIVE.has(prev.normal)) actor = null;
      const next = tokens[last + 1];
      if (e.type === 'PERSON' && next && GOV_NOUNS.has(next.normal) && next.sentence === tok.sentence) {
        take(scan, { start: tok.start, end: next.end, t0: i, t1: last + 2, type: 'ORG', actor: governmentOf(e.code, `${written} ${next.text}`), by: 'lexicon', entry: -1 });
        scan.cands.push({ start: tok.start, end: tokens[last].end, t0: i, t1: last + 1, type: 'PERSON', actor, by: 'lexicon', entry });
      } else {
        const govOf = e.type === 'PERSON' ? governmentBefore(scan, i) : -1;
        if (govOf >= 0) {
          take(scan, { start: tokens[govOf].start, end: tokens[last].end, t0: govOf, t1: last + 1, type: 'ORG', actor: governmentOf(e.code, text.slice(tokens[govOf].start, tokens[last].end)), by: 'lexicon', entry: -1 });
          // The leader stays an entity of its own inside the government's span.
          scan.cands.push({ start: tok.start, end: tokens[last].end, t0: i, t1: last + 1, type: 'PERSON', actor, by: 'lexicon', entry });
        } else {
          take(scan, { start: tok.start, end: tokens[last].end, t0: i, t1: last + 1, type: e.type, actor, by: 'lexicon', entry });
        }
      }
      i = last;
      break;
    }
  }
}

/** Above this many aliases for a first word, look up the text's own word sequences instead of scanning the list. */
const LONG_LIST = 24;
/** Longest alias length in tokens worth trying. */
const MAX_ALIAS_TOKENS = 10;

/** Alias records spelled exactly as the token sequences starting at `i`, longest first. */
function aliasesAt(scan: Scan, i: number): AliasRec[] {
  const { tokens, folded } = scan;
  const out: AliasRec[] = [];
  const start = tokens[i].start;
  const stop = Math.min(tokens.length, i + MAX_ALIAS_TOKENS);
  for (let k = stop - 1; k >= i; k--) {
    const recs = lexicon().byFolded.get(folded.slice(start, tokens[k].end));
    if (recs) out.push(...recs);
  }
  return out;
}

/** An ambiguous surname: the one bearer in office at `year`, or any bearer when all share one country. */
function byPeriod(entries: number[], year: number | null): number {
  const L = lexicon();
  const inOffice = entries.filter((i) => termAt(L.entries[i], year));
  if (inOffice.length === 1) return inOffice[0];
  return entries.every((i) => L.entries[i].code === L.entries[entries[0]].code) ? entries[0] : -1;
}

/** "the Government of Nicolás Maduro": index of "Government" when tokens i-2, i-1 are "<gov noun> of". */
function governmentBefore(scan: Scan, i: number): number {
  const of = scan.tokens[i - 1];
  const noun = scan.tokens[i - 2];
  if (!of || !noun || (of.normal !== 'of' && of.normal !== 'de') || !GOV_NOUNS.has(noun.normal) || scan.taken[i - 2]) return -1;
  return i - 2;
}

/** The government actor of a country: the lexicon's government entry when there is one. */
function governmentOf(code: string | null, written: string): Actor {
  const L = lexicon();
  const i = L.entries.findIndex((e) => e.code === code && e.sector === 'GOV' && e.type === 'ORG' && !!e.heads?.some((h) => h === 'government' || h === 'administration'));
  const base = i >= 0 ? entryActor(L.entries[i])! : { name: written, code, sector: 'GOV', wikidata: null };
  return { ...base, name: code === 'USA' ? written : base.name, role: null };
}

/** Lower-case words that may stand between a demonym and its collective noun ("Liberian riot police"). */
const MAX_GAP = 2;

/** "Venezuelan authorities", "US military officials", "Liberian riot police", "Hungarian and Romanian officials", "Palestinians". */
function matchCollective(scan: Scan, i: number): boolean {
  const L = lexicon();
  const { tokens } = scan;
  const tok = tokens[i];
  const plural = L.demonymPlurals.get(tok.text);
  if (plural && !L.byFirst.get(wordKey(tok.text))?.some((r) => tokenEndingAt(scan, tok.start, r.folded) >= i)) {
    take(scan, { start: tok.start, end: tok.end, t0: i, t1: i + 1, type: 'NORP', actor: { name: tok.text, code: plural, sector: 'CVL', wikidata: null, role: null }, by: 'lexicon', entry: -1 });
    return true;
  }
  const code = L.demonyms.get(tok.text);
  if (!code) return false;
  // "Hungarian and Romanian officials": the first demonym shares the second's collective noun.
  const conj = tokens[i + 1];
  if (conj && (conj.normal === 'and' || conj.normal === 'y') && tokens[i + 2] && L.demonyms.has(tokens[i + 2].text)) {
    const head = collectiveAfter(scan, i + 2);
    if (head) {
      take(scan, { start: tok.start, end: tok.end, t0: i, t1: i + 1, type: head.type, actor: { name: tok.text, code, sector: head.sector, wikidata: null, role: null }, by: 'lexicon', entry: -1 });
      return true;
    }
  }
  const head = collectiveAfter(scan, i);
  if (!head) return false;
  // Lexicon entries ("Venezuelan Government", "US officials") carry ids: let them match instead.
  const end = tokens[head.last].end;
  if (L.byFirst.get(wordKey(tok.text))?.some((r) => scan.folded.startsWith(r.folded, tok.start) && tok.start + r.folded.length >= end)) return false;
  const name = scan.text.slice(tok.start, end);
  take(scan, { start: tok.start, end, t0: i, t1: head.last + 1, type: head.type, actor: { name, code, sector: head.sector, wikidata: null, role: null }, by: 'lexicon', entry: -1 });
  return true;
}

/** The collective noun after the demonym at `i` (skipping up to two lower-case modifiers), with its sector. */
function collectiveAfter(scan: Scan, i: number): { last: number; sector: string; type: 'GROUP' | 'ORG' } | null {
  const { tokens } = scan;
  // "the Venezuelan interior minister" is a role description, resolved by the roles pass.
  const next = tokens[i + 1];
  if (next && lexicon().roleByFirst.get(wordKey(next.text))?.some((p) => tokenEndingAt(scan, next.start, p) > i)) return null;
  let sector: string | null = null;
  for (let j = i + 1; j <= i + 1 + MAX_GAP && j < tokens.length; j++) {
    const t = tokens[j];
    if (scan.taken[j] || t.sentence !== tokens[i].sentence || !/^\p{Ll}/u.test(t.text)) return null;
    const two = tokens[j + 1] ? `${t.normal} ${tokens[j + 1].normal}` : '';
    const hit = COLLECTIVE[two] ? ([two, j + 1] as const) : COLLECTIVE[t.normal] ? ([t.normal, j] as const) : null;
    if (hit) {
      const [s, type] = COLLECTIVE[hit[0]];
      return { last: hit[1], sector: sector ?? s, type };
    }
    sector ??= MODIFIER[t.normal] ?? null;
  }
  return null;
}

/** A lone demonym ("Venezuelan waters") is a nationality, not an actor; runs after lexicon and roles. */
export function matchDemonyms(scan: Scan): void {
  const L = lexicon();
  scan.tokens.forEach((tok, i) => {
    if (scan.taken[i] || !isCapitalised(tok.text) || !L.demonyms.has(tok.text)) return;
    if (L.byFirst.get(wordKey(tok.text))?.some((r) => tokenEndingAt(scan, tok.start, r.folded) >= i)) return;
    // CAMEO codes a bare demonym as its state ("an Indian proposal" → IND); the sector stays open.
    take(scan, { start: tok.start, end: tok.end, t0: i, t1: i + 1, type: 'NORP', actor: { name: tok.text, code: L.demonyms.get(tok.text)!, sector: null, wikidata: null, role: null }, by: 'lexicon', entry: -1 });
  });
}
