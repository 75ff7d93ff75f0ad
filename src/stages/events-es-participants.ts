// Spanish participants from prepositions and word order: "ataque de X" / "atacada por X" → agent, "contra X" → target,
// a verbal trigger's direct object ("atacó una lancha", "detuvo a X") → target; "según X", ", dijo X" name a source, never a participant.
import type { ActorRef } from '../core/types.ts';
import { ES_LOCATIVE, ES_PERFECT, ES_REPORTING, ES_SOURCE_CUES, ES_TRIGGER_MODIFIERS, ES_TRIGGERS } from '../lexicons/events-es.ts';
import { REPORTING_FORMS } from '../lexicons/attribution.ts';
import { actorRefOf, type DocIndex } from './events-participants.ts';
import { parseNumberEs } from './quantities-es.ts';

/** "anunció un bloqueo", "ordenó el despliegue": the speaker of these verbs is the actor of the event they name. */
export const PERFORMATIVE = new Set(['anunció', 'anunciaron', 'declaró', 'declararon', 'ordenó', 'ordenaron', 'impuso', 'impusieron', 'decretó', 'decretaron', 'lanzó', 'lanzaron', 'inició', 'iniciaron']);
/** Verbs of (not) answering: their subject speaks about the event. */
const ES_SPEECH = new Set(['respondió', 'respondieron', 'comentó', 'comentaron', 'contestó', 'negó', 'negaron', 'rechazó', 'desmintió', 'reconoció', 'admitió', 'explicó', 'sostuvo', 'advirtió']);
const GROUP_MEMBERS = new Set(['miembros', 'miembro', 'integrantes', 'integrante', 'militantes', 'combatientes', 'líderes', 'líder', 'jefe', 'jefes', 'cabecillas', 'cabecilla', 'guerrilleros', 'disidentes', 'dirigentes', 'dirigente', 'operadores', 'sicarios', 'simpatizantes']);
const TIME_WORD = /^(lunes|martes|miércoles|jueves|viernes|sábado|domingo|día|días|semana|mes|año|fin|mañana|tarde|noche|madrugada|pasado|pasada|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)$/;
const DETS = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'otro', 'otra', 'otros', 'otras', 'primer', 'primera', 'primero', 'segundo', 'segunda', 'tercer', 'tercera', 'nuevo', 'nueva', 'nuevos', 'nuevas', 'dos', 'tres', 'cuatro', 'varios', 'varias', 'este', 'esta', 'su', 'sus', 'al', 'del']);
/** Words before an entity that make it a place or a modifier of something else ("frente a Venezuela", "costas de Venezuela"). */
const MODIFIER_PREPS = new Set(['de', 'del', 'frente', 'cerca', 'desde', 'hacia', 'en', 'sobre', 'entre', 'para', 'según', 'con']);
/** Titles between "por el" and a named agent ("por el presidente Donald Trump"). */
const TITLES = new Set(['presidente', 'presidenta', 'ministro', 'ministra', 'secretario', 'secretaria', 'canciller', 'general', 'almirante', 'mandatario', 'mandataria', 'jefe', 'comandante', 'gobernador', 'fiscal']);
/** "los ataques fueron ordenados por X": who ordered or carried out the event a noun names. */
const AGENT_PARTICIPLES = /^(ordenad|autorizad|lanzad|ejecutad|realizad|llevad|dirigid|perpetrad|cometid)(o|a|os|as)$/;
/** Auxiliaries of the passive: "fue atacada", "han sido detenidos", "serán deportados". */
export const PASSIVE_AUX = new Set(['fue', 'fueron', 'sido', 'es', 'son', 'era', 'eran', 'será', 'serán', 'sería', 'serían', 'fuera', 'fueran', 'resultó', 'resultaron']);
/** Measure nouns whose "de X" names the thing ("3 toneladas de cocaína"). */
const MEASURES = /^(toneladas|tonelada|kilos|kilo|kilogramos|libras|barriles|cargamento|cargamentos|paquetes|fardos)$/;

function entityStart(ix: DocIndex, j: number): number {
  const ei = ix.entityAt[j];
  while (j > 0 && ix.entityAt[j - 1] === ei) j--;
  return j;
}

