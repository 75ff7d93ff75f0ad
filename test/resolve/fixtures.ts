// Hand-built documents, mentions and claims for resolver tests (our own sentences).
import type { ActorRef, Bound, Claim, DocMeta, Interval, Mention, Place, Quantities } from '../../src/core/types.ts';
import type { ResolveInput } from '../../src/resolve/resolve.ts';

export function docMeta(id: string, published: string | null, outlet: string): DocMeta {
  return { id, title: null, outlet, url: null, language: 'en', published, source: null };
}

export function day(d: string): Interval {
  return { start: d, end: d, granularity: 'day' };
}

export function span(start: string, end: string | null, granularity: Interval['granularity']): Interval {
  return { start, end, granularity };
}

export function place(name: string, kind: Place['kind'], country: string | null, lat: number | null, lon: number | null, radius_km: number, gid?: string): Place {
  return { start: 0, end: 0, text: name, name, kind, country, lat, lon, radius_km, gid: gid ?? null, by: 'test' };
}

export const CARIBBEAN = place('Caribbean Sea', 'sea', null, 15, -75, 1500, 'sea:caribbean');
export const EAST_PACIFIC = place('eastern Pacific', 'sea', null, 10, -100, 1800, 'sea:eastern-pacific');
export const VENEZUELA = place('Venezuela', 'country', 'VEN', 8, -66, 500, 'country:VEN');
export const INTL_WATERS = place('international waters', 'region', null, null, null, 5000, 'region:international-waters');

export function actor(name: string, code: string | null, sector: string | null = null, wikidata: string | null = null): ActorRef {
  return { start: 0, end: 0, text: name, name, code, sector, wikidata };
}

export const USA = actor('United States', 'USA', 'GOV');
export const CIA = actor('Central Intelligence Agency', 'USA', 'INTEL', 'Q37230');

export function killed(value: number, bound: Bound = 'exact'): Quantities {
  return { killed: { start: 0, end: 0, text: String(value), value, bound } };
}

let cursor = 0;
export function mention(id: string, over: Partial<Mention> = {}): Mention {
  const start = over.start ?? (cursor += 100);
  const text = over.text ?? `A US strike hit a boat (${id}).`;
  return {
    id,
    start,
    end: start + text.length,
    text,
    event: 'ASSAULT',
    mode: 'aerial',
    modality: 'asserted',
    trigger: { start, end: start + 6, text: 'strike' },
    actor: USA,
    recipient: null,
    time: null,
    interval: null,
    intervalBy: 'time',
    place: CARIBBEAN,
    quantities: {},
    context: ['drugs'],
    tally: false,
    corefOf: null,
    sentence: 0,
    ...over,
  };
}

export function claim(m: Mention, over: Partial<Claim> = {}): Claim {
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    mention: m.id,
    stance: 'asserted',
    source: null,
    conveyed_by: null,
    reported_by: null,
    hedges: [],
    cue: null,
    ...over,
  };
}

export function input(doc: DocMeta, mentions: Mention[], claims: Claim[] = []): ResolveInput {
  return { doc, mentions, claims: claims.map((c) => ({ ...c, reported_by: c.reported_by ?? doc.outlet })) };
}
