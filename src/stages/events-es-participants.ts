// Spanish participants from prepositions and word order: "ataque de X" / "atacada por X" → agent, "contra X" → target,
// a verbal trigger's direct object ("atacó una lancha", "detuvo a X") → target; "según X", ", dijo X" name a source, never a participant.
import type { ActorRef } from '../core/types.ts';
import { ES_LOCATIVE, ES_REPORTING, ES_SOURCE_CUES, ES_TRIGGER_MODIFIERS, ES_TRIGGERS } from '../lexicons/events-es.ts';
import { REPORTING_FORMS } from '../lexicons/attribution.ts';
import { actorRefOf, type DocIndex } from './events-participants.ts';

/** "anunció un bloqueo", "ordenó el despliegue": the speaker of these verbs is the actor of the event they name. */
const PERFORMATIVE = new Set(['anunció', 'anunciaron', 'declaró', 'declararon', 'ordenó', 'ordenaron', 'impuso', 'impusieron', 'decretó', 'decretaron', 'lanzó', 'lanzaron', 'inició', 'iniciaron']);
/** Verbs of (not) answering: their subject speaks about the event. */
const ES_SPEECH = new Set(['respondió', 'respondieron', 'comentó', 'comentaron', 'contestó', 'negó', 'negaron', 'rechazó', 'desmintió', 'reconoció', 'admitió', 'explicó', 'sostuvo', 'advirtió']);
const GROUP_MEMBERS = new Set(['miembros', 'miembro', 'integrantes', 'integrante', 'militantes', 'combatientes', 'líderes', 'líder', 'jefe', 'jefes', 'cabecillas', 'cabecilla', 'guerrilleros', 'disidentes', 'dirigentes', 'dirigente', 'operadores', 'sicarios', 'simpatizantes']);
const TIME_WORD = /^(lunes|martes|miércoles|jueves|viernes|sábado|domingo|día|días|semana|mes|año|fin|mañana|tarde|noche|madrugada|pasado|pasada|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)$/;
const DETS = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'otro', 'otra', 'otros', 'otras', 'primer', 'primera', 'primero', 'segundo', 'segunda', 'tercer', 'tercera', 'nuevo', 'nueva', 'nuevos', 'nuevas', 'dos', 'tres', 'cuatro', 'varios', 'varias', 'este', 'esta', 'su', 'sus', 'al', 'del']);
/** Words before an entity that make it a place or a modifier of something else ("frente a Venezuela", "costas de Venezuela"). */
const MODIFIER_PREPS = new Set(['de', 'del', 'frente', 'cerca', 'desde', 'hacia', 'en', 'sobre', 'entre', 'para', 'según', 'con']);

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
  while (j < b && ES_TRIGGER_MODIFIERS.has(ix.tokens[j].normal)) j++;
  const prep = ix.tokens[j]?.normal;
  if (j >= b || (prep !== 'de' && prep !== 'del' && prep !== 'por')) return null;
  j++;
  if (j < b && DETS.has(ix.tokens[j].normal) && ix.entityAt[j] < 0) j++;
  if (j >= b || ix.entityAt[j] < 0 || ix.tokens[j].normal === 'parte') return null;
  return actorRefOf(ix, ix.entityAt[j]);
}

/** A noun phrase "una lancha", "otro semisumergible" at token j: its head word as a participant without actor. */
function thingPhrase(ix: DocIndex, j: number, b: number): ActorRef | null {
  if (j >= b || !DETS.has(ix.tokens[j].normal)) return null;
  let h = j + 1;
  while (h < b && DETS.has(ix.tokens[h].normal)) h++;
  const head = ix.tokens[h];
  if (h >= b || ix.entityAt[h] >= 0 || ix.inTime[h] || !/^\p{Ll}[\p{Ll}-]+$/u.test(head.text) || ES_SOURCE_CUES.has(head.normal) || ES_TRIGGERS.has(head.normal) || TIME_WORD.test(head.normal)) return null;
  const start = ix.tokens[j].start;
  return { start, end: head.end, text: ix.doc.text.slice(start, head.end), name: head.text, code: null, sector: null, wikidata: null };
}

/** The target: "contra X", or a verb's direct object; stops at a source cue ("según", ", dijo") and skips places ("frente a X"). */
export function recipientAfter(ix: DocIndex, i: number, b: number, actor: ActorRef | null, nominal: boolean, things: boolean): ActorRef | null {
  // Only acts on things (attacks, seizures, sanctions) take a noun phrase as target; an accusation's object is its content.
  const nounPhrase = things ? thingPhrase : () => null;
  for (let j = i + 1; j < b; j++) {
    const t = ix.tokens[j];
    if (isSourceCue(t.normal) || (t.normal === ',' && isSourceCue(ix.tokens[j + 1]?.normal ?? ''))) return null;
    if (t.normal === 'contra') {
      const k = j + 1 < b && DETS.has(ix.tokens[j + 1].normal) && ix.entityAt[j + 1] < 0 ? j + 2 : j + 1;
      if (k < b && ix.entityAt[k] >= 0) return actorRefOf(ix, ix.entityAt[k]) ?? nounPhrase(ix, j + 1, b);
      return nounPhrase(ix, j + 1, b);
    }
    // A verb's direct object right after it (times skipped): "atacó el lunes una lancha", "detuvo a Juan Pérez".
    if (!nominal && (j === i + 1 || allTime(ix, i + 1, j))) {
      if (t.normal === 'a' || t.normal === 'al') continue;
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

function allTime(ix: DocIndex, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!ix.inTime[k] && ix.tokens[k].normal !== 'a' && ix.tokens[k].normal !== 'al') return false;
  return true;
}

export function isSourceCue(n: string): boolean {
  return ES_SOURCE_CUES.has(n) || REPORTING_FORMS.has(n);
}

/** "¿Atacará Estados Unidos a Venezuela?": a state or person right after the verb, without "a", is its subject. */
export function subjectAfter(ix: DocIndex, i: number, b: number): ActorRef | null {
  const j = i + 1;
  if (j >= b || ix.entityAt[j] < 0) return null;
  const ent = ix.entities[ix.entityAt[j]];
  if (ent.type !== 'GPE' && ent.type !== 'PERSON' && ent.type !== 'ORG') return null;
  return actorRefOf(ix, ix.entityAt[j]);
}
