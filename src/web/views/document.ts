// A report with its layers (entities, times, places, quotes, event mentions, claims) highlighted and clickable.
// `?hl=start-end` marks a span (a claim's sentence) and scrolls to it; the text is only ever inserted as text.
import { getJson, type DocumentView } from '../api.ts';
import { badge, fmtDate, h, link, mount, outLink } from '../dom.ts';
import type { Route } from '../router.ts';
import { categoryLabel } from './events.ts';

const LAYERS = [
  { key: 'mentions', label: 'Events', on: true },
  { key: 'entities', label: 'Entities', on: true },
  { key: 'places', label: 'Places', on: true },
  { key: 'times', label: 'Times', on: true },
  { key: 'quotes', label: 'Quotes', on: true },
  { key: 'claims', label: 'Claims', on: false },
] as const;
type LayerKey = (typeof LAYERS)[number]['key'];

interface Item {
  layer: LayerKey;
  start: number;
  end: number;
  data: Record<string, unknown>;
}

const kv = (k: string, v: unknown) => (v === null || v === undefined || v === '' ? null : h('div', null, h('span', { class: 'k' }, k), ' ', String(v)));

function wikidataLink(id: unknown): Node | null {
  return typeof id === 'string' && /^Q\d+$/.test(id) ? outLink(`https://www.wikidata.org/wiki/${id}`, id) : null;
}

function describe(item: Item, eventOf: Map<string, string>): HTMLElement {
  const d = item.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- layer items vary
  const head = (t: string) => h('div', { class: 'item-head' }, badge(t, `layer-${item.layer}`), ` “${String(d.text ?? '').slice(0, 120)}”`);
  switch (item.layer) {
    case 'entities':
      return h('div', { class: 'item' }, head(`entity · ${d.type}`),
        d.actor ? h('div', null, h('span', { class: 'k' }, 'actor'), ` ${d.actor.name}${d.actor.code ? ' (' + d.actor.code + ')' : ''}${d.actor.sector ? ' · ' + d.actor.sector : ''} `, wikidataLink(d.actor.wikidata)) : null);
    case 'times':
      return h('div', { class: 'item' }, head(`time · ${d.type}`), kv('value', d.value),
        kv('interval', d.interval ? `${d.interval.start} – ${d.interval.end ?? 'open'} (${d.interval.granularity})` : 'unresolved'));
    case 'places':
      return h('div', { class: 'item' }, head(`place · ${d.kind}`), kv('name', d.name), kv('country', d.country),
        kv('point', d.lat != null ? `${Number(d.lat).toFixed(3)}, ${Number(d.lon).toFixed(3)} ±${d.radius_km} km` : null), kv('role', d.role));
    case 'quotes':
      return h('div', { class: 'item' }, head(d.direct ? 'direct quote' : 'reported speech'), kv('speaker', d.speaker?.name ?? 'unknown'), kv('cue', d.cue), kv('said at', d.place));
    case 'claims':
      return h('div', { class: 'item' }, head(`claim · ${d.stance}`), kv('source', d.source ?? 'the outlet itself'), kv('conveyed by', d.conveyed_by),
        kv('hedges', (d.hedges ?? []).join(', ')), kv('cue', d.cue));
    case 'mentions': {
      const evt = eventOf.get(String(d.id));
      return h('div', { class: 'item' }, h('div', { class: 'item-head' }, badge('event mention', 'layer-mentions'), ' ', categoryLabel(String(d.event), d.mode ?? null)),
        kv('modality', d.modality), kv('actor', d.actor?.name), kv('recipient', d.recipient?.name),
        kv('when', d.interval ? `${d.interval.start} – ${d.interval.end ?? 'open'}` : 'unresolved'), kv('where', d.place?.name),
        evt ? h('div', null, link(`/event/${encodeURIComponent(evt)}`, 'Open the event →')) : h('div', { class: 'muted' }, 'not resolved into an event (e.g. hypothetical or background)'));
    }
  }
}

