// Event trigger lexicon: lemma or phrase → PLOVER category and default mode.
// Chosen from the PLOVER gold sentences (CAMEO examples) and the crisis-reporting vocabulary of the seed case.
import type { PloverCategory } from '../core/types.ts';

export interface TriggerEntry {
  /** Following words (lemma or normal form), contiguous, for phrases ("open fire", "call for"). */
  next: string[];
  event: PloverCategory;
  mode: string | null;
  /** 'V' only as a verb, 'N' only as a noun, '*' either. */
  pos: 'V' | 'N' | '*';
  /** Nominal "threat"-like words: an event only with support ("issued threats", "threat to strike"). */
  weak?: boolean;
  /** Only ever refers back to an earlier mention ("the operation"). */
  anaphorOnly?: boolean;
  /** Bare casualty words ("killed"): dropped when the sentence has another ASSAULT trigger. */
  casualty?: boolean;
  /** Object words that must follow within 4 tokens (lemmas): "send troops", "lift curfew". */
  object?: string[];
  /** A verb that is violent only when transitive and armed ("hit a pier with a drone", "the Navy hit a boat"),
   * not "sanctions hit the economy" or "the storm hit the coast". */
  armed?: boolean;
}

type Row = [phrases: string, event: PloverCategory, mode: string | null, pos?: 'V' | 'N' | '*', flags?: Partial<TriggerEntry>];

const MOB_OBJECTS = ['troop', 'troops', 'force', 'forces', 'soldier', 'warship', 'ship', 'marine', 'destroyer', 'carrier', 'drone', 'jet', 'aircraft', 'missile', 'bomber', 'police', 'army', 'reinforcement'];
const VESSELS = ['tanker', 'tankers', 'ship', 'ships', 'vessel', 'vessels', 'boat', 'boats', 'freighter', 'freighters', 'ferry', 'trawler', 'speedboat', 'skiff', 'dhow', 'yacht', 'barge', 'carrier'];
const AID_OBJECTS = ['aid', 'food', 'medicine', 'supply', 'supplies', 'assistance', 'weapon', 'weapons', 'arm', 'arms', 'fund', 'funds', 'money', 'relief', 'vaccine'];

