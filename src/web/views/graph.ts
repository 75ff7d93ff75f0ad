// Who acts on whom: actors as nodes, actor → recipient edges coloured by PLOVER category (a small force layout).
import { getJson, type Edge, type Page } from '../api.ts';
import { CATEGORY_ORDER, categoryColor } from '../categories.ts';
import { h, mount, s } from '../dom.ts';
import { navigate } from '../router.ts';

const W = 960;
const H = 620;

interface Node {
  key: string;
  name: string;
  code: string | null;
  degree: number;
  x: number;
  y: number;
  vx: number;
  vy: number;
}

/** Deterministic Fruchterman–Reingold: nodes start on a circle, repel, edges pull, gravity keeps groups in view. */
function layout(nodes: Node[], edges: Edge[], key: (n: string, c: string | null) => string): void {
  const idx = new Map(nodes.map((n, i) => [n.key, i]));
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length;
    n.x = W / 2 + Math.cos(a) * W * 0.25;
    n.y = H / 2 + Math.sin(a) * H * 0.25;
  });
  const links = edges.map((e) => [idx.get(key(e.actor, e.actor_code))!, idx.get(key(e.recipient, e.recipient_code))!]);
  const k = Math.sqrt(((W - 200) * (H - 80)) / Math.max(1, nodes.length)) * 0.7;
  const rounds = 400;
  for (let it = 0; it < rounds; it++) {
    const temp = (W / 12) * (1 - it / rounds) + 0.5;
    for (const n of nodes) (n.vx = 0), (n.vy = 0);
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const dx = nodes[i].x - nodes[j].x || 0.01 * (i - j);
        const dy = nodes[i].y - nodes[j].y || 0.01;
        const d = Math.max(Math.hypot(dx, dy), 1);
        const f = (k * k) / d / d;
        nodes[i].vx += dx * f, nodes[i].vy += dy * f;
        nodes[j].vx -= dx * f, nodes[j].vy -= dy * f;
      }
    for (const [a, b] of links) {
      if (a === b) continue;
      const dx = nodes[b].x - nodes[a].x;
      const dy = nodes[b].y - nodes[a].y;
      const d = Math.max(Math.hypot(dx, dy), 1);
      const f = d / k;
      nodes[a].vx += dx * f, nodes[a].vy += dy * f;
      nodes[b].vx -= dx * f, nodes[b].vy -= dy * f;
    }
    for (const n of nodes) {
      n.vx += (W / 2 - n.x) * 0.08;
      n.vy += (H / 2 - n.y) * 0.12;
      const v = Math.hypot(n.vx, n.vy) || 1;
      const step = Math.min(v, temp);
      n.x = Math.min(W - 100, Math.max(100, n.x + (n.vx / v) * step));
      n.y = Math.min(H - 40, Math.max(30, n.y + (n.vy / v) * step));
    }
  }
}

export async function graphView(root: HTMLElement): Promise<void> {
  mount(root, h('p', { class: 'loading' }, 'Loading actors…'));
  const page = await getJson<Page<Edge>>('/api/actors/edges', { limit: 500 });
  const edges = page.items;
  const key = (n: string, c: string | null) => `${n}\u0000${c ?? ''}`;
  const nodes = new Map<string, Node>();
  for (const e of edges)
    for (const [n, c] of [[e.actor, e.actor_code], [e.recipient, e.recipient_code]] as const) {
      const node = nodes.get(key(n, c)) ?? { key: key(n, c), name: n, code: c, degree: 0, x: 0, y: 0, vx: 0, vy: 0 };
      node.degree += e.events;
      nodes.set(node.key, node);
    }
  const list = [...nodes.values()].sort((a, b) => a.key.localeCompare(b.key));
  layout(list, edges, key);
  const cats = CATEGORY_ORDER.filter((c) => edges.some((e) => e.category === c));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'graph', id: 'graph', role: 'img', 'aria-label': 'Actor graph' },
    s('defs', null, cats.map((c) => s('marker', { id: `arrow-${c}`, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      s('path', { d: 'M0,0 L10,5 L0,10 z', fill: categoryColor(c) })))));
  const pairCount = new Map<string, number>();
  for (const e of edges) {
    const a = nodes.get(key(e.actor, e.actor_code))!;
    const b = nodes.get(key(e.recipient, e.recipient_code))!;
    const pair = [a.key, b.key].sort().join('|');
    const nth = pairCount.get(pair) ?? 0;
    pairCount.set(pair, nth + 1);
    const r = 6 + Math.sqrt(b.degree) * 3;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const d = Math.sqrt(dx * dx + dy * dy) || 1;
    const bend = 20 + nth * 18;
    const [mx, my] = [(a.x + b.x) / 2 - (dy / d) * bend, (a.y + b.y) / 2 + (dx / d) * bend];
    // stop the curve at the target's rim so the arrow stays visible
    const ex = b.x - ((b.x - mx) / Math.hypot(b.x - mx, b.y - my)) * (r + 2);
    const ey = b.y - ((b.y - my) / Math.hypot(b.x - mx, b.y - my)) * (r + 2);
    svg.append(s('path', {
      d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
      class: 'edge', stroke: categoryColor(e.category), 'stroke-width': 1.2 + Math.sqrt(e.events), 'marker-end': `url(#arrow-${e.category})`,
      onclick: () => navigate(`/?actor=${encodeURIComponent(e.actor)}&category=${e.category}`),
    }, s('title', null, `${e.actor} → ${e.recipient}: ${e.category} (${e.events} event${e.events > 1 ? 's' : ''})`)));
  }
  for (const n of list) {
    const r = 6 + Math.sqrt(n.degree) * 3;
    svg.append(s('g', { class: 'node', transform: `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`, onclick: () => navigate(`/?actor=${encodeURIComponent(n.name)}`) },
      s('circle', { r }),
      s('text', { y: r + 13, 'text-anchor': 'middle' }, n.name.length > 28 ? n.name.slice(0, 27) + '…' : n.name),
      s('title', null, `${n.name}${n.code ? ' (' + n.code + ')' : ''}: ${n.degree} events`)));
  }
  mount(root,
    h('section', { class: 'page-head' }, h('h1', null, 'Actors'), h('span', { class: 'count' }, `${list.length} actors, ${edges.length} links`)),
    h('section', { class: 'panel' },
      h('div', { class: 'panel-head' }, h('h2', null, 'Who acts on whom'), h('span', { class: 'hint' }, 'Click an actor or an arrow to see its events')),
      h('div', { class: 'legend' }, cats.map((c) => h('span', { class: 'cat' }, h('i', { class: 'swatch', style: `background:${categoryColor(c)}` }), c))),
      edges.length ? svg : h('p', { class: 'empty' }, 'No events with both an actor and a recipient yet.')));
  root.dataset.ready = 'actors';
}
