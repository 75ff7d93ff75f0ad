// The record's types: documents with standoff layers, mentions, claims, events, tallies.
// Every annotation carries UTF-16 offsets into its document's text (end exclusive).

/** A piece of a document's text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Level = 'info' | 'warn' | 'error';

/** Problems are data: bad or odd input adds a message, only a bug throws. */
export interface Message {
  level: Level;
  code: string;
  text: string;
  start?: number;
  end?: number;
}

export interface DocMeta {
  /** `doc_` + first 16 hex chars of sha256 over the normalised text. */
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** ISO 639-1 code ("en", "es"). */
  language: string;
  /** ISO 8601 publication time, or null when unknown (relative dates then stay unresolved). */
  published: string | null;
  /** Where it came from: a file path, "-" for stdin, a URL. */
  source: string | null;
  /** ISO time of ingestion (set by ingest, never read by stages). */
  ingestedAt?: string | null;
  /** Original format: text, markdown, html, feed. */
  format?: string;
  /** A feed item's GUID (RSS guid, Atom id, RDF about): what a feed says identifies the story. */
  guid?: string | null;
}

// ---------- layers ----------

export interface Sentence {
  start: number;
  end: number;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, AUX, ADP, DET, PUNCT, NUM, ...). */
  pos: string;
  /** Lower-case normal form. */
  normal: string;
  /** Lemma where wink gives one, else the normal form. */
  lemma: string;
  /** Index of the sentence holding this token. */
  sentence: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'GROUP' | 'NORP' | 'FAC' | 'VEHICLE' | 'WEAPON' | 'OTHER';

/** An actor as coded: PLOVER/CAMEO-style country code and sector, Wikidata id. */
export interface Actor {
  name: string;
  /** ISO 3166-1 alpha-3 of the actor's country, or an IGO code (e.g. "IGO"), or null. */
  code: string | null;
  /** Sector: GOV, MIL, POL (police), LEG, JUD, INTEL, REB, CRM (criminal), MED (media), BUS, CVL, IGO, NGO, ... */
  sector: string | null;
  wikidata: string | null;
  /** Role/office if the lexicon knows one ("Minister of the Interior"). */
  role?: string | null;
}

export interface Entity extends Span {
  type: EntityType;
  actor: Actor | null;
  /** Which rule produced it: "lexicon", "propn-run", "role", "coref". */
  by: string;
  /** For role descriptions and pronouns resolved within the document: the index of the entity it refers to. */
  ref?: number | null;
}

export type Granularity = 'time' | 'day' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'decade' | 'open';