const ROWS: Row[] = [
  // ASSAULT
  ['attack|assault|raid|ambush|offensive', 'ASSAULT', null],
  ['strike', 'ASSAULT', null],
  ['airstrike|air strike|bombardment', 'ASSAULT', 'aerial'],
  ['bomb|bombing', 'ASSAULT', 'aerial'],
  ['drone strike|drone attack', 'ASSAULT', 'drone', 'N'],
  ['shell|shelling', 'ASSAULT', 'heavy-weapons'],
  ['invade|invasion', 'ASSAULT', 'heavy-weapons'],
  ['destroy|destruction|sink|demolish', 'ASSAULT', 'destroy'],
  ['explosion|blast|detonation', 'ASSAULT', 'explosion', 'N'],
  ['shoot|gunfire|open fire|shootout', 'ASSAULT', 'firearms'],
  ['fire on|fire at|fire upon', 'ASSAULT', 'firearms', 'V'],
  ['hit', 'ASSAULT', null, 'V', { armed: true }],
  ['assassinate|assassination', 'ASSAULT', 'assassinate'],
  ['massacre', 'ASSAULT', 'massacre'],
  ['torture', 'ASSAULT', 'torture'],
  ['abduct|abduction|kidnap|kidnapping|hijack', 'ASSAULT', 'abduct'],
  ['kill|killing', 'ASSAULT', null, '*', { casualty: true }],
  ['operation', 'ASSAULT', null, 'N', { anaphorOnly: true }],
  // COERCE
  ['seize|seizure|confiscate|confiscation|intercept|interception|impound', 'COERCE', 'seize'],
  // "boarded a tanker", "stopped a vessel": taking control of a ship, not boarding a plane or stopping talks.
  ['board|stop', 'COERCE', 'seize', 'V', { object: VESSELS }],
  ['arrest|detain|detention|imprison|jail', 'COERCE', 'arrest'],
  ['deport|deportation', 'COERCE', 'deport'],
  ['curfew', 'COERCE', 'curfew', 'N'],
  ['martial law|state of emergency', 'COERCE', 'martial-law', 'N'],
  ['ban|outlaw', 'COERCE', 'ban', 'V'],
  ['censor', 'COERCE', 'censor', 'V'],
  // MOBILIZE
  ['deploy|deployment|mobilize|mobilise|mobilization|buildup|build-up|amass|reinforce', 'MOBILIZE', 'troops'],
  ['station', 'MOBILIZE', 'troops', 'V'],
  ['send|dispatch', 'MOBILIZE', 'troops', 'V', { object: MOB_OBJECTS }],
  ['high alert|on alert', 'MOBILIZE', 'troops', 'N'],
  // THREATEN
  ['threaten|warn|warning|ultimatum', 'THREATEN', null],
  ['threat', 'THREATEN', null, 'N', { weak: true }],
  // SANCTION
  ['blockade', 'SANCTION', 'blockade'],
  ['sanction|embargo|tariff', 'SANCTION', 'discontinue'],
  ['expel|expulsion', 'SANCTION', 'expel'],
  ['cut tie|sever tie|break off relation|sever relation|recall ambassador', 'SANCTION', 'withdraw'],
  ['suspend|suspension|halt|freeze', 'SANCTION', 'discontinue', '*', { object: [...AID_OBJECTS, 'talk', 'talks', 'relation', 'relations', 'tie', 'ties', 'flight', 'flights', 'trade', 'negotiation', 'cooperation', 'visa', 'visas', 'mediation', 'asset', 'assets'] }],
  // ACCUSE
  ['denounce|condemn|accuse|criticize|criticise|blame|denunciation|condemnation|accusation', 'ACCUSE', 'disapprove'],
  ['allege|sue|lawsuit|indict|indictment', 'ACCUSE', 'allege'],
  ['investigate|investigation|probe', 'ACCUSE', 'investigate'],
  // REJECT
  ['reject|rejection|veto|rebuff|refuse|refusal|dismiss', 'REJECT', null],
  ['decline', 'REJECT', null, 'V'],
  // PROTEST
  ['protest|demonstrate|demonstration|rally|sit-in|demonstrator|protester', 'PROTEST', 'demo'],
  ['march', 'PROTEST', 'demo', 'V'],
  ['riot', 'PROTEST', 'riot'],
  ['hunger strike', 'PROTEST', 'hunger'],
  ['general strike|boycott', 'PROTEST', 'boycott'],
  ['block road|block highway|barricade', 'PROTEST', 'obstruct'],
  // REQUEST
  ['demand|urge|request|appeal|call for|call on|plead', 'REQUEST', null],
  // CONSULT
  ['meet|meeting|negotiate|negotiation|summit', 'CONSULT', null],
  ['talk|talks', 'CONSULT', null, 'N'],
  ['visit', 'CONSULT', 'visit'],
  ['host', 'CONSULT', 'host', 'V'],
  ['phone call|telephone', 'CONSULT', 'phone'],
  ['mediate|mediation', 'CONSULT', 'third-party'],
  // AGREE
  ['agree|agreement|treaty|pact|truce', 'AGREE', null],
  ['accord|deal', 'AGREE', null, 'N'],
  ['sign|promise|pledge|offer|accept', 'AGREE', null, 'V'],
  // SUPPORT
  ['praise|welcome|endorse|support|apologize|apologise|recognize|recognise|defend', 'SUPPORT', null],
  ['back', 'SUPPORT', null, 'V'],
  // COOPERATE
  ['cooperate|cooperation|collaborate|extradite|extradition|joint exercise|military exercise|war game|joint patrol', 'COOPERATE', null],
  ['share', 'COOPERATE', null, 'V', { object: ['intelligence', 'information', 'evidence', 'expertise', 'data'] }],
  // AID
  ['donate|donation|humanitarian aid|asylum|evacuate|evacuation', 'AID', null],
  ['provide|deliver|give', 'AID', null, 'V', { object: AID_OBJECTS }],
  ['send', 'AID', null, 'V', { object: AID_OBJECTS }],
  // CONCEDE
  ['concede|concession|ease|accede|call off', 'CONCEDE', null],
  ['sanction relief|sanctions relief', 'CONCEDE', null, 'N'],
  ['lift', 'CONCEDE', null, 'V', { object: ['ban', 'curfew', 'restriction', 'restrictions', 'sanction', 'sanctions', 'emergency', 'embargo'] }],
  // RETREAT
  ['withdraw|withdrawal|pull out|retreat', 'RETREAT', 'withdraw'],
  ['release', 'RETREAT', 'release', 'V'],
  ['surrender|resign|resignation|demobilize|disarm', 'RETREAT', null],
  ['ceasefire|cease-fire', 'RETREAT', 'ceasefire', 'N'],
];