function entityEnd(ix: DocIndex, j: number, b: number): number {
  const ei = ix.entityAt[j];
  while (j + 1 < b && ix.entityAt[j + 1] === ei) j++;
  return j;
}

/** Nearest actor entity before the trigger in its clause, not in a locative phrase nor a reporting subject. */
export function actorBefore(ix: DocIndex, from: number, i: number): ActorRef | null {
  for (let j = i - 1; j >= from; j--) {
    // "El Pentágono no respondió ... sobre el ataque": a speaker's verb lies between; its subject is no participant.
    if (!PERFORMATIVE.has(ix.tokens[j].normal) && (ES_SOURCE_CUES.has(ix.tokens[j].normal) || ES_SPEECH.has(ix.tokens[j].normal))) return null;
    const ei = ix.entityAt[j];
    if (ei < 0) continue;
    const s = entityStart(ix, j);
    const prev = s > 0 ? ix.tokens[s - 1].normal : '';
    const next = ix.tokens[j + 1]?.normal ?? '';
    const ref = actorRefOf(ix, ei);
    if (ref && !ES_LOCATIVE.has(prev) && (j + 1 === i || !ES_REPORTING.has(next) || PERFORMATIVE.has(next))) return ref;
    j = s;
  }
  return null;
}

/** "un ataque (aéreo) de Estados Unidos", "la lancha fue atacada por la Armada": the agent after a noun or participle. */
export function agentAfter(ix: DocIndex, i: number, b: number): ActorRef | null {
  let j = i + 1;
  // "fue incautado el miércoles por fuerzas de Estados Unidos": a time between the participle and its agent.
  while (j < b && (ES_TRIGGER_MODIFIERS.has(ix.tokens[j].normal) || ix.inTime[j])) j++;
  // "los ataques fueron ordenados por el presidente": the one who ordered them is their agent.
  if (j + 2 < b && PASSIVE_AUX.has(ix.tokens[j].normal) && AGENT_PARTICIPLES.test(ix.tokens[j + 1].normal) && ix.tokens[j + 2].normal === 'por') j += 2;
  const prep = ix.tokens[j]?.normal;
  if (j >= b || (prep !== 'de' && prep !== 'del' && prep !== 'por')) return null;
  j++;
  if (j < b && DETS.has(ix.tokens[j].normal) && ix.entityAt[j] < 0) j++;
  if (prep === 'por' && j < b && TITLES.has(ix.tokens[j].normal) && ix.entityAt[j] < 0) j++;
  if (j >= b || ix.entityAt[j] < 0 || ix.tokens[j].normal === 'parte') return null;
  return actorRefOf(ix, ix.entityAt[j]);
}

/** "Un petrolero fue incautado", "Los pescadores fueron liberados": the subject before a passive auxiliary is the target. */
export function patientBefore(ix: DocIndex, from: number, aux: number): ActorRef | null {
  const last = aux - 1;
  if (last < from) return null;
  if (ix.entityAt[last] >= 0) {
    const s = entityStart(ix, last);
    const prev = s > 0 ? ix.tokens[s - 1].normal : '';
    return s >= from && !ES_LOCATIVE.has(prev) && !MODIFIER_PREPS.has(prev) ? actorRefOf(ix, ix.entityAt[last]) : null;
  }
  // "un petrolero (venezolano)": a determiner, the head, at most one adjective.
  for (let d = last - 1; d >= Math.max(from, last - 2); d--) {
    if (!DETS.has(ix.tokens[d].normal) && !/^(ningún|ninguna)$/.test(ix.tokens[d].normal)) continue;
    for (let k = d + 1; k <= last; k++) if (ix.entityAt[k] >= 0 || ix.inTime[k] || !/^\p{Ll}[\p{Ll}-]+$/u.test(ix.tokens[k].text)) return null;
    const head = ix.tokens[d + 1];
    if (ES_SOURCE_CUES.has(head.normal) || ES_TRIGGERS.has(head.normal) || TIME_WORD.test(head.normal)) return null;
    // "otros dos tripulantes": every determiner belongs to the phrase.
    while (d - 1 >= from && DETS.has(ix.tokens[d - 1].normal) && ix.entityAt[d - 1] < 0 && !/^(al|del)$/.test(ix.tokens[d - 1].normal)) d--;
    // "El capitán de la embarcación será deportado": the phrase before "de" is the head of the subject.
    if (d - 1 > from && /^(de|del)$/.test(ix.tokens[d - 1].normal)) {
      const outer = patientBefore(ix, from, d - 1);
      if (outer && outer.code === null) {
        const end = ix.tokens[last].end;
        return { ...outer, end, text: ix.doc.text.slice(outer.start, end) };
      }
    }
    const start = ix.tokens[d].start;
    const end = ix.tokens[last].end;
    return { start, end, text: ix.doc.text.slice(start, end), name: head.text, code: null, sector: null, wikidata: null };
  }
  return null;
}