export async function documentView(root: HTMLElement, route: Route): Promise<void> {
  mount(root, h('p', { class: 'loading' }, 'Loading report…'));
  let doc: DocumentView;
  try {
    doc = await getJson<DocumentView>(`/api/documents/${encodeURIComponent(route.params.id)}`);
  } catch (e) {
    mount(root, h('p', { class: 'empty' }, `Report not found: ${(e as Error).message}`));
    return;
  }
  const hl = /^(\d+)-(\d+)$/.exec(route.query.get('hl') ?? '');
  const hlRange = hl ? [Number(hl[1]), Number(hl[2])] : null;
  const fromEvent = route.query.get('event');
  const eventOf = new Map<string, string>();
  for (const e of doc.events) for (const m of e.mentions) eventOf.set(m, e.id);

  const items: Item[] = [];
  for (const { key } of LAYERS)
    for (const x of (doc.layers[key] ?? []) as unknown as Record<string, unknown>[])
      if (typeof x.start === 'number' && typeof x.end === 'number' && x.end > x.start) items.push({ layer: key, start: x.start, end: x.end, data: x });

  const active = new Set<LayerKey>(LAYERS.filter((l) => l.on).map((l) => l.key));
  const textBox = h('div', { class: 'doc-text', id: 'doc-text', lang: doc.meta.language });
  const details = h('div', { class: 'details', id: 'details' }, h('p', { class: 'muted' }, 'Click highlighted text to see what sitrep read there.'));

  function renderText(): void {
    const shown = items.filter((i) => active.has(i.layer));
    const cuts = new Set<number>([0, doc.text.length]);
    for (const i of shown) cuts.add(i.start).add(i.end);
    if (hlRange) cuts.add(hlRange[0]).add(hlRange[1]);
    const points = [...cuts].filter((c) => c >= 0 && c <= doc.text.length).sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    let firstMark: HTMLElement | null = null;
    for (let k = 0; k < points.length - 1; k++) {
      const [a, b] = [points[k], points[k + 1]];
      const piece = doc.text.slice(a, b);
      const covering = shown.filter((i) => i.start <= a && i.end >= b);
      const marked = !!hlRange && a >= hlRange[0] && b <= hlRange[1];
      if (!covering.length && !marked) {
        frag.append(document.createTextNode(piece));
        continue;
      }
      const span = h('span', { class: [...new Set(covering.map((i) => `l-${i.layer}`)), marked ? 'hl' : ''].join(' ').trim() }, piece);
      if (covering.length) span.addEventListener('click', () => mount(details, covering.map((i) => describe(i, eventOf))));
      if (marked && !firstMark) firstMark = span;
      frag.append(span);
    }
    textBox.replaceChildren(frag);
    if (firstMark) {
      firstMark.id = 'highlight';
      requestAnimationFrame(() => firstMark!.scrollIntoView({ block: 'center' }));
    }
  }

  const toggles = h('div', { class: 'layer-toggles' }, LAYERS.map((l) => {
    const n = items.filter((i) => i.layer === l.key).length;
    const box = h('input', { type: 'checkbox', checked: l.on, 'data-layer': l.key });
    box.addEventListener('change', () => {
      if (box.checked) active.add(l.key);
      else active.delete(l.key);
      renderText();
    });
    return h('label', { class: `toggle l-key-${l.key}` }, box, ` ${l.label} `, h('span', { class: 'muted' }, String(n)));
  }));

  const m = doc.meta;
  mount(root,
    h('nav', { class: 'crumbs' }, link('/reports', 'Reports'), ' / ', m.title ?? m.id, fromEvent ? [' · ', link(`/event/${encodeURIComponent(fromEvent)}`, '← back to the event')] : null),
    h('section', { class: 'page-head' }, h('h1', null, m.title ?? '(untitled report)')),
    h('p', { class: 'byline' }, `${m.outlet ?? 'unknown outlet'} · published ${m.published ? fmtDate(m.published) : 'unknown'} · ${m.language}`, m.url ? [' · ', outLink(m.url)] : null),
    h('div', { class: 'grid-doc' },
      h('section', { class: 'panel' }, toggles, textBox),
      h('aside', { class: 'side' },
        h('section', { class: 'panel' }, h('h2', null, 'Details'), details),
        h('section', { class: 'panel' }, h('h2', null, `Events from this report (${doc.events.length})`),
          doc.events.length ? h('ul', { class: 'doc-list' }, doc.events.map((e) => h('li', null, link(`/event/${encodeURIComponent(e.id)}`, categoryLabel(e.event, null)), h('span', { class: 'muted' }, ` ${e.id}`)))) : h('p', { class: 'empty' }, 'None.'),
          doc.events.length ? link(`/?doc=${encodeURIComponent(m.id)}`, 'See them on the timeline and map →') : null),
        doc.messages.length ? h('section', { class: 'panel' }, h('h2', null, 'Messages'), h('ul', { class: 'messages' }, doc.messages.map((x) => h('li', null, badge(x.level, x.level === 'warn' ? 'warn' : 'muted'), ` ${x.text}`)))) : null)),
  );
  renderText();
  root.dataset.ready = 'doc';
}
