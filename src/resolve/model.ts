// The resolver's input, output and internal member type.
import type { Claim, DocMeta, EventRecord, Mention, Place } from '../core/types.ts';

/** One document's share of the resolver's input. */
export interface ResolveInput {
  doc: DocMeta;
  mentions: Mention[];
  claims: Claim[];
}

/** A previous resolution: event id → member mention keys (`<doc id>:<mention id>`). */
export type PreviousIds = Record<string, string[]> | Map<string, string[]>;

export interface EventLink {
  eventId: string;
  docId: string;
  mentionId: string;
}

export type HistoryKind = 'created' | 'merged' | 'split' | 'removed';

export interface HistoryEntry {
  eventId: string;
  kind: HistoryKind;
  detail: string;
}

export interface ResolveOutput {
  events: EventRecord[];
  links: EventLink[];
  history: HistoryEntry[];
}

/** A day interval as day numbers since the epoch; `e` is Infinity for an open interval. */
export interface DayInterval {
  s: number;
  e: number;
  /** Day-precise (granularity day or time). */
  day: boolean;
}

/** A mention taken into resolution, with what the resolver needs precomputed. */
export interface Member {
  /** `<doc id>:<mention id>` */
  key: string;
  doc: DocMeta;
  mention: Mention;
  claims: Claim[];
  /** Position in the canonical order (published, doc id, mention position). */
  order: number;
  iv: DayInterval | null;
  /** Place used for comparison: the mention's, unless it is only the actor's home country ("US strike" → not in the US). */
  place: Place | null;
  /** Toll used for comparison (bound-aware point), from the mention or, failing that, its anaphors. */
  killed: number | null;
  /** Joined through `corefOf`, not by comparison. */
  anaphor: boolean;
  /** An anaphor whose date or place conflicts with its event (a likely coreference slip): its claims count, its values do not. */
  weak?: boolean;
}