/** A noun phrase "una lancha", "otro semisumergible" at token j: its head word as a participant without actor. */
function thingPhrase(ix: DocIndex, j: number, b: number): ActorRef | null {
  // "una lancha", "once pescadores", "3 toneladas": a determiner or a number before the head.
  if (j >= b || (!DETS.has(ix.tokens[j].normal) && parseNumberEs(ix.tokens, j, b) === null)) return null;
  let h = j + 1;
  while (h < b && (DETS.has(ix.tokens[h].normal) || NUMBER_WORD.test(ix.tokens[h].normal))) h++;
  const head = ix.tokens[h];
  if (h >= b || ix.entityAt[h] >= 0 || ix.inTime[h] || !/^\p{Ll}[\p{Ll}-]+$/u.test(head.text) || ES_SOURCE_CUES.has(head.normal) || ES_TRIGGERS.has(head.normal) || TIME_WORD.test(head.normal)) return null;
  let end = head.end;
  // "3 toneladas de cocaína": the measured thing belongs to the phrase.
  if (MEASURES.test(head.normal) && ix.tokens[h + 1]?.normal === 'de' && h + 2 < b && /^\p{Ll}[\p{Ll}-]+$/u.test(ix.tokens[h + 2].text) && ix.entityAt[h + 2] < 0) end = ix.tokens[h + 2].end;
  const start = ix.tokens[j].start;
  return { start, end, text: ix.doc.text.slice(start, end), name: head.text, code: null, sector: null, wikidata: null };
}

const NUMBER_WORD = /^(\d[\d.,]*|mil|millones|y)$/;

/** "detuvo a pescadores", "atacar a civiles": a bare plural after the personal "a". */
function barePlural(ix: DocIndex, j: number, b: number): ActorRef | null {
  const t = ix.tokens[j];
  // A number ("seis pescadores") opens a counted phrase, not a bare plural.
  if (j >= b || ix.entityAt[j] >= 0 || ix.inTime[j] || !/^\p{Ll}[\p{Ll}-]+s$/u.test(t.text) || ES_SOURCE_CUES.has(t.normal) || ES_TRIGGERS.has(t.normal) || TIME_WORD.test(t.normal) || DETS.has(t.normal) || parseNumberEs(ix.tokens, j, b) !== null) return null;
  return { start: t.start, end: t.end, text: t.text, name: t.text, code: null, sector: null, wikidata: null };
}

