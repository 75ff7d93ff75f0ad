import type { ActorRef, Doc } from '../../src/core/types.ts';

const actor = (a: ActorRef | null) => (a ? { text: a.text, name: a.name, code: a.code } : null);

/** What a golden file pins down: the record-level facts, not every internal offset. */
export function goldenProjection(doc: Doc) {
  const L = doc.layers;
  return {
    mentions: (L.mentions ?? []).map((m) => ({
      id: m.id,
      event: m.event,
      mode: m.mode,
      modality: m.modality,
      trigger: m.trigger.text,
      actor: actor(m.actor),
      recipient: actor(m.recipient),
      interval: m.interval,
      place: m.place ? { name: m.place.name, kind: m.place.kind, country: m.place.country } : null,
      quantities: Object.fromEntries(Object.entries(m.quantities).map(([k, q]) => [k, { value: q!.value, bound: q!.bound }])),
      tally: m.tally,
      corefOf: m.corefOf,
    })),
    claims: (L.claims ?? []).map((c) => ({ mention: c.mention, stance: c.stance, source: c.source, conveyed_by: c.conveyed_by, hedges: c.hedges })),
    quotes: (L.quotes ?? []).map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null, cue: q.cue, direct: q.direct })),
    times: (L.times ?? []).map((t) => ({ text: t.text, type: t.type, value: t.value })),
    places: (L.places ?? []).map((p) => ({ text: p.text, name: p.name, kind: p.kind, country: p.country })),
  };
}
