// State institutions generated from the country table: government, ministries of foreign affairs, defence
// and interior, armed forces and branches, police, intelligence, parliament; English and Spanish aliases.
import type { ActorEntry } from './actors-types.ts';
import { STATE_ROWS } from './data/actors-states.ts';

export interface StateRow {
  code: string;
  name: string;
  demonym: string;
  es: string;
  esM: string;
  esF: string;
  qid: string | null;
  skip: Set<string>;
}

/** Spanish plural of an adjective: "rusa" → "rusas", "israelí" → "israelíes", "español" → "españoles". */
export function esPlural(a: string): string {
  if (/[aeiou]$/.test(a)) return `${a}s`;
  if (/[íú]$/.test(a)) return `${a}es`;
  return `${a.replace(/é(s)$/, 'e$1').replace(/á(n)$/, 'a$1')}es`;
}

let rows: StateRow[] | null = null;
export function stateRows(): StateRow[] {
  return (rows ??= STATE_ROWS.trim().split('\n').map((line) => {
    const [code, name, demonym, es, esM, esF, qid, skip] = line.split('|');
    return { code, name, demonym, es, esM, esF, qid: qid || null, skip: new Set((skip ?? '').split(',').filter(Boolean)) };
  }));
}

type Template = [key: string, sector: string, name: (r: StateRow, the: string) => string, aliases: (r: StateRow, the: string) => string[], heads: string[]];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "the United States" / "Russia": English names that take an article. */
const THE = /^(United|Czech|Dominican|Central African|Democratic|Philippines|Netherlands)/;

const TEMPLATES: Template[] = [
  ['gov', 'GOV', (r, t) => `Government of ${t}`, (r, t) => [`${r.demonym} government`, `${r.demonym} Government`, `${t}'s government`, `${r.demonym} authorities`, `${r.demonym} officials`, `Gobierno de ${r.es}`, `Gobierno ${r.esM}`, `autoridades ${esPlural(r.esF)}`], ['government', 'gobierno']],
  ['fm', 'GOV', (r, t) => `Ministry of Foreign Affairs of ${t}`, (r, t) => [`${r.demonym} Foreign Ministry`, `${r.demonym} Ministry of Foreign Affairs`, `${t}'s Foreign Ministry`, `${r.demonym} foreign ministry`, `Foreign Ministry of ${r.name}`, `Ministerio de Relaciones Exteriores de ${r.es}`, `Ministerio de Asuntos Exteriores de ${r.es}`, `Ministerio de Exteriores de ${r.es}`, `Cancillería de ${r.es}`, `Cancillería ${r.esF}`], ['foreign ministry', 'cancillería']],
  ['def', 'MIL', (r, t) => `Ministry of Defence of ${t}`, (r, t) => [`${r.demonym} Defence Ministry`, `${r.demonym} Defense Ministry`, `${r.demonym} Ministry of Defence`, `${r.demonym} Ministry of Defense`, `${t}'s Defence Ministry`, `${t}'s Defense Ministry`, `Ministry of Defense of ${r.name}`, `Ministerio de Defensa de ${r.es}`, `Ministerio de Defensa ${r.esM}`], ['defence ministry', 'defense ministry']],
  ['int', 'GOV', (r, t) => `Ministry of the Interior of ${t}`, (r, t) => [`${r.demonym} Interior Ministry`, `${r.demonym} Ministry of the Interior`, `${r.demonym} Ministry of Interior`, `${t}'s Interior Ministry`, `Ministerio del Interior de ${r.es}`, `Ministerio del Interior ${r.esM}`], ['interior ministry']],
  ['mil', 'MIL', (r) => `${r.demonym} Armed Forces`, (r, t) => [`${r.demonym} military`, `${r.demonym} armed forces`, `${r.demonym} forces`, `${r.demonym} troops`, `Armed Forces of ${r.name}`, `${t}'s military`, `${t}'s armed forces`, `Fuerzas Armadas de ${r.es}`, `Fuerzas Armadas ${esPlural(r.esF)}`, `fuerzas ${esPlural(r.esF)}`, `tropas ${esPlural(r.esF)}`], ['armed forces', 'military', 'fuerzas armadas']],
  ['army', 'MIL', (r) => `${r.demonym} Army`, (r, t) => [`${t}'s army`, `Army of ${r.name}`, `Ejército de ${r.es}`, `Ejército ${r.esM}`], ['army', 'ejército']],
  ['navy', 'MIL', (r) => `${r.demonym} Navy`, (r, t) => [`${t}'s navy`, `${r.demonym} warships`, `Armada de ${r.es}`, `Armada ${r.esF}`, `Marina ${r.esF}`], ['navy', 'armada']],
  ['af', 'MIL', (r) => `${r.demonym} Air Force`, (r, t) => [`${t}'s air force`, `${r.demonym} aircraft`, `${r.demonym} warplanes`, `${r.demonym} jets`, `Fuerza Aérea de ${r.es}`, `Fuerza Aérea ${r.esF}`, `aviación ${r.esF}`], ['air force']],
  ['pol', 'POL', (r) => `${r.demonym} Police`, (r, t) => [`${r.demonym} police`, `${t}'s police`, `National Police of ${r.name}`, `${r.demonym} security forces`, `Policía de ${r.es}`, `Policía ${r.esF}`, `Policía Nacional de ${r.es}`, `fuerzas de seguridad ${esPlural(r.esF)}`], ['police', 'policía']],
  ['intel', 'INTEL', (r) => `${r.demonym} intelligence services`, (r, t) => [`${r.demonym} intelligence`, `${t}'s intelligence services`, `servicios de inteligencia de ${r.es}`, `inteligencia ${r.esF}`], ['intelligence services']],
  ['leg', 'LEG', (r, t) => `Parliament of ${t}`, (r, t) => [`${r.demonym} parliament`, `${r.demonym} Parliament`, `${t}'s parliament`, `${r.demonym} lawmakers`, `${r.demonym} legislature`, `Parlamento de ${r.es}`, `Parlamento ${r.esM}`, `legisladores ${esPlural(r.esM)}`], ['parliament', 'parlamento']],
];

