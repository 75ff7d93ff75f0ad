// An event's dossier: the facts, every claim with its source chain, stance, hedges and sentence, contradictions
// side by side, revisions and history. Every sentence links to its place in the report.
import { getJson, type Dossier } from '../api.ts';
import { STANCE_LABEL } from '../categories.ts';
import { badge, dateRange, fmtDate, h, link, mount, outLink } from '../dom.ts';
import type { Route } from '../router.ts';
import { categoryLabel, statusBadge } from './events.ts';

function docLink(d: Dossier, doc: string, start: number, end: number, eventId: string): HTMLElement {
  const m = d.documents[doc];
  const label = m ? `${m.outlet ?? m.title ?? doc}${m.published ? ', ' + fmtDate(m.published) : ''}` : doc;
  return link(`/doc/${encodeURIComponent(doc)}?hl=${start}-${end}&event=${encodeURIComponent(eventId)}`, label);
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('best' in o) return `${o.best}${o.low !== o.high ? ` (${o.low}–${o.high})` : ''}`;
    if ('name' in o) return String(o.name);
    if ('start' in o && 'granularity' in o) return dateRange(String(o.start), (o.end as string) ?? null, String(o.granularity));
    return JSON.stringify(v);
  }
  return String(v);
}

function facts(d: Dossier): HTMLElement {
  const e = d.event;
  const p = e.place;
  const row = (k: string, ...v: (Node | string | null)[]) => [h('dt', null, k), h('dd', null, ...v)];
  return h('dl', { class: 'facts' },
    row('When', dateRange(e.date, e.enddate, e.date_granularity), e.date_granularity ? h('span', { class: 'muted' }, ` (${e.date_granularity})`) : null),
    row('Where', p ? `${p.name}` : '—', p ? h('span', { class: 'muted' }, ` ${p.kind}${p.country ? ', ' + p.country : ''}${p.lat != null ? `, ${p.lat.toFixed(2)}, ${p.lon?.toFixed(2)}` : ''}, ±${p.radius_km} km`) : null),
    row('Actor', e.actor ? `${e.actor.name}` : '—', e.actor?.code ? h('span', { class: 'muted' }, ` ${e.actor.code}${e.actor.sector ? ' · ' + e.actor.sector : ''}`) : null),
    row('Recipient', e.recipient ? `${e.recipient.name}` : '—', e.recipient?.code ? h('span', { class: 'muted' }, ` ${e.recipient.code}`) : null),
    row('Killed', e.fatalities ? show(e.fatalities) : 'no number reported'),
    e.vessels ? row('Vessels', show(e.vessels)) : [],
    e.context.length ? row('Context', e.context.join(', ')) : [],
    row('Sources', `${e.sources.length} claims`, e.independent_sources !== undefined ? h('span', { class: 'muted' }, ` · ${e.independent_sources} independent`) : null),
  );
}

function claims(d: Dossier): HTMLElement {
  const e = d.event;
  if (!e.sources.length) return h('p', { class: 'empty' }, 'No claims recorded.');
  return h('ol', { class: 'claims', id: 'claims' }, e.sources.map((s) => {
    const key = `${s.doc}:${s.start}-${s.end}`;
    const chain = [s.outlet ?? 'unknown outlet', s.conveyed_by, s.cited].filter((x): x is string => !!x);
    return h('li', { class: 'claim' },
      h('div', { class: 'claim-head' },
        badge(STANCE_LABEL[s.stance] ?? s.stance, `stance-${s.stance}`),
        h('span', { class: 'chain' }, chain.map((c, i) => [i ? h('span', { class: 'arrow', title: 'heard from' }, ' ← ') : null, h('span', null, c)])),
        s.independent === false ? badge('repeats another outlet', 'muted') : null,
        s.hedges.map((w) => badge(`hedge: ${w}`, 'hedge'))),
      h('blockquote', null, d.sentences[key] || '(sentence not available)'),
      h('div', { class: 'claim-foot' }, docLink(d, s.doc, s.start, s.end, e.id), ' · ', link(`/doc/${encodeURIComponent(s.doc)}?hl=${s.start}-${s.end}&event=${encodeURIComponent(e.id)}`, 'show in report')));
  }));
}

