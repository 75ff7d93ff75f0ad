// The reports (documents) sitrep holds, newest publication first as the API orders them.
import { getJson, type DocSummary, type Page } from '../api.ts';
import { fmtDate, h, link, mount } from '../dom.ts';

export async function reportsView(root: HTMLElement): Promise<void> {
  mount(root, h('p', { class: 'loading' }, 'Loading reports…'));
  const page = await getJson<Page<DocSummary>>('/api/documents', { limit: 500 });
  mount(root,
    h('section', { class: 'page-head' }, h('h1', null, 'Reports'), h('span', { class: 'count' }, `${page.total} reports`), link('/add', 'Add a report')),
    h('section', { class: 'panel' }, h('table', { class: 'events-table', id: 'reports-table' },
      h('thead', null, h('tr', null, ['Published', 'Title', 'Outlet', 'Language', 'Event mentions', 'Claims'].map((t) => h('th', null, t)))),
      h('tbody', null, page.items.map((d) => h('tr', null,
        h('td', { class: 'nowrap' }, fmtDate(d.published)),
        h('td', null, link(`/doc/${encodeURIComponent(d.id)}`, d.title ?? d.id)),
        h('td', null, d.outlet ?? '—'), h('td', null, d.language),
        h('td', { class: 'num' }, String(d.mentions)), h('td', { class: 'num' }, String(d.claims))))))));
  root.dataset.ready = 'reports';
}