/** Trigger map keyed by the first word of each phrase (lemma or normal form). */
export const TRIGGERS: Map<string, TriggerEntry[]> = buildTriggers();

function buildTriggers(): Map<string, TriggerEntry[]> {
  const map = new Map<string, TriggerEntry[]>();
  for (const [phrases, event, mode, pos = '*', flags = {}] of ROWS) {
    for (const phrase of phrases.split('|')) {
      const [head, ...next] = phrase.split(' ');
      const list = map.get(head) ?? [];
      list.push({ ...flags, next, event, mode, pos });
      // Longest phrase first so "hunger strike" wins over "strike".
      list.sort((a, b) => b.next.length - a.next.length);
      map.set(head, list);
    }
  }
  return map;
}

/** ASSAULT mode cues: a word near the trigger ("drone attack", "with explosives"). */
export const ASSAULT_MODE_CUES: ReadonlyMap<string, string> = new Map([
  ['drone', 'drone'], ['uav', 'drone'], ['reaper', 'drone'],
  ['air', 'aerial'], ['aerial', 'aerial'], ['airstrike', 'aerial'], ['missile', 'aerial'], ['warplane', 'aerial'], ['bomber', 'aerial'], ['jet', 'aerial'], ['aircraft', 'aerial'], ['helicopter', 'aerial'],
  ['gun', 'firearms'], ['gunman', 'firearms'], ['gunmen', 'firearms'], ['rifle', 'firearms'], ['sniper', 'firearms'], ['gunfire', 'firearms'],
  ['explosive', 'explosion'], ['ied', 'explosion'], ['car', 'explosion'], ['roadside', 'explosion'], ['suicide', 'explosion'], ['grenade', 'explosion'],
  ['artillery', 'heavy-weapons'], ['mortar', 'heavy-weapons'], ['rocket', 'heavy-weapons'], ['tank', 'heavy-weapons'],
]);

/** MOBILIZE objects that make the mode "weapons" rather than "troops". */
export const WEAPON_WORDS: ReadonlySet<string> = new Set(['drone', 'drones', 'missile', 'missiles', 'aircraft', 'jet', 'jets', 'fighter', 'fighters', 'bomber', 'bombers', 'reaper', 'weapon', 'weapons', 'helicopter', 'helicopters', 'f-35', 'f-35s', 'mq-9', 'battery', 'batteries', 'tank', 'tanks', 'artillery', 'launcher', 'launchers']);

/** THREATEN content → mode. */
export const THREAT_MODE_CUES: ReadonlyMap<string, string> = new Map([
  ['attack', 'violence'], ['strike', 'violence'], ['bomb', 'violence'], ['invade', 'violence'], ['invasion', 'violence'], ['war', 'violence'], ['military', 'violence'], ['kill', 'violence'], ['destroy', 'violence'], ['force', 'violence'], ['retaliate', 'violence'], ['retaliation', 'violence'],
  ['sanction', 'restrict'], ['tariff', 'restrict'], ['blockade', 'restrict'], ['embargo', 'restrict'], ['ban', 'restrict'], ['curfew', 'restrict'],
  ['tie', 'relations'], ['relation', 'relations'], ['expel', 'relations'],
]);

/** Context tags by word (lemma). */
export const CONTEXT_WORDS: ReadonlyMap<string, string> = new Map([
  ['drug', 'drugs'], ['narcotic', 'drugs'], ['cocaine', 'drugs'], ['fentanyl', 'drugs'], ['cartel', 'drugs'], ['trafficking', 'drugs'], ['narco', 'drugs'], ['narcotrafficking', 'drugs'],
  ['boat', 'maritime'], ['vessel', 'maritime'], ['ship', 'maritime'], ['tanker', 'maritime'], ['naval', 'maritime'], ['port', 'maritime'], ['dock', 'maritime'], ['sea', 'maritime'], ['waters', 'maritime'], ['coast', 'maritime'], ['maritime', 'maritime'],
  ['oil', 'oil'], ['crude', 'oil'], ['petroleum', 'oil'], ['fuel', 'oil'],
  ['refugee', 'refugees'], ['migrant', 'migration'], ['migration', 'migration'],
  ['election', 'elections'], ['humanitarian', 'humanitarian'], ['nuclear', 'cbrn'], ['chemical', 'cbrn'],
]);
