// Who acts on whom: actors as nodes, actor → recipient edges coloured by PLOVER category (a small force layout).
import { getJson, type Edge, type Page } from '../api.ts';
import { CATEGORY_ORDER, categoryColor } from '../categories.ts';
import { h, mount, s } from '../dom.ts';
import { navigate } from '../router.ts';

const W = 1200;

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

/** Deterministic layout: each group of connected actors is a star around its busiest actor (rings by distance),
 * and the groups are packed in rows, biggest first. Returns the height used. */
function layout(nodes: Node[], edges: Edge[], key: (n: string, c: string | null) => string): number {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const adj = new Map<string, Set<string>>(nodes.map((n) => [n.key, new Set()]));
  for (const e of edges) {
    const [a, b] = [key(e.actor, e.actor_code), key(e.recipient, e.recipient_code)];
    if (a === b) continue;
    adj.get(a)!.add(b);
    adj.get(b)!.add(a);
  }
  const seen = new Set<string>();
  const groups: Node[][][] = []; // group → rings → nodes
  const order = [...nodes].sort((a, b) => b.degree - a.degree || a.key.localeCompare(b.key));
  for (const hub of order) {
    if (seen.has(hub.key)) continue;
    const rings: Node[][] = [[hub]];
    seen.add(hub.key);
    for (let ring = rings[0]; ring.length; ) {
      const next: Node[] = [];
      for (const n of ring)
        for (const k of [...adj.get(n.key)!].sort())
          if (!seen.has(k)) {
            seen.add(k);
            next.push(byKey.get(k)!);
          }
      if (next.length) rings.push(next);
      ring = next;
    }
    groups.push(rings);
  }
  groups.sort((a, b) => b.flat().length - a.flat().length);
  let x = 0;
  let y = 0;
  let rowH = 0;
  const GAP = 30;
  for (const rings of groups) {
    const radii = rings.map((r, i) => (i === 0 ? 0 : Math.max(150 * i, (r.length * 80) / (2 * Math.PI))));
    rings.forEach((ring, i) =>
      ring.forEach((n, j) => {
        const angle = ring.length === 1 ? 0 : (2 * Math.PI * j) / ring.length + (i % 2 ? Math.PI / ring.length : 0) - Math.PI / 2;
        n.x = Math.cos(angle) * radii[i];
        n.y = Math.sin(angle) * radii[i];
      }),
    );
    // the group's real extent (labels need ~90 px either side), then moved to its place in the row
    const members = rings.flat();
    const [minX, maxX] = [Math.min(...members.map((n) => n.x)), Math.max(...members.map((n) => n.x))];
    const [minY, maxY] = [Math.min(...members.map((n) => n.y)), Math.max(...members.map((n) => n.y))];
    const w = maxX - minX + 180;
    const hgt = maxY - minY + 60;
    if (x + w > W && x > 0) {
      x = 0;
      y += rowH + GAP;
      rowH = 0;
    }
    for (const n of members) {
      n.x += x + 90 - minX;
      n.y += y + 20 - minY;
    }
    x += w + GAP;
    rowH = Math.max(rowH, hgt);
  }
  return y + rowH + 20;
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
  const H = Math.max(200, layout(list, edges, key));
  const cats = CATEGORY_ORDER.filter((c) => edges.some((e) => e.category === c));
  const svg = s('svg', { viewBox: `0 -10 ${W} ${H}`, class: 'graph', id: 'graph', role: 'img', 'aria-label': 'Actor graph' },
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
      s('text', { y: r + 13, 'text-anchor': 'middle' }, n.name.length > 24 ? n.name.slice(0, 23) + '…' : n.name),
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
