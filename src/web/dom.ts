// DOM building without innerHTML: text always goes in as text nodes, links only to our own pages or http(s).
type Child = Node | string | number | null | undefined | false | Child[];
type Handler = (ev: Event) => void;
export type Attrs = Record<string, string | number | boolean | null | undefined | Handler>;

/** A link target that is safe to put in href: a path of this app, or an absolute http(s) URL; anything else is null. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  if (/^\/(?!\/)/.test(url)) return url;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

function setAttrs(el: Element, attrs: Attrs | null | undefined): void {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') {
      el.addEventListener(k.replace(/^on/, ''), v);
      continue;
    }
    // event-handler attributes only ever take functions (above), never strings
    if (/^on/i.test(k)) throw new Error(`refusing string handler ${k}`);
    // CSSOM, not the style attribute: allowed under a CSP without 'unsafe-inline'
    if (k === 'style' && 'style' in el) {
      (el as HTMLElement).style.cssText = String(v);
      continue;
    }
    if (k === 'href' || k === 'src') {
      const safe = safeHref(String(v));
      if (safe) el.setAttribute(k, safe);
      continue;
    }
    el.setAttribute(k, v === true ? '' : String(v));
  }
}

/** An HTML element: `h('a', {href: '/x', class: 'y'}, 'text')`. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element, same rules as `h`. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** Replaces an element's children. */
export function mount(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** An in-app link (handled by the router, no reload). */
export function link(path: string, ...children: Child[]): HTMLAnchorElement {
  return h('a', { href: path, 'data-nav': true }, ...children);
}

/** An outside link: http(s) only, opened without referrer or opener; plain text otherwise. */
export function outLink(url: string | null, label?: string): Node {
  const safe = safeHref(url);
  if (!safe || safe.startsWith('/')) return document.createTextNode(label ?? url ?? '');
  return h('a', { href: safe, target: '_blank', rel: 'noopener noreferrer nofollow' }, label ?? safe);
}

export function fmtDate(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '—';
}

export function dateRange(date: string | null, end: string | null, granularity?: string | null): string {
  if (!date) return 'date unknown';
  if (granularity === 'open' && !end) return `since ${date}`;
  return end && end !== date ? `${date} – ${end}` : date;
}

export function badge(text: string, kind = ''): HTMLSpanElement {
  return h('span', { class: `badge ${kind}`.trim() }, text);
}
