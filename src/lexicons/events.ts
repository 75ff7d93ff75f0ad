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
  /** Words (lemmas) of which one must stand within 8 tokens either side: "strike" by workers or a union. */
  near?: string[];
  /** The object words name what the thing is called (an object complement after the thing judged, possibly quoted):
   * "called the seizure \"an act of piracy\"", "designated the group a terrorist organization". */
  label?: boolean;
}

type Row = [phrases: string, event: PloverCategory, mode: string | null, pos?: 'V' | 'N' | '*', flags?: Partial<TriggerEntry>];

const MOB_OBJECTS = ['troop', 'troops', 'force', 'forces', 'soldier', 'warship', 'ship', 'marine', 'destroyer', 'carrier', 'drone', 'jet', 'aircraft', 'missile', 'bomber', 'police', 'army', 'reinforcement'];
const VESSELS = ['tanker', 'tankers', 'ship', 'ships', 'vessel', 'vessels', 'boat', 'boats', 'freighter', 'freighters', 'ferry', 'trawler', 'speedboat', 'skiff', 'dhow', 'yacht', 'barge', 'carrier'];
const AID_OBJECTS = ['aid', 'food', 'medicine', 'supply', 'supplies', 'assistance', 'weapon', 'weapons', 'arm', 'arms', 'fund', 'funds', 'money', 'relief', 'vaccine',
  'grant', 'loan', 'credit', 'dollar', 'dollars', 'euro', 'euros', 'grain', 'rice', 'wheat', 'flour', 'tent', 'tents', 'blanket', 'blankets', 'equipment', 'intelligence'];
/** What a government stops giving or doing with another: "cut aid", "suspended air links", "halted trade". */
const EXCHANGE_OBJECTS = [...AID_OBJECTS.filter((w) => w !== 'intelligence'), 'talk', 'talks', 'relation', 'relations', 'tie', 'ties', 'flight', 'flights', 'trade', 'negotiation', 'cooperation', 'visa', 'visas', 'mediation', 'asset', 'assets',
  'link', 'links', 'service', 'services', 'contact', 'contacts', 'program', 'programme', 'export', 'exports', 'import', 'imports', 'shipment', 'shipments', 'delivery', 'deliveries', 'investment', 'membership'];
/** What a concession lifts: "lifted the curfew", "cancelled restrictions", "eased the ban". */
const RESTRICTIONS = ['ban', 'curfew', 'restriction', 'restrictions', 'sanction', 'sanctions', 'emergency', 'embargo', 'martial', 'limit', 'limits', 'control', 'controls', 'censorship'];
/** Civil gatherings that the authorities stop: "prevented the demonstration", "dispersed the protesters". */
const GATHERINGS = ['demonstration', 'demonstrations', 'protest', 'protests', 'rally', 'rallies', 'march', 'marches', 'gathering', 'gatherings', 'demonstrator', 'demonstrators', 'protester', 'protesters', 'crowd', 'crowds', 'sit-in', 'meeting', 'meetings'];
/** Media that a government closes: "ordered the newspaper to suspend publication", "shut down a TV station". */
const MEDIA = ['newspaper', 'newspapers', 'paper', 'publication', 'publications', 'broadcast', 'broadcasts', 'station', 'stations', 'channel', 'channels', 'website', 'websites', 'site', 'sites', 'radio', 'television', 'magazine', 'outlet', 'outlets', 'internet'];
/** Ways and places that protesters block: "blocked a road", "blocked the bridge". */
const PASSAGES = ['road', 'roads', 'roadway', 'street', 'streets', 'highway', 'highways', 'bridge', 'bridges', 'traffic', 'transport', 'entrance', 'entrances', 'railway', 'railroad', 'rail', 'crossing', 'junction', 'intersection', 'motorway'];
/** Words that make "strike" a stoppage of work, not an attack. */
const LABOUR = ['worker', 'workers', 'union', 'unions', 'employee', 'employees', 'labour', 'labor', 'wage', 'wages', 'pay', 'teacher', 'teachers', 'doctor', 'doctors', 'nurse', 'nurses', 'miner', 'miners', 'driver', 'drivers', 'staff', 'walkout', 'trucker', 'truckers', 'dockworker', 'dockworkers'];
/** What an accusation calls a thing: "called the strike a violation", "branded it piracy". */
const CHARGES = ['threat', 'provocation', 'aggression', 'violation', 'crime', 'crimes', 'piracy', 'theft', 'terrorism', 'murder', 'murders', 'massacre',
  'invasion', 'atrocity', 'harassment', 'execution', 'executions', 'outrage', 'breach', 'kidnapping', 'robbery', 'lie', 'lies', 'hoax', 'farce', 'fabrication'];