/** All generated state institutions. */
export function stateActors(): ActorEntry[] {
  const out: ActorEntry[] = [];
  for (const r of stateRows()) {
    const the = THE.test(r.name) ? `the ${r.name}` : r.name;
    for (const [key, sector, name, aliases, heads] of TEMPLATES) {
      if (r.skip.has(key)) continue;
      const all = aliases(r, the).map((a) => (a.startsWith('the ') ? cap(a.slice(4)) : a));
      out.push({ name: name(r, the), type: 'ORG', code: r.code, sector, wikidata: null, aliases: [...new Set(all)], heads });
    }
  }
  return out;
}

/** Spanish aliases start with a Spanish head noun ("Armada de México", "tropas venezolanas"). */
const SPANISH_ALIAS = /^(?:Gobierno|autoridades|Ministerio|Cancillería|Fuerzas?|fuerzas|tropas|Ejército|Armada|Marina|aviación|Policía|servicios|inteligencia|Parlamento|legisladores)\b/;
const foldAlias = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * A skipped template ("VEN … navy") is covered by a hand-written entry ("Bolivarian Navy of Venezuela"): give that entry
 * the template's Spanish aliases ("Armada de Venezuela", "Armada venezolana") it lacks. The covering entry is the one of
 * the same country carrying the template's English name or an English alias ("Venezuelan Navy"); aliases any other
 * entry already holds are left alone.
 */
export function addSkippedAliases(entries: ActorEntry[]): void {
  const holders = new Map<string, ActorEntry[]>();
  for (const e of entries) {
    for (const a of [e.name, ...e.aliases]) {
      const f = foldAlias(a);
      const list = holders.get(f);
      if (list) list.push(e);
      else holders.set(f, [e]);
    }
  }
  for (const r of stateRows()) {
    const the = THE.test(r.name) ? `the ${r.name}` : r.name;
    for (const [key, , name, aliases] of TEMPLATES) {
      if (!r.skip.has(key)) continue;
      const all = [name(r, the), ...aliases(r, the)].map((a) => (a.startsWith('the ') ? cap(a.slice(4)) : a));
      const english = all.filter((a) => !SPANISH_ALIAS.test(a));
      let owner: ActorEntry | null = null;
      for (const a of english) {
        const hit = (holders.get(foldAlias(a)) ?? []).filter((e) => e.code === r.code && e.type === 'ORG');
        if (hit.length === 1) {
          owner = hit[0];
          break;
        }
      }
      if (!owner) continue;
      for (const a of all) {
        if (!SPANISH_ALIAS.test(a) || holders.has(foldAlias(a))) continue;
        owner.aliases.push(a);
        holders.set(foldAlias(a), [owner]);
      }
    }
  }
}

/** Spanish demonyms (all four forms) → alpha-3; lower case, as Spanish writes them. */
export function spanishDemonyms(): Map<string, string> {
  const m = new Map<string, string>();
  for (const r of stateRows()) for (const d of [r.esM, r.esF, esPlural(r.esM), esPlural(r.esF)]) if (!m.has(d)) m.set(d, r.code);
  return m;
}