function contradictions(d: Dossier): HTMLElement | null {
  const e = d.event;
  if (!e.contradictions.length) return null;
  const name = (doc: string) => d.documents[doc]?.outlet ?? d.documents[doc]?.title ?? doc;
  return h('section', { class: 'panel' }, h('h2', null, 'Contradictions'),
    e.contradictions.map((c) => h('div', { class: 'contradiction' },
      h('h3', null, c.field, c.rule ? h('span', { class: 'muted' }, ` — published: ${show(c.chosen)} (${c.rule})`) : null),
      h('div', { class: 'side-by-side' }, c.values.map((v) => h('div', { class: 'value-card' },
        h('div', { class: 'value' }, show(v.value)),
        h('ul', null, v.sources.map((doc) => h('li', null, link(`/doc/${encodeURIComponent(doc)}?event=${encodeURIComponent(e.id)}`, name(doc)))))))))));
}

function revisions(d: Dossier): HTMLElement | null {
  const e = d.event;
  if (!e.revisions.length && !d.history.length) return null;
  return h('section', { class: 'panel' }, h('h2', null, 'Revision history'),
    e.revisions.length
      ? h('table', { class: 'plain' }, h('thead', null, h('tr', null, ['Field', 'Was', 'Now', 'As of', 'Report'].map((t) => h('th', null, t)))),
          h('tbody', null, e.revisions.map((r) => h('tr', null, h('td', null, r.field), h('td', null, show(r.old)), h('td', null, show(r.new)), h('td', null, fmtDate(r.at)),
            h('td', null, link(`/doc/${encodeURIComponent(r.doc)}`, d.documents[r.doc]?.outlet ?? r.doc))))))
      : null,
    d.history.length ? h('ul', { class: 'history' }, d.history.map((x) => h('li', null, h('span', { class: 'muted' }, fmtDate(x.at) + ' '), x.kind))) : null);
}

export async function dossierView(root: HTMLElement, route: Route): Promise<void> {
  mount(root, h('p', { class: 'loading' }, 'Loading event…'));
  let d: Dossier;
  try {
    d = await getJson<Dossier>(`/api/events/${encodeURIComponent(route.params.id)}`);
  } catch (e) {
    mount(root, h('p', { class: 'empty' }, `Event not found: ${(e as Error).message}`));
    return;
  }
  const e = d.event;
  const sources = Object.entries(d.documents);
  mount(root,
    h('nav', { class: 'crumbs' }, link('/', 'Events'), ' / ', e.id),
    h('section', { class: 'page-head' },
      h('h1', null, categoryLabel(e.event, e.mode)),
      statusBadge(e.status), e.tally ? badge('running tally', 'muted') : null),
    h('p', { class: 'lede' }, e.event_text),
    h('div', { class: 'grid-dossier' },
      h('section', { class: 'panel' }, h('h2', null, 'Facts'), facts(d)),
      h('section', { class: 'panel' }, h('h2', null, `Reports (${sources.length})`),
        h('ul', { class: 'doc-list' }, sources.map(([id, m]) => h('li', null,
          link(`/doc/${encodeURIComponent(id)}?event=${encodeURIComponent(e.id)}`, m.title ?? id),
          h('div', { class: 'muted' }, `${m.outlet ?? 'unknown outlet'} · ${fmtDate(m.published)} `, m.url ? outLink(m.url, 'original') : null)))))),
    h('section', { class: 'panel' }, h('h2', null, `Claims (${e.sources.length})`), claims(d)),
    contradictions(d),
    h('section', { class: 'panel' }, h('h2', null, `Mentions (${e.mentions.length})`),
      h('ul', { class: 'mentions' }, e.mentions.map((m) => h('li', null,
        h('blockquote', null, d.sentences[`${m.doc}:${m.start}-${m.end}`] || m.text),
        docLink(d, m.doc, m.start, m.end, e.id))))),
    revisions(d),
  );
  root.dataset.ready = 'event';
}
