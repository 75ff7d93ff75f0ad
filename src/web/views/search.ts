// Full-text search over reports and events; snippets come as plain text with highlight offsets.
import { getJson, type Page, type SearchHit } from '../api.ts';
import { badge, fmtDate, h, link, mount } from '../dom.ts';
import { navigate, type Route } from '../router.ts';

function snippet(hit: SearchHit): HTMLElement {
  const p = h('p', { class: 'snippet' });
  let at = 0;
  for (const m of hit.highlights) {
    p.append(hit.snippet.slice(at, m.start), h('mark', null, hit.snippet.slice(m.start, m.end)));
    at = m.end;
  }
  p.append(hit.snippet.slice(at));
  return p;
}

export async function searchView(root: HTMLElement, route: Route): Promise<void> {
  const q = route.query.get('q')?.trim() ?? '';
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'words, "a phrase", or, -not', 'aria-label': 'Search' });
  const form = h('form', { class: 'search-form' }, input, h('button', { class: 'button primary', type: 'submit' }, 'Search'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    navigate(`/search?q=${encodeURIComponent(input.value.trim())}`);
  });
  const results = h('div', { id: 'results' });
  mount(root, h('section', { class: 'page-head' }, h('h1', null, 'Search')), form, results);
  if (!q) return;
  mount(results, h('p', { class: 'loading' }, 'Searching…'));
  try {
    const page = await getJson<Page<SearchHit>>('/api/search', { q, limit: 50 });
    mount(results,
      h('p', { class: 'count' }, `${page.total} result${page.total === 1 ? '' : 's'} for “${q}”`),
      h('ol', { class: 'hits' }, page.items.map((hit) => h('li', { class: 'hit' },
        h('div', null, badge(hit.type === 'event' ? 'event' : 'report', hit.type), ' ',
          link(hit.type === 'event' ? `/event/${encodeURIComponent(hit.id)}` : `/doc/${encodeURIComponent(hit.id)}`, hit.label),
          h('span', { class: 'muted' }, ` · ${fmtDate(hit.date)}`)),
        snippet(hit)))));
  } catch (e) {
    mount(results, h('p', { class: 'empty' }, `Search failed: ${(e as Error).message}`));
  }
  root.dataset.ready = 'search';
}