/** What a government lists a group as: "designated the cartel a terrorist organization", "blacklisted as terrorists". */
const DESIGNATIONS = ['terrorist', 'terrorists', 'terror', 'terrorism'];
const FORCES = ['force', 'forces', 'troop', 'troops', 'presence', 'security', 'patrol', 'patrols', 'garrison', 'garrisons', 'police'];

const ROWS: Row[] = [
  // ASSAULT
  ['attack|assault|raid|ambush|offensive', 'ASSAULT', null],
  ['strike', 'ASSAULT', null],
  ['airstrike|air strike|bombardment', 'ASSAULT', 'aerial'],
  ['bomb|bombing', 'ASSAULT', 'aerial', 'V'],
  ['bombing', 'ASSAULT', 'aerial', 'N'],
  // A bomb as a thing ("a bomb attack", "exploded a series of bombs", "a car bomb") is an explosive, not an aircraft's.
  ['bomb', 'ASSAULT', 'explosion', 'N'],
  ['blow up', 'ASSAULT', 'destroy', 'V'],
  ['set fire|torch', 'ASSAULT', 'destroy', 'V'],
  ['artillery fire|mortar fire|rocket fire|tank fire|shellfire|artillery barrage|rocket barrage', 'ASSAULT', 'heavy-weapons', 'N'],
  ['gunbattle|gun battle|firefight|gunfight', 'ASSAULT', 'firearms', 'N'],
  ['beat up|beating', 'ASSAULT', 'beat'],
  ['rape|sexual assault|sexually abuse|sexually assault', 'ASSAULT', 'sexual'],
  ['drone strike|drone attack', 'ASSAULT', 'drone', 'N'],
  ['shell|shelling', 'ASSAULT', 'heavy-weapons'],
  ['invade|invasion', 'ASSAULT', 'heavy-weapons'],
  ['destroy|destruction|sink|demolish', 'ASSAULT', 'destroy'],
  ['explosion|blast|detonation', 'ASSAULT', 'explosion', 'N'],
  // "shot down a drone": the tagger often reads "shot" as a noun; downing an aircraft destroys it.
  ['shoot down|shot down|shootdown', 'ASSAULT', 'destroy', '*'],
  ['shoot|gunfire|open fire|shootout', 'ASSAULT', 'firearms'],
  ['fire on|fire at|fire upon', 'ASSAULT', 'firearms', 'V'],
  ['hit', 'ASSAULT', null, 'V', { armed: true }],
  ['assassinate|assassination|massacre', 'ASSAULT', 'targeted'],
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
  // "imposed a curfew", "will extend the curfew": the verb carries the act (and its tense and modality).
  ['impose|extend|declare|reimpose|institute', 'COERCE', 'curfew', 'V', { object: ['curfew'] }],
  ['impose|extend|declare|reimpose|institute', 'COERCE', 'martial-law', 'V', { object: ['martial', 'emergency', 'siege'] }],
  ['curfew', 'COERCE', 'curfew', 'N'],
  ['martial law|state of emergency|state of siege', 'COERCE', 'martial-law', 'N'],
  // "suspend publication", "shut down a TV station": closing media is censorship, not a cut in relations.
  ['suspend|close|shut|shut down|ban|block|silence', 'COERCE', 'censor', 'V', { object: MEDIA }],
  // "prevented the demonstration", "dispersed protesters": the authorities' act, not the protest.
  ['prevent|disperse|break up|ban|block|forbid|prohibit|crush|suppress|quell', 'COERCE', 'restrict', 'V', { object: GATHERINGS }],
  ['ban|outlaw', 'COERCE', 'restrict', 'V'],
  ['censor', 'COERCE', 'censor', 'V'],
  ['hack|cyberattack|cyber attack|cyber-attack', 'COERCE', 'cyber'],
  ['deface', 'COERCE', 'cyber', 'V', { object: ['website', 'websites', 'site', 'sites', 'web', 'page', 'pages', 'account', 'accounts'] }],
  // MOBILIZE
  ['deploy|deployment|mobilize|mobilise|mobilization|buildup|build-up|amass|reinforce', 'MOBILIZE', 'troops'],
  ['station', 'MOBILIZE', 'troops', 'V'],
  // "has kept a large naval force in the Caribbean", "maintains warships off the coast".
  ['keep|maintain', 'MOBILIZE', 'troops', 'V', { object: [...MOB_OBJECTS, 'fleet', 'warships', 'ships', 'presence', 'armada'] }],
  ['send|dispatch', 'MOBILIZE', 'troops', 'V', { object: MOB_OBJECTS }],
  ['high alert|on alert', 'MOBILIZE', 'troops', 'N'],
  ['strengthen|bolster|boost|beef up|step up|increase|tighten|heighten', 'MOBILIZE', 'troops', 'V', { object: FORCES }],
  // THREATEN
  ['threaten|warn|warning|ultimatum', 'THREATEN', null],
  ['threat', 'THREATEN', null, 'N', { weak: true }],
  // SANCTION
  ['blockade', 'SANCTION', 'blockade'],
  ['sanction|embargo|tariff', 'SANCTION', 'discontinue'],
  // "designated the cartel a terrorist organization": a formal listing that brings sanctions (PLOVER: sanctions are
  // SANCTION 'discontinue'), not a verbal accusation (ACCUSE) — its effects are material (assets, dealings, entry).
  ['designate|blacklist|list', 'SANCTION', 'discontinue', 'V', { object: DESIGNATIONS, label: true }],
  ['designation', 'SANCTION', 'discontinue', 'N', { object: DESIGNATIONS, label: true }],
  // "said the designation was ridiculous": names a listing back, never a new one.
  ['designation', 'SANCTION', 'discontinue', 'N', { anaphorOnly: true }],
  ['expel|expulsion', 'SANCTION', 'expel'],
  ['cut tie|sever tie|break off relation|sever relation|recall ambassador', 'SANCTION', 'withdraw'],
  ['end|abandon|quit|pull out of', 'SANCTION', 'withdraw', 'V', { object: ['mediation'] }],
  ['suspend|suspension|halt|freeze', 'SANCTION', 'discontinue', '*', { object: [...EXCHANGE_OBJECTS, 'intelligence'] }],
  ['cut|cut off|reduce|curtail|withhold|prohibit|stop|end|terminate|cancel', 'SANCTION', 'discontinue', 'V', { object: EXCHANGE_OBJECTS.filter((w) => w !== 'talk' && w !== 'talks' && w !== 'negotiation') }],
  // ACCUSE
  ['denounce|condemn|accuse|criticize|criticise|blame|denunciation|condemnation|accusation', 'ACCUSE', 'disapprove'],
  ['allege|sue|lawsuit|indict|indictment', 'ACCUSE', 'allege'],
  // "Caracas calls the deployment a threat", "branded the seizure an act of piracy".
  ['call|brand|label|describe', 'ACCUSE', 'disapprove', 'V', { object: CHARGES, label: true }],
  ['investigate|investigation|probe', 'ACCUSE', 'investigate'],
  // REJECT
  ['reject|rejection|veto|rebuff|refuse|refusal|dismiss', 'REJECT', null],
  ['decline', 'REJECT', null, 'V'],
  // PROTEST
  ['protest|demonstrate|demonstration|rally|sit-in|demonstrator|protester', 'PROTEST', 'demo'],
  ['march', 'PROTEST', 'demo', 'V'],
  ['riot', 'PROTEST', 'riot'],
  ['hunger strike', 'PROTEST', 'hunger'],
  ['general strike|walkout|work stoppage', 'PROTEST', 'strike', 'N'],
  ['stop work', 'PROTEST', 'strike', 'V'],
  ['strike', 'PROTEST', 'strike', '*', { near: LABOUR }],
  ['boycott', 'PROTEST', 'boycott'],
  ['barricade', 'PROTEST', 'obstruct'],
  ['block', 'PROTEST', 'obstruct', 'V', { object: PASSAGES }],
  // REQUEST
  ['demand|urge|request|appeal|call for|call on|plead', 'REQUEST', null],
  ['pressure|press for', 'REQUEST', null, 'V'],
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
  // "established diplomatic ties", "upgraded relations": new or better relations (not "resumed talks").
  ['establish|restore|upgrade|resume|normalize|normalise|improve|strengthen', 'SUPPORT', null, 'V', { object: ['tie', 'ties', 'relation', 'relations'] }],
  // COOPERATE
  ['cooperate|cooperation|collaborate|extradite|extradition|joint exercise|military exercise|war game|joint patrol', 'COOPERATE', null],
  ['share', 'COOPERATE', null, 'V', { object: ['intelligence', 'information', 'evidence', 'expertise', 'data'] }],
  // AID
  ['donate|donation|humanitarian aid|asylum|evacuate|evacuation', 'AID', null],
  ['provide|deliver|give', 'AID', null, 'V', { object: AID_OBJECTS }],
  ['send|hand over|airlift|ship', 'AID', null, 'V', { object: AID_OBJECTS }],
  // CONCEDE
  ['concede|concession|ease|accede|call off', 'CONCEDE', null],
  ['sanction relief|sanctions relief', 'CONCEDE', null, 'N'],
  ['lift|relax|loosen|rescind|revoke|repeal|cancel|scrap|remove|shorten|end|drop|waive', 'CONCEDE', null, 'V', { object: RESTRICTIONS }],
  ['accept|meet|grant|heed|satisfy', 'CONCEDE', null, 'V', { object: ['demand', 'demands', 'condition', 'conditions'] }],
  // RETREAT
  ['withdraw|withdrawal|pull out|retreat', 'RETREAT', 'withdraw'],
  ['release', 'RETREAT', 'release', 'V'],
  ['lift|end|break', 'RETREAT', 'withdraw', 'V', { object: ['blockade', 'siege'] }],
  ['surrender', 'RETREAT', null],
  ['resign|resignation|step down', 'RETREAT', 'resign'],
  ['demobilize|demobilise|disarm|disarmament', 'RETREAT', 'disarm'],
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
      // Longest phrase first so "hunger strike" wins over "strike"; then entries with an object or context
      // condition before the bare word ("accept demands" is a concession, "accept" alone a pledge).
      list.sort((a, b) => b.next.length - a.next.length || Number(!!(b.object || b.near)) - Number(!!(a.object || a.near)));
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
  ['explosive', 'explosion'], ['ied', 'explosion'], ['car', 'explosion'], ['roadside', 'explosion'], ['grenade', 'explosion'], ['bomb', 'explosion'], ['mine', 'explosion'], ['landmine', 'explosion'], ['minefield', 'explosion'],
  ['suicide', 'suicide-attack'],
  ['gunship', 'aerial'], ['predator', 'drone'],
  ['artillery', 'heavy-weapons'], ['mortar', 'heavy-weapons'], ['rocket', 'heavy-weapons'], ['tank', 'heavy-weapons'],
  ['machete', 'primitive'], ['knife', 'primitive'], ['knives', 'primitive'], ['axe', 'primitive'], ['sword', 'primitive'], ['spear', 'primitive'], ['stone', 'primitive'], ['arrow', 'primitive'],
]);

