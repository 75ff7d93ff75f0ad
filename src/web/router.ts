// History-API routing: paths are shareable (filters in the query), in-app links never reload the page.
export interface Route {
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
}

type View = (root: HTMLElement, route: Route) => void | (() => void) | Promise<void | (() => void)>;

const table: { pattern: RegExp; keys: string[]; view: View }[] = [];
let cleanup: (() => void) | void = undefined;
let rootEl: HTMLElement;
let renderSeq = 0;

export function on(pattern: string, view: View): void {
  const keys: string[] = [];
  const re = pattern.replace(/:(\w+)/g, (_, k: string) => (keys.push(k), '([^/]+)'));
  table.push({ pattern: new RegExp(`^${re}/?$`), keys, view });
}

export function navigate(url: string, opts: { replace?: boolean } = {}): void {
  if (opts.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  void render();
}

/** Changes the query string without re-rendering the view (the view already shows it). */
export function setQuery(search: string): void {
  const url = location.pathname + search;
  if (url !== location.pathname + location.search) history.replaceState(null, '', url);
}

export async function render(): Promise<void> {
  const seq = ++renderSeq;
  if (typeof cleanup === 'function') cleanup();
  cleanup = undefined;
  const path = decodeURIComponent(location.pathname);
  for (const r of table) {
    const m = r.pattern.exec(path);
    if (!m) continue;
    const params = Object.fromEntries(r.keys.map((k, i) => [k, m[i + 1]]));
    document.dispatchEvent(new CustomEvent('route', { detail: path }));
    const out = await r.view(rootEl, { path, params, query: new URLSearchParams(location.search) });
    if (seq === renderSeq) cleanup = out;
    else if (typeof out === 'function') out();
    return;
  }
  rootEl.replaceChildren(Object.assign(document.createElement('p'), { className: 'empty', textContent: 'No such page.' }));
}

export function start(root: HTMLElement): void {
  rootEl = root;
  document.addEventListener('click', (ev) => {
    const a = (ev.target as Element).closest?.('a[data-nav]') as HTMLAnchorElement | null;
    if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
    ev.preventDefault();
    navigate(a.getAttribute('href') ?? '/');
  });
  window.addEventListener('popstate', () => void render());
  void render();
}