/** Date interval, ISO dates YYYY-MM-DD inclusive; `end` null for an open interval ("since mid-year"). */
export interface Interval {
  start: string;
  end: string | null;
  granularity: Granularity;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpr extends Span {
  type: TimexType;
  /** TIMEX3 value: "2025-12-29", "2025-W52", "P3W", "XXXX-XX-XX" when unresolved, "PAST_REF". */
  value: string;
  interval: Interval | null;
  /** Rule that produced it ("chrono", "last-week", ...). */
  by: string;
  /** TIMEX3 mod where the text narrows or bounds the period: START, MID, END, BEFORE, AFTER, APPROX. */
  mod?: string;
  /** Set when a weekday, month or bare date was resolved by the sentence's tense ("past" / "future"). */
  direction?: 'past' | 'future';
}

export type PlaceKind = 'facility' | 'city' | 'admin' | 'country' | 'sea' | 'region';

/** What a gazetteer says of a place, before it is tied to a span of text. */
export interface PlaceFacts {
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-3, or null for open sea / multi-country regions. */
  country: string | null;
  lat: number | null;
  lon: number | null;
  radius_km: number;
  /** Gazetteer id where there is one ("geonames:3646738", "sea:caribbean"). */
  gid: string | null;
}

/** A place named in a document: the gazetteer's facts, the span, and how the text uses the name. */
export interface Place extends Span, Omit<PlaceFacts, 'gid'> {
  gid?: string | null;
  by: string;
  /** How the text uses the name: where something happens ("in Caracas"), an agent or metonym ("Washington said",
   * "US forces", "a Venezuelan official"), or where someone or something comes from ("from Bogotá", "Russian oil"). */
  role?: PlaceRole;
}

export type PlaceRole = 'location' | 'actor' | 'origin';

export interface Speaker {
  text: string;
  name: string;
  start: number;
  end: number;
  actor?: Actor | null;
}

export interface Quote extends Span {
  /** The quoted words (span = the words inside the quotation marks, or the reported clause). */
  speaker: Speaker | null;
  /** Reporting verb ("told", "said"). */
  cue: string | null;
  /** Offsets of the cue word(s) in the text, when there is a cue. */
  cueSpan?: { start: number; end: number } | null;
  direct: boolean;
  /** Where the speech was given if the reporting clause says ("Mar-a-Lago"). */
  place?: string | null;
  /** Sentence index. */
  sentence: number;
}

export type Modality = 'asserted' | 'hypothetical' | 'negated' | 'historical' | 'question';

export type PloverCategory =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export const PLOVER_CATEGORIES: PloverCategory[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

/** A participant of a mention: the text in this document and the actor it resolves to. */
export interface ActorRef extends Span {
  name: string;
  code: string | null;
  sector: string | null;
  wikidata: string | null;
}

export type Bound = 'exact' | 'at_least' | 'more_than' | 'about' | 'at_most' | 'less_than';

export interface Quantity extends Span {
  value: number;
  bound: Bound;
}

/** What a mention counts: killed, injured, vessels (boats, ships, tankers), strikes, arrested. */
export type Quantities = Partial<Record<'killed' | 'injured' | 'vessels' | 'strikes' | 'arrested' | 'missing', Quantity>>;

export interface Mention extends Span {
  /** Stable within a document: "m0", "m1", ... */
  id: string;
  event: PloverCategory;
  mode: string | null;
  modality: Modality;
  /** The trigger word(s). */
  trigger: Span;
  actor: ActorRef | null;
  recipient: ActorRef | null;
  /** The time expression this mention is anchored to in its sentence, if any. */
  time: TimeExpr | null;
  /** The date interval of the happening as this mention reports it (from `time`, else inferred). */
  interval: Interval | null;
  /** How `interval` was obtained: "time" (from the expression), "publication" (no expression: up to publication), "unresolved". */
  intervalBy: string;
  place: Place | null;
  quantities: Quantities;
  /** PLOVER context tags ("drugs", "maritime"). */
  context: string[];
  /** True when this mention is a running tally of a campaign rather than one happening. */
  tally: boolean;
  /** Id of an earlier mention in the same document this one refers back to ("the attack"). */
  corefOf: string | null;
  sentence: number;
}

export type Stance = 'asserted' | 'confirmed' | 'denied' | 'alleged' | 'believed' | 'no_comment' | 'unverified';

export interface Claim extends Span {
  /** The mention this claim is about. */
  mention: string;
  stance: Stance;
  /** Who the claim is attributed to ("anonymous US officials", "Donald Trump"), null when the outlet itself states it. */
  source: string | null;
  /** Who relays it ("The New York Times"), null when the outlet heard it directly. */
  conveyed_by: string | null;
  /** The outlet of the document (filled from meta). */
  reported_by: string | null;
  hedges: string[];
  /** The attribution cue ("according to", "told", "confirmed"). */
  cue: string | null;
  /** Actor code of the cited source when known ("USA" for Donald Trump): lets the resolver tell the actor's own word. */
  sourceCode?: string | null;
}

export interface Layers {
  sentences?: Sentence[];
  tokens?: Token[];
  entities?: Entity[];
  times?: TimeExpr[];
  places?: Place[];
  quotes?: Quote[];
  mentions?: Mention[];
  claims?: Claim[];
}

export type LayerName = keyof Layers;

/** A document as the pipeline sees it: metadata, text, standoff layers, messages. */
export interface Doc {
  meta: DocMeta;
  text: string;
  layers: Layers;
  messages: Message[];
}

// ---------- resolved record ----------

export interface SourceRef {
  doc: string;
  outlet: string | null;
  conveyed_by: string | null;
  cited: string | null;
  stance: Stance;
  hedges: string[];
  /** Span in the document. */
  start: number;
  end: number;
  /** False when this source only repeats another outlet's reporting. */
  independent?: boolean;
}

export interface ValueClaim<T> {
  value: T;
  sources: SourceRef[];
}

export interface Contradiction {
  field: string;
  values: { value: unknown; sources: string[] }[];
  /** Which value is published and why. */
  chosen?: unknown;
  rule?: string;
}

export interface Revision {
  field: string;
  old: unknown;
  new: unknown;
  at: string | null;
  doc: string;
}

export type EventStatus = 'confirmed' | 'multiple_sources' | 'single_source' | 'disputed' | 'denied';

export interface Fatalities {
  best: number;
  low: number;
  high: number;
}

export interface EventRecord {
  id: string;
  event: PloverCategory;
  mode: string | null;
  date: string | null;
  enddate: string | null;
  date_granularity: Granularity | null;
  actor: ActorRef | null;
  recipient: ActorRef | null;
  place: Place | null;
  event_text: string;
  context: string[];
  fatalities: Fatalities | null;
  vessels: Fatalities | null;
  status: EventStatus;
  tally: boolean;
  sources: SourceRef[];
  mentions: { doc: string; mention: string; start: number; end: number; text: string }[];
  contradictions: Contradiction[];
  revisions: Revision[];
  /** Every reported value of each field with its sources (the resolver keeps them all). */
  values?: Partial<Record<'date' | 'place' | 'actor' | 'recipient' | 'fatalities' | 'vessels' | 'strikes', ValueClaim<unknown>[]>>;
  /** Number of independent sources (distinct reporting chains). */
  independent_sources?: number;
}
