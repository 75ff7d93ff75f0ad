// The events page: filters (in the URL), timeline, tallies, map and table, all showing the same filtered events.
import { PLOVER_CATEGORIES } from '../../core/types.ts';
import { allEvents, getJson, type EventFeature, type EventRecord, type Page, type Tally } from '../api.ts';
import { categoryColor } from '../categories.ts';
import { badge, dateRange, h, link, mount } from '../dom.ts';
import { filterQuery, matches, readFilter, type EventFilter } from '../filters.ts';
import { navigate, setQuery, type Route } from '../router.ts';
import { tallyChart } from './tallies.ts';
import { createTimeline } from './timeline.ts';

const STATUSES = ['confirmed', 'multiple_sources', 'single_source', 'disputed', 'denied'];
const PAGE_ROWS = 200;

export function statusBadge(status: string): HTMLElement {
  return badge(status.replace('_', ' '), `status-${status}`);
}

export function categoryLabel(event: string, mode: string | null): HTMLElement {
  return h('span', { class: 'cat' }, h('i', { class: 'swatch', style: `background:${categoryColor(event)}` }), event, mode ? h('span', { class: 'mode' }, `/${mode}`) : null);
}

function field(label: string, input: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, h('span', null, label), input);
}

export async function eventsView(root: HTMLElement, route: Route): Promise<() => void> {
  const filter: EventFilter = readFilter(route.query.toString());
  mount(root, h('p', { class: 'loading' }, 'Loading events…'));
  const [collection, docEvents] = await Promise.all([
    allEvents(),
    filter.doc ? getJson<Page<EventRecord>>('/api/events', { doc: filter.doc, limit: 500 }) : null,
  ]);
  const byDate = (a: EventFeature, b: EventFeature) => {
    const [x, y] = [a.properties.date ?? '9999', b.properties.date ?? '9999'];
    return x < y ? -1 : x > y ? 1 : a.properties.id < b.properties.id ? -1 : 1;
  };
  // sorted once: filtering keeps the order, so the table never sorts again
  const all = collection.features.sort(byDate);
  const docIds = docEvents ? new Set(docEvents.items.map((e) => e.id)) : null;

  // ---- filter bar ----
  const category = h('select', { name: 'category' }, h('option', { value: '' }, 'All categories'), PLOVER_CATEGORIES.map((c) => h('option', { value: c }, c)));
  const status = h('select', { name: 'status' }, h('option', { value: '' }, 'Any status'), STATUSES.map((s) => h('option', { value: s }, s.replace('_', ' '))));
  const from = h('input', { type: 'date', name: 'from' });
  const to = h('input', { type: 'date', name: 'to' });
  const actor = h('input', { type: 'search', name: 'actor', placeholder: 'name or code' });
  const place = h('input', { type: 'search', name: 'place', placeholder: 'place or country' });
  const q = h('input', { type: 'search', name: 'q', placeholder: 'words in the event text' });
  const inputs = { category, status, from, to, actor, place, q } as const;
  const clear = h('button', { type: 'button', class: 'link-button' }, 'Clear filters');
  const bar = h('form', { class: 'filters', id: 'filters' },
    field('Category', category), field('From', from), field('To', to), field('Actor', actor), field('Place', place), field('Text', q), field('Status', status), clear);

  const count = h('span', { class: 'count', id: 'event-count' });
  const chips = h('span', { class: 'chips' });

  // ---- table ----
  const tbody = h('tbody');
  const more = h('button', { type: 'button', class: 'button', hidden: true }, '');
  let rowLimit = PAGE_ROWS;
  const table = h('table', { class: 'events-table', id: 'events-table' },
    h('thead', null, h('tr', null, ['Date', 'Event', 'Actor → recipient', 'Place', 'Killed', 'Sources', 'Status'].map((t) => h('th', null, t)))), tbody);

  function rows(features: EventFeature[]): void {
    const sorted = features;
    mount(tbody, sorted.slice(0, rowLimit).map((f) => {
      const p = f.properties;
      const href = `/event/${encodeURIComponent(p.id)}`;
      const killed = p.fatalities === null ? '—' : p.fatalities_low !== p.fatalities_high ? `${p.fatalities} (${p.fatalities_low}–${p.fatalities_high})` : String(p.fatalities);
      return h('tr', { 'data-id': p.id, onclick: (ev: Event) => { if (!(ev.target as Element).closest('a')) navigate(href); } },
        h('td', { class: 'nowrap' }, dateRange(p.date, p.enddate, p.date_granularity)),
        h('td', null, link(href, categoryLabel(p.event, p.mode)), p.tally ? badge('running tally', 'muted') : null),
        h('td', null, p.actor ?? '—', h('span', { class: 'arrow' }, ' → '), p.recipient ?? '—'),
        h('td', null, p.place ?? '—'),
        h('td', { class: 'num' }, killed),
        h('td', { class: 'num' }, String(p.sources), p.contradictions ? badge(`${p.contradictions} conflict${p.contradictions > 1 ? 's' : ''}`, 'warn') : null),
        h('td', null, statusBadge(p.status)));
    }));
    more.hidden = sorted.length <= rowLimit;
    more.textContent = `Show all ${sorted.length} events`;
  }
  more.addEventListener('click', () => {
    rowLimit = Infinity;
    apply();
  });

  // ---- linked views ----
  const timeline = createTimeline(all, {
    onRange: (a, b) => set({ from: a, to: b }),
    onCategory: (c) => set({ category: filter.category === c ? undefined : c }),
    onOpen: (id) => navigate(`/event/${encodeURIComponent(id)}`),
  });
  const mapBox = h('div', { class: 'map', id: 'map' });
  const talliesBox = h('div', null, h('p', { class: 'loading' }, 'Loading tallies…'));
  const areaToggle = h('input', { type: 'checkbox', id: 'map-area' });
  const tl = (label: string, fn: () => void) => h('button', { type: 'button', class: 'icon-button', onclick: fn }, label);

  mount(root,
    h('section', { class: 'page-head' }, h('h1', null, 'Events'), count, chips),
    bar,
    h('section', { class: 'panel' },
      h('div', { class: 'panel-head' }, h('h2', null, 'Timeline'), h('span', { class: 'hint' }, 'Scroll to zoom · drag to select dates · click a category to filter'),
        h('span', { class: 'tools' }, tl('+', () => timeline.zoom(0.6)), tl('−', () => timeline.zoom(1.6)), tl('Reset', () => timeline.reset()))),
      timeline.element),
    h('div', { class: 'grid-2' },
      h('section', { class: 'panel' },
        h('div', { class: 'panel-head' }, h('h2', null, 'Map'), h('label', { class: 'toggle' }, areaToggle, ' Only events in the map view')),
        mapBox),
      h('section', { class: 'panel' }, h('div', { class: 'panel-head' }, h('h2', null, 'Running tallies')), talliesBox)),
    h('section', { class: 'panel' }, table, h('div', { class: 'table-foot' }, more)),
  );

  // the map (MapLibre, WebGL) loads after the table and timeline are on screen
  type EventMap = ReturnType<typeof import('./map.ts').createEventMap>;
  let map: EventMap | null = null;
  let closed = false;
  let shown: EventFeature[] = [];
  async function initMap(): Promise<void> {
    try {
      const { createEventMap } = await import('./map.ts');
      if (closed) return;
      map = createEventMap(mapBox, all, {
        onOpen: (id) => navigate(`/event/${encodeURIComponent(id)}`),
        onArea: (bbox) => set({ bbox: bbox ?? undefined }),
      });
    } catch (e) {
      mount(mapBox, h('p', { class: 'empty' }, `The map needs WebGL, which this browser does not offer (${(e as Error).message}).`));
      return;
    }
    map.update(shown);
    map.map.once('idle', () => performance.mark('sitrep:map-idle'));
    if (filter.bbox) {
      map.fitBbox(filter.bbox);
      map.setArea(true);
    } else map.fit(all);
  }
  areaToggle.checked = !!filter.bbox;
  areaToggle.addEventListener('change', () => map?.setArea(areaToggle.checked));

  function set(patch: Partial<EventFilter>): void {
    Object.assign(filter, patch);
    for (const [k, v] of Object.entries(patch)) if (v === undefined || v === '') delete filter[k as keyof EventFilter];
    apply();
  }

  function apply(): void {
    for (const [k, el] of Object.entries(inputs)) {
      const v = (filter[k as keyof typeof inputs] as string | undefined) ?? '';
      if (el.value !== v) el.value = v;
    }
    shown = all.filter((f) => matches(f.properties, f.geometry, filter) && (!docIds || docIds.has(f.properties.id)));
    timeline.update(shown, filter.from, filter.to);
    map?.update(shown);
    rows(shown);
    count.textContent = `${shown.length} of ${all.length} events`;
    mount(chips,
      filter.doc ? h('span', { class: 'chip' }, 'from one report ', h('button', { type: 'button', 'aria-label': 'Remove', onclick: () => { docIds?.clear(); set({ doc: undefined }); navigate(`/${filterQuery(filter)}`); } }, '×')) : null,
      filter.bbox ? h('span', { class: 'chip' }, 'in map view ', h('button', { type: 'button', 'aria-label': 'Remove', onclick: () => { areaToggle.checked = false; map?.setArea(false); } }, '×')) : null);
    setQuery(filterQuery(filter));
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  bar.addEventListener('input', (ev) => {
    const el = ev.target as HTMLInputElement | HTMLSelectElement;
    const key = el.name as keyof typeof inputs;
    clearTimeout(typing);
    // selects and dates apply at once; typed text after a short pause
    typing = setTimeout(() => set({ [key]: el.value.trim() || undefined }), el instanceof HTMLSelectElement || el.type === 'date' ? 0 : 200);
  });
  bar.addEventListener('submit', (ev) => ev.preventDefault());
  clear.addEventListener('click', () => {
    areaToggle.checked = false;
    for (const k of Object.keys(filter)) delete filter[k as keyof EventFilter];
    map?.setArea(false);
    apply();
  });

  apply();
  root.dataset.ready = 'events';
  performance.mark('sitrep:events-ready');
  requestAnimationFrame(() => setTimeout(() => void initMap(), 0));
  // tallies sum every event on the server: off the critical path
  getJson<Page<Tally>>('/api/tallies', { limit: 500 })
    .then((t) => !closed && mount(talliesBox, tallyChart(t.items)))
    .catch((e: Error) => mount(talliesBox, h('p', { class: 'empty' }, `Tallies unavailable: ${e.message}`)));
  return () => {
    closed = true;
    clearTimeout(typing);
    timeline.remove();
    map?.remove();
    delete root.dataset.ready;
  };
}