/** MOBILIZE objects that make the mode "weapons" rather than "troops". */
export const WEAPON_WORDS: ReadonlySet<string> = new Set(['drone', 'drones', 'missile', 'missiles', 'aircraft', 'jet', 'jets', 'fighter', 'fighters', 'bomber', 'bombers', 'reaper', 'weapon', 'weapons', 'helicopter', 'helicopters', 'f-35', 'f-35s', 'mq-9', 'battery', 'batteries', 'tank', 'tanks', 'artillery', 'launcher', 'launchers']);

/** THREATEN content → mode. */
export const THREAT_MODE_CUES: ReadonlyMap<string, string> = new Map([
  ['attack', 'violence'], ['strike', 'violence'], ['bomb', 'violence'], ['invade', 'violence'], ['invasion', 'violence'], ['war', 'violence'], ['military', 'violence'], ['kill', 'violence'], ['destroy', 'violence'], ['force', 'violence'], ['retaliate', 'violence'], ['retaliation', 'violence'],
  ['offensive', 'violence'], ['terrorist', 'violence'], ['terror', 'violence'], ['violence', 'violence'], ['fight', 'violence'], ['shell', 'violence'], ['missile', 'violence'], ['blow', 'violence'], ['raid', 'violence'], ['assault', 'violence'], ['bombing', 'violence'],
  ['sanction', 'restrict'], ['tariff', 'restrict'], ['blockade', 'restrict'], ['embargo', 'restrict'], ['ban', 'restrict'], ['curfew', 'restrict'], ['martial', 'restrict'], ['boycott', 'restrict'], ['rally', 'restrict'], ['protest', 'restrict'], ['demonstration', 'restrict'],
  ['tie', 'relations'], ['relation', 'relations'], ['talk', 'relations'], ['talks', 'relations'], ['negotiation', 'relations'], ['mediation', 'relations'], ['aid', 'relations'], ['cooperation', 'relations'],
  ['expel', 'expel'], ['expulsion', 'expel'],
  ['arrest', 'arrest'], ['detain', 'arrest'], ['jail', 'arrest'], ['imprison', 'arrest'],
  ['occupy', 'territory'], ['annex', 'territory'], ['occupation', 'territory'],
]);

