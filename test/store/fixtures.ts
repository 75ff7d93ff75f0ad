// Small hand-made documents and events for the store tests (invented sentences, not from any article).
import type { Claim, Doc, EventRecord, Mention, PloverCategory } from '../../src/core/types.ts';
import { docId } from '../../src/core/ids.ts';

export function mention(id: string, start: number, text: string, event: PloverCategory = 'ASSAULT'): Mention {
  return {
    id,
    start,
    end: start + text.length,
    text,
    event,
    mode: event === 'ASSAULT' ? 'aerial' : null,
    modality: 'asserted',
    trigger: { start, end: start + 6, text: text.slice(0, 6) },
    actor: null,
    recipient: null,
    time: null,
    interval: { start: '2025-11-03', end: '2025-11-03', granularity: 'day' },
    intervalBy: 'time',
    place: null,
    quantities: { killed: { start, end: start + 5, text: 'three', value: 3, bound: 'exact' } },
    context: ['maritime'],
    tally: false,
    corefOf: null,
    sentence: 0,
  };
}

export function claim(mentionId: string, start: number, end: number, source: string | null): Claim {
  return {
    start,
    end,
    text: 'placeholder',
    mention: mentionId,
    stance: source ? 'alleged' : 'asserted',
    source,
    conveyed_by: null,
    reported_by: 'The Harbour Gazette',
    hedges: source ? ['reportedly'] : [],
    cue: source ? 'according to' : null,
  };
}

/** A document about a made-up strike on boat number `n`, with two mentions and two claims. */
export function makeDoc(n: number, published = '2025-11-04T08:00:00Z'): Doc {
  const text =
    `A patrol aircraft struck fishing boat number ${n} near the reef on Monday, killing three crew. ` +
    `Port officials said a second vessel was hit later the same day.`;
  const id = docId(text);
  const second = text.indexOf('a second vessel');
  return {
    meta: {
      id,
      title: `Boat ${n} struck`,
      outlet: 'The Harbour Gazette',
      url: `https://example.org/boat-${n}`,
      language: 'en',
      published,
      source: `fixtures/boat-${n}.txt`,
      ingestedAt: '2025-11-04T09:00:00Z',
      format: 'text',
    },
    text,
    layers: {
      sentences: [{ start: 0, end: text.indexOf('Port') - 1 }, { start: text.indexOf('Port'), end: text.length }],
      mentions: [mention('m0', 2, text.slice(2, 40)), mention('m1', second, text.slice(second, second + 24))],
      claims: [claim('m0', 0, 40, null), claim('m1', second, text.length, 'Port officials')],
    },
    messages: [{ level: 'info', code: 'fixture', text: 'made for tests' }],
  };
}

export function makeEvent(id: string, doc: string, mentionId: string, overrides: Partial<EventRecord> = {}): EventRecord {
  return {
    id,
    event: 'ASSAULT',
    mode: 'aerial',
    date: '2025-11-03',
    enddate: '2025-11-03',
    date_granularity: 'day',
    actor: null,
    recipient: null,
    place: null,
    event_text: 'aircraft struck a fishing boat',
    context: ['maritime'],
    fatalities: { best: 3, low: 3, high: 3 },
    vessels: null,
    status: 'single_source',
    tally: false,
    sources: [],
    mentions: [{ doc, mention: mentionId, start: 2, end: 40, text: 'patrol aircraft struck' }],
    contradictions: [],
    revisions: [],
    ...overrides,
  };
}
