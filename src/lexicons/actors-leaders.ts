// Office holders by period: offices with their role phrases (English and Spanish), terms merged per person,
// and the holder of an office at a given year.
import type { ActorEntry, Term } from './actors-types.ts';
import { GROUP_LEADER_ROWS, LEADER_ROWS } from './data/actors-leaders.ts';

interface Office {
  /** Display role; {C} is the country or organisation. */
  title: string;
  /** Lower-case phrases that name the office in text (English and Spanish). */
  phrases: string[];
  sector?: string;
}

/** Office keys → role title and phrases. IGO offices carry their organisation in the title. */
export const OFFICES: Record<string, Office> = {
  president: { title: 'President of {C}', phrases: ['president', 'head of state', 'presidente', 'presidenta', 'mandatario', 'mandataria', 'jefe de estado', 'jefa de estado'] },
  pm: { title: 'Prime Minister of {C}', phrases: ['prime minister', 'premier', 'head of government', 'primer ministro', 'primera ministra', 'jefe de gobierno', 'jefa de gobierno', 'presidente del gobierno'] },
  vp: { title: 'Vice President of {C}', phrases: ['vice president', 'vice-president', 'vicepresidente', 'vicepresidenta'] },
  fm: { title: 'Minister of Foreign Affairs of {C}', phrases: ['foreign minister', 'minister of foreign affairs', 'foreign secretary', 'top diplomat', 'canciller', 'ministro de relaciones exteriores', 'ministra de relaciones exteriores', 'ministro de asuntos exteriores', 'ministra de asuntos exteriores', 'ministro de exteriores', 'ministra de exteriores', 'jefe de la diplomacia', 'jefa de la diplomacia'] },
  defence: { title: 'Minister of Defence of {C}', phrases: ['defence minister', 'defense minister', 'minister of defence', 'minister of defense', 'defence secretary', 'defense secretary', 'ministro de defensa', 'ministra de defensa', 'ministro de la defensa', 'ministra de la defensa'] },
  interior: { title: 'Minister of the Interior of {C}', phrases: ['interior minister', 'minister of the interior', 'minister of interior', 'home secretary', 'home minister', 'ministro del interior', 'ministra del interior', 'ministro de interior', 'ministra de interior'] },
  security: { title: 'Minister of Security of {C}', phrases: ['security minister', 'security secretary', 'minister of security', 'ministro de seguridad', 'ministra de seguridad', 'secretario de seguridad'] },
  chancellor: { title: 'Chancellor of {C}', phrases: ['chancellor', 'canciller'] },
  king: { title: 'Monarch of {C}', phrases: ['king', 'queen', 'monarch', 'rey', 'reina', 'monarca'] },
  emir: { title: 'Emir of {C}', phrases: ['emir'] },
  crownprince: { title: 'Crown Prince of {C}', phrases: ['crown prince', 'príncipe heredero'] },
  supreme: { title: 'Supreme Leader of {C}', phrases: ['supreme leader', 'líder supremo'] },
  leader: { title: 'Leader of {C}', phrases: ['leader', 'líder', 'strongman'] },
  speaker: { title: 'Speaker of the Parliament of {C}', phrases: ['speaker', 'parliament speaker', 'speaker of parliament', 'presidente del parlamento', 'presidente de la asamblea nacional'] },
  armychief: { title: 'Chief of the General Staff of {C}', phrases: ['army chief', 'military chief', 'chief of the general staff', 'commander-in-chief', 'jefe del estado mayor', 'jefe del ejército'], sector: 'MIL' },
  intelchief: { title: 'Head of military intelligence of {C}', phrases: ['intelligence chief', 'spy chief', 'jefe de inteligencia'], sector: 'INTEL' },
  chiefofstaff: { title: 'Head of the Presidential Office of {C}', phrases: ['chief of staff', 'jefe de gabinete'] },
  spokes: { title: 'Press Secretary of the President of {C}', phrases: ['spokesman', 'spokesperson', 'portavoz', 'vocero'] },
  fmspokes: { title: 'Spokeswoman of the Ministry of Foreign Affairs of {C}', phrases: ['foreign ministry spokeswoman', 'portavoz de la cancillería'] },
  'secgen-un': { title: 'Secretary-General of the United Nations', phrases: ['un secretary-general', 'un secretary general', 'u.n. secretary-general', 'secretary-general', 'secretario general de la onu'] },
  'secgen-nato': { title: 'Secretary General of NATO', phrases: ['nato secretary general', 'nato secretary-general', 'nato chief', 'secretario general de la otan'] },
  'commission-eu': { title: 'President of the European Commission', phrases: ['european commission president', 'commission president', 'presidenta de la comisión europea'] },
  'hr-eu': { title: 'EU High Representative for Foreign Affairs', phrases: ['eu foreign policy chief', 'eu top diplomat', 'jefa de la diplomacia europea', 'jefe de la diplomacia europea'] },
  'secgen-arab': { title: 'Secretary-General of the Arab League', phrases: ['arab league secretary general', 'arab league secretary-general', 'arab league chief'] },
  'dg-iaea': { title: 'Director General of the IAEA', phrases: ['iaea chief', 'iaea director general', 'iaea director-general', 'un nuclear watchdog chief'] },
  'dg-who': { title: 'Director-General of the WHO', phrases: ['who chief', 'who director-general', 'who director general'] },
  'hc-refugees': { title: 'UN High Commissioner for Refugees', phrases: ['un refugee chief', 'high commissioner for refugees'] },
  'hc-rights': { title: 'UN High Commissioner for Human Rights', phrases: ['un human rights chief', 'high commissioner for human rights', 'alto comisionado de la onu para los derechos humanos'] },
  'prosecutor-icc': { title: 'Prosecutor of the International Criminal Court', phrases: ['icc prosecutor', 'fiscal de la cpi'] },
  'secgen-oas': { title: 'Secretary General of the OAS', phrases: ['oas secretary general', 'oas secretary-general', 'secretario general de la oea'] },
  'chair-au': { title: 'Chairperson of the African Union Commission', phrases: ['african union commission chairperson', 'au commission chief'] },
  'relief-un': { title: 'UN Emergency Relief Coordinator', phrases: ['un relief chief', 'un aid chief', 'emergency relief coordinator'] },
};