/** PROTEST cues that make a demonstration a riot. */
export const RIOT_WORDS: ReadonlySet<string> = new Set(['stone', 'stones', 'rock', 'rocks', 'molotov', 'petrol', 'loot', 'looting', 'looted', 'riot', 'rioting', 'clash', 'clashes', 'clashed', 'torch', 'torched', 'violent', 'violently']);
/** Titles whose killing is a targeted killing ("killed the deputy chief", "killed eight top leaders"). */
export const LEADER_WORDS: ReadonlySet<string> = new Set(['leader', 'leaders', 'chief', 'chiefs', 'commander', 'commanders', 'minister', 'governor', 'mayor', 'president', 'general', 'judge', 'prosecutor', 'official', 'officials', 'lawmaker', 'mp', 'senator', 'journalist', 'activist', 'candidate', 'head']);

/** Context tags by word (lemma). */
export const CONTEXT_WORDS: ReadonlyMap<string, string> = new Map([
  ['drug', 'drugs'], ['narcotic', 'drugs'], ['cocaine', 'drugs'], ['fentanyl', 'drugs'], ['cartel', 'drugs'], ['trafficking', 'drugs'], ['narco', 'drugs'], ['narcotrafficking', 'drugs'],
  ['boat', 'maritime'], ['vessel', 'maritime'], ['ship', 'maritime'], ['tanker', 'maritime'], ['naval', 'maritime'], ['port', 'maritime'], ['dock', 'maritime'], ['sea', 'maritime'], ['waters', 'maritime'], ['coast', 'maritime'], ['maritime', 'maritime'],
  ['oil', 'oil'], ['crude', 'oil'], ['petroleum', 'oil'], ['fuel', 'oil'],
  ['refugee', 'refugees'], ['migrant', 'migration'], ['migration', 'migration'],
  ['election', 'elections'], ['humanitarian', 'humanitarian'], ['nuclear', 'cbrn'], ['chemical', 'cbrn'],
]);
