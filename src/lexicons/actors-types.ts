// The actor lexicon's entry format: one object per actor, aliases in English and Spanish.
import type { EntityType } from '../core/types.ts';

export interface ActorEntry {
  /** Canonical name ("Donald Trump"); also an alias. */
  name: string;
  type: EntityType;
  /** ISO 3166-1 alpha-3, "IGO", or null. */
  code: string | null;
  /** GOV, MIL, INTEL, POL, LEG, JUD, REB, CRM, MED, BUS, IGO, NGO, CVL, OPP, PTY. */
  sector: string | null;
  /** Wikidata QID, only when certain. */
  wikidata: string | null;
  /** Other names as written in text (English and Spanish); accents and case are folded when matching. */
  aliases: string[];
  /** Office as displayed ("Minister of the Interior"). */
  role?: string;
  /** Lower-case role phrases that describe this actor ("interior minister"). */
  roles?: string[];
  /** Political party (for "the Republican"). */
  party?: string;
  /** Generic nouns that refer back to this actor ("newspaper", "agency"). */
  heads?: string[];
  /** A capital city standing for its government: an actor only when it acts. */
  metonym?: boolean;
  /** A name that is an entity but no actor (regions, US states). */
  noActor?: boolean;
  /** Do not derive a surname alias (common surname or common word). */
  noSurname?: boolean;
  /** Offices held, by period: role lookups pick the holder at the document's date. */
  terms?: Term[];
}

/** One office held for a period (years, inclusive; `to` absent: still in office). */
export interface Term {
  /** Office key shared by holders of the same office everywhere ("interior", "president"). */
  office: string;
  /** Country (alpha-3) or IGO of the office. */
  code: string | null;
  /** Office as displayed ("Minister of the Interior of Venezuela"). */
  role: string;
  from: number;
  to?: number;
}

type Extra = Partial<Omit<ActorEntry, 'name' | 'type' | 'code' | 'sector' | 'wikidata' | 'aliases'>>;

export function person(name: string, code: string | null, sector: string, wikidata: string | null, aliases: string[] = [], extra: Extra = {}): ActorEntry {
  return { name, type: 'PERSON', code, sector, wikidata, aliases, ...extra };
}

export function org(name: string, code: string | null, sector: string, wikidata: string | null, aliases: string[] = [], extra: Extra = {}): ActorEntry {
  return { name, type: 'ORG', code, sector, wikidata, aliases, ...extra };
}

export function group(name: string, code: string | null, sector: string, wikidata: string | null, aliases: string[] = [], extra: Extra = {}): ActorEntry {
  return { name, type: 'GROUP', code, sector, wikidata, aliases, ...extra };
}

/** A news outlet; `heads` default to the generic words for an outlet of its kind. */
export function outlet(name: string, code: string | null, wikidata: string | null, kind: 'newspaper' | 'agency' | 'broadcaster' | 'site' | 'magazine', aliases: string[] = []): ActorEntry {
  const heads: Record<string, string[]> = {
    newspaper: ['newspaper', 'paper', 'daily', 'outlet', 'publication', 'periódico', 'diario'],
    agency: ['agency', 'news agency', 'wire service', 'outlet', 'agencia'],
    broadcaster: ['broadcaster', 'network', 'channel', 'outlet', 'cadena', 'canal'],
    site: ['outlet', 'site', 'website', 'publication', 'portal'],
    magazine: ['magazine', 'outlet', 'publication', 'weekly', 'revista'],
  };
  return { name, type: 'ORG', code, sector: 'MED', wikidata, aliases, heads: heads[kind] };
}