/** The target: "contra X", or a verb's direct object; stops at a source cue ("según", ", dijo") and skips places ("frente a X"). */
export function recipientAfter(ix: DocIndex, i: number, b: number, actor: ActorRef | null, nominal: boolean, things: boolean): ActorRef | null {
  // Only acts on things (attacks, seizures, sanctions) take a noun phrase as target; an accusation's object is its content.
  const nounPhrase = things ? thingPhrase : () => null;
  for (let j = i + 1; j < b; j++) {
    const t = ix.tokens[j];
    if (isSourceCue(t.normal) || (t.normal === ',' && isSourceCue(ix.tokens[j + 1]?.normal ?? ''))) return null;
    // "los ataques fueron ordenados por X": after its verb, a noun's clause names no more of its participants.
    if (nominal && (PASSIVE_AUX.has(t.normal) || ES_PERFECT.has(t.normal))) return null;
    if (t.normal === 'contra') {
      const k = j + 1 < b && DETS.has(ix.tokens[j + 1].normal) && ix.entityAt[j + 1] < 0 ? j + 2 : j + 1;
      if (k < b && ix.entityAt[k] >= 0) return actorRefOf(ix, ix.entityAt[k]) ?? nounPhrase(ix, j + 1, b);
      return nounPhrase(ix, j + 1, b);
    }
    // A verb's direct object right after it (times skipped): "atacó el lunes una lancha", "detuvo a Juan Pérez".
    if (!nominal && (j === i + 1 || allTime(ix, i + 1, j))) {
      // "se apoderó de un petrolero": the verb's object takes "de".
      if (t.normal === 'a' || t.normal === 'al' || (t.normal === 'de' && /^apoder/.test(ix.tokens[i].normal))) continue;
      if (things && ix.tokens[j - 1]?.normal === 'a') {
        const bare = barePlural(ix, j, b);
        if (bare) return bare;
      }
      const ei = ix.entityAt[j];
      if (ei >= 0 && !ix.inTime[j]) {
        const ref = actorRefOf(ix, ei);
        if (ref && ref.start !== actor?.start) return ref;
      }
      if (!ix.inTime[j]) {
        const np = nounPhrase(ix, j, b);
        if (np) return np;
      }
    }
    const ei = ix.entityAt[j];
    if (ei < 0) continue;
    const s = entityStart(ix, j);
    const prev = s > i + 1 ? ix.tokens[s - 1].normal : '';
    const ref = actorRefOf(ix, ei);
    // "miembros del Tren de Aragua": the group of the people acted on is the target.
    const member = (prev === 'de' || prev === 'del') && GROUP_MEMBERS.has(ix.tokens[s - 2]?.normal ?? '');
    if (ref && ref.start !== actor?.start && member) return ref;
    if (ref && ref.start !== actor?.start && !MODIFIER_PREPS.has(prev) && !(prev === 'a' && ix.tokens[s - 2]?.normal === 'frente') && !ES_LOCATIVE.has(prev)) return ref;
    j = entityEnd(ix, j, b);
  }
  return null;
}

/** Tokens [a, b) between a verb and its object are only times, "a", or a place ("detuvo en Cartagena a …"). */
function allTime(ix: DocIndex, a: number, b: number): boolean {
  const de = /^apoder/.test(ix.tokens[a - 1]?.normal ?? '');
  let place = false;
  for (let k = a; k < b; k++) {
    const t = ix.tokens[k];
    // "Fue detenido en Cartagena un ciudadano": a named place right after the verb stands before its object.
    if (t.normal === 'en' && /^\p{Lu}/u.test(ix.tokens[k + 1]?.text ?? '')) { place = true; continue; }
    if (place && /^\p{Lu}/u.test(t.text)) continue;
    place = false;
    if (!ix.inTime[k] && t.normal !== 'a' && t.normal !== 'al' && !(de && k === a && t.normal === 'de')) return false;
  }
  return true;
}

export function isSourceCue(n: string): boolean {
  return ES_SOURCE_CUES.has(n) || REPORTING_FORMS.has(n);
}

/** "¿Atacará Estados Unidos a Venezuela?": a state or person right after the verb, without "a", is its subject. */
export function subjectAfter(ix: DocIndex, i: number, b: number): ActorRef | null {
  // "Atacó el lunes la Armada de Estados Unidos una lancha": a time may sit between the verb and its subject.
  let j = i + 1;
  while (j < b && ix.inTime[j] && ix.entityAt[j] < 0) j++;
  if (j < b && DETS.has(ix.tokens[j].normal) && ix.entityAt[j] < 0 && ix.entityAt[j + 1] >= 0) j++;
  if (j >= b || ix.entityAt[j] < 0 || ix.inTime[j]) return null;
  const ent = ix.entities[ix.entityAt[j]];
  if (ent.type !== 'GPE' && ent.type !== 'PERSON' && ent.type !== 'ORG') return null;
  // "atacaron Venezuela": a plural verb's object, not its subject.
  if (/n$/.test(ix.tokens[i].normal) && ent.type !== 'ORG') return null;
  return actorRefOf(ix, ix.entityAt[j]);
}