/** Office keys whose holders carry a GOV sector unless the office says otherwise. */
const sectorOf = (office: string, code: string) => OFFICES[office]?.sector ?? (code === 'IGO' ? 'IGO' : 'GOV');

/** Role title of a term, with the country's English name filled in. */
function titleOf(office: string, countryName: string): string {
  return (OFFICES[office]?.title ?? office).replace('{C}', countryName);
}

/**
 * Merges the leader rows into `entries`: an existing entry with the same name gains the terms,
 * otherwise a new PERSON entry is added (no derived surname: aliases are listed explicitly).
 */
export function addLeaders(entries: ActorEntry[], countryName: (code: string) => string): void {
  const byName = new Map<string, ActorEntry>();
  for (const e of entries) if (e.type === 'PERSON' && !byName.has(e.name)) byName.set(e.name, e);
  for (const line of LEADER_ROWS.trim().split('\n')) {
    const [code, office, years, name, aliases, qid] = line.split('|');
    const [from, to] = years.split('-');
    const term: Term = { office, code, role: titleOf(office, countryName(code)), from: +from, ...(to ? { to: +to } : {}) };
    let e = byName.get(name);
    if (!e) {
      e = { name, type: 'PERSON', code, sector: sectorOf(office, code), wikidata: qid || null, aliases: [], noSurname: true };
      entries.push(e);
      byName.set(name, e);
    }
    if (qid && !e.wikidata) e.wikidata = qid;
    for (const a of aliases ? aliases.split(';') : []) if (!e.aliases.includes(a)) e.aliases.push(a);
    (e.terms ??= []).push(term);
  }
  for (const line of GROUP_LEADER_ROWS.trim().split('\n')) {
    const [code, sector, name, aliases, role, qid] = line.split('|');
    if (byName.has(name)) continue;
    entries.push({ name, type: 'PERSON', code, sector, wikidata: qid || null, aliases: aliases ? aliases.split(';') : [], role, noSurname: true });
  }
}

/** The term an entry held in `year` (null year: the current term, i.e. one without an end). */
export function termAt(e: ActorEntry, year: number | null): Term | null {
  if (!e.terms) return null;
  if (year === null) return e.terms.find((t) => t.to === undefined) ?? null;
  let best: Term | null = null;
  for (const t of e.terms) if (t.from <= year && (t.to === undefined || year <= t.to) && (!best || t.from > best.from)) best = t;
  return best;
}

/** The role to display for an entry at a year: the term held then, "former ..." after its last term. */
export function roleAt(e: ActorEntry, year: number | null): string | null {
  if (!e.terms) return e.role ?? null;
  const t = termAt(e, year);
  if (t) return t.role;
  if (year === null) return e.role ?? `former ${latestTerm(e).role}`;
  const past = e.terms.filter((x) => x.from <= year).sort((a, b) => b.from - a.from)[0];
  return past ? `former ${past.role}` : (e.role ?? null);
}

function latestTerm(e: ActorEntry): Term {
  return e.terms!.reduce((a, b) => (b.from > a.from ? b : a));
}
