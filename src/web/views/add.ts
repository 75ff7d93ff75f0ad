// Add a report: paste text or upload a file; the pipeline runs on the server and the new events are listed at once.
import { getJson, postDocument, type EventRecord, type Page } from '../api.ts';
import { badge, dateRange, h, link, mount } from '../dom.ts';
import { categoryLabel } from './events.ts';

export function addView(root: HTMLElement): void {
  const text = h('textarea', { name: 'text', rows: 14, placeholder: 'Paste the text of a news report…', id: 'add-text' });
  const file = h('input', { type: 'file', name: 'file', accept: '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html' });
  const title = h('input', { type: 'text', name: 'title', placeholder: 'optional' });
  const outlet = h('input', { type: 'text', name: 'outlet', placeholder: 'optional' });
  const published = h('input', { type: 'date', name: 'published' });
  const url = h('input', { type: 'url', name: 'url', placeholder: 'https://… (optional)' });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Add report');
  const result = h('div', { id: 'add-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'add-form', id: 'add-form' },
    h('label', { class: 'field wide' }, h('span', null, 'Report text'), text),
    h('label', { class: 'field wide' }, h('span', null, '…or upload a file (.txt, .md, .html)'), file),
    h('div', { class: 'row' },
      h('label', { class: 'field' }, h('span', null, 'Title'), title),
      h('label', { class: 'field' }, h('span', null, 'Outlet'), outlet),
      h('label', { class: 'field' }, h('span', null, 'Published'), published),
      h('label', { class: 'field' }, h('span', null, 'URL'), url)),
    h('p', { class: 'hint' }, 'Without a publication date, relative dates ("on Tuesday") stay unresolved.'),
    submit);

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const meta: Record<string, string> = {};
    for (const el of [title, outlet, published, url]) if (el.value.trim()) meta[el.name] = el.value.trim();
    const upload = file.files?.[0];
    if (!upload && !text.value.trim()) {
      mount(result, h('p', { class: 'error' }, 'Paste a report or choose a file.'));
      return;
    }
    submit.disabled = true;
    mount(result, h('p', { class: 'loading' }, 'Reading the report…'));
    const t0 = performance.now();
    try {
      let reply;
      if (upload) {
        const body = new FormData();
        body.set('file', upload);
        for (const [k, v] of Object.entries(meta)) body.set(k, v);
        reply = await postDocument(body);
      } else reply = await postDocument({ text: text.value, ...meta });
      const events = await getJson<Page<EventRecord>>('/api/events', { doc: reply.id, limit: 500 });
      const ms = Math.round(performance.now() - t0);
      mount(result,
        h('p', null, badge(reply.status === 'stored' ? 'stored' : 'already stored', reply.status === 'stored' ? 'status-confirmed' : 'muted'),
          ` ${events.total} event${events.total === 1 ? '' : 's'} from this report (${ms} ms). `,
          link(`/doc/${encodeURIComponent(reply.id)}`, 'Open the report'), ' · ', link(`/?doc=${encodeURIComponent(reply.id)}`, 'see them on the timeline')),
        reply.warnings.length ? h('ul', { class: 'messages' }, reply.warnings.map((w) => h('li', null, w))) : null,
        h('ul', { class: 'doc-list', id: 'new-events' }, events.items.map((e) => h('li', null,
          link(`/event/${encodeURIComponent(e.id)}`, categoryLabel(e.event, e.mode)),
          h('span', { class: 'muted' }, ` ${dateRange(e.date, e.enddate, e.date_granularity)} · ${e.actor?.name ?? '—'} → ${e.recipient?.name ?? '—'}`)))));
      if (reply.status === 'stored') form.reset();
    } catch (e) {
      mount(result, h('p', { class: 'error' }, `Not added: ${(e as Error).message}`));
    } finally {
      submit.disabled = false;
    }
  });

  mount(root, h('section', { class: 'page-head' }, h('h1', null, 'Add a report')), h('section', { class: 'panel narrow' }, form, result));
  root.dataset.ready = 'add';
}
